// What the saved-work buttons do (export, import, share link, delete), as one function the app shell calls:
// it acts on the saved work and returns the message to show. DOM only for the download and the clipboard.
import { msg, str } from '@lit/localize';
import { formatInteger } from './format';
import { pluralMsg } from './i18n/plural';
import { scenarioName } from './i18n/scenario-text';
import type { Scenario } from '../sim/scenario/schema';
import { downloadBlob } from './download';
import type { SavedWorkAction } from './events';
import { exportFileName } from './export-results';
import type { SavedWorkController, Validate } from './saved-work-controller';
import { encodeShareHash } from './storage/share-link';

const savedScenariosText = (count: number) =>
  pluralMsg('saved.savedScenariosCount', count, formatInteger(count), {
    one: (n) => str`${n} saved scenario`,
    other: (n) => str`${n} saved scenarios`,
  });

const savedResultsText = (count: number) =>
  pluralMsg('saved.savedResultsCount', count, formatInteger(count), {
    one: (n) => str`${n} saved result`,
    other: (n) => str`${n} saved results`,
  });

export interface ActionMessage {
  message: string;
  tone: 'good' | 'bad';
}

/** Performs `action`; undefined when there is nothing to say (a share link without a scenario). */
export async function performSavedWorkAction(
  action: SavedWorkAction,
  saved: SavedWorkController,
  scenario: Scenario | undefined,
  validate: Validate,
): Promise<ActionMessage | undefined> {
  try {
    switch (action.kind) {
      case 'export':
        downloadBlob(
          new Blob([await saved.exportText()], { type: 'application/json' }),
          exportFileName('switchboard-saved-work', 'json', new Date()),
        );
        return {
          message: msg(
            str`Exported ${savedScenariosText(saved.scenarios.length)} and ${savedResultsText(saved.results.length)}.`,
            { id: 'saved.exported' },
          ),
          tone: 'good',
        };
      case 'import': {
        const outcome = await saved.importText(action.text, validate, new Date().toISOString());
        return { message: outcome.message, tone: outcome.ok ? 'good' : 'bad' };
      }
      case 'share': {
        if (scenario === undefined) return undefined;
        const url = new URL(location.href);
        url.hash = await encodeShareHash(scenario);
        await navigator.clipboard?.writeText(url.href).catch(() => undefined);
        const name = scenarioName(scenario);
        const seed = String(scenario.seed);
        return {
          message: msg(str`Link copied (it carries "${name}", seed ${seed}): ${url.href}`, { id: 'saved.linkCopied' }),
          tone: 'good',
        };
      }
      case 'delete':
        await saved.remove(action.key);
        return { message: msg('Deleted the saved scenario.', { id: 'saved.scenarioDeleted' }), tone: 'good' };
    }
  } catch (error) {
    return { message: error instanceof Error ? error.message : String(error), tone: 'bad' };
  }
}
