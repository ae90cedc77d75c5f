// A saved result's name in the page's language. The saved-work index stores the name made when the result was
// saved (`Small help desk · 10 replications`, in English) and that record is never rewritten: the name is said
// again here, at display time, from the record's scenario id, scenario name and replications. A name that is
// not the one the app made (a file imported from elsewhere) is shown as stored. No DOM.
import type { ScenarioInfo } from '../../sim/api';
import { replicationsText } from '../run-status';
import { storedResultName, type SavedResultInfo } from '../storage/saved-result';
import { scenarioName } from './scenario-text';

type NamedResult = Pick<SavedResultInfo, 'name' | 'scenarioId' | 'scenarioName' | 'replications'>;

/**
 * The result's name to show: the scenario's name in the page's language when it is a built-in under its own
 * name (the record keeps the English one), and the replications with the language's plural form.
 */
export function savedResultName(result: NamedResult, builtIns: readonly ScenarioInfo[]): string {
  if (result.name !== storedResultName(result.scenarioName, result.replications)) return result.name;
  const builtIn = builtIns.find((s) => s.id === result.scenarioId && s.name === result.scenarioName);
  const name = builtIn === undefined ? result.scenarioName : scenarioName(builtIn);
  return `${name} · ${replicationsText(result.replications)}`;
}
