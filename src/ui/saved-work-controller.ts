// A reactive controller over the user's saved work in IndexedDB: loads it when its host connects, and saves,
// deletes, imports and exports scenarios and finished results. Each change is written before it is shown,
// and a failed import or an unreadable store changes nothing. `validate` is the worker's scenario check.
// Each change applies to the store as it is now (another tab may have saved since), and this tab's list then
// shows the stored whole; replacing or deleting an item another tab changed meanwhile is refused and said.
import { msg, str } from '@lit/localize';
import { formatInteger } from './format';
import { pluralMsg } from './i18n/plural';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReplicatedResult } from '../sim/results';
import type { ValidationIssue } from '../sim/scenario/validate';
import {
  RESULT_BODY_VERSION,
  describeResult,
  type SavedResultBody,
  type SavedResultInfo,
} from './storage/saved-result';
import { loadResultBodies, loadResultBody, loadSavedWork, updateSavedWork, type Change } from './storage/saved-store';
import {
  emptySavedWork,
  exportContent,
  mergeSavedWork,
  putResult,
  removeResult,
  removeScenarioFrom,
  saveScenarioInto,
  savedWorkFromFile,
  savedWorkToFile,
  uniqueKey,
  type QuarantinedItem,
  type SavedScenario,
  type SavedWork,
} from './storage/saved-work';

/** The report of items set aside when the saved work was read. */
function quarantineText(items: readonly QuarantinedItem[]): string {
  const reasons = items
    .slice(0, 3)
    .map((q) => q.reason)
    .join('; ');
  return msg(
    str`Some saved work could not be read and was set aside (kept in this browser, not shown): ${reasons}. Everything else is here.`,
    { id: 'saved.quarantined' },
  );
}

/** A change refused because another tab changed `name` since this tab read it. */
function conflictText(name: string): string {
  return msg(
    str`another tab changed "${name}" after this tab read it, so nothing was changed here. Reload the page to see that version.`,
    { id: 'saved.conflict' },
  );
}

/** What an export holds: its text and exactly what it counts. */
export interface ExportedWork {
  text: string;
  scenarios: number;
  results: number;
  /** Names of the saved results whose data could not be read: left out of the file, not counted. */
  leftOut: string[];
}

export type Validate = (input: unknown) => Promise<{ ok: true } | { ok: false; issues: ValidationIssue[] }>;

export class SavedWorkController implements ReactiveController {
  work: SavedWork = emptySavedWork();
  /** False until loaded, and while the store holds data this app cannot read (then nothing is written). */
  isWritable = false;
  loadProblem = '';
  private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    void this.load();
  }

  async load(): Promise<void> {
    try {
      const loaded = await loadSavedWork();
      if (loaded.ok) {
        this.work = loaded.work;
        this.isWritable = true;
        // Shown until the next change succeeds; the items stay in storage, under a quarantine key.
        if (loaded.quarantined.length > 0) this.loadProblem = quarantineText(loaded.quarantined);
      } else {
        const reason = loaded.reason;
        this.loadProblem = msg(str`Saved work could not be read (${reason}); it is kept as it is.`, {
          id: 'saved.unreadable',
        });
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.loadProblem = msg(str`Saved work is unavailable here: ${reason}`, { id: 'saved.unavailable' });
    }
    this.host.requestUpdate();
  }

  /** A report that blocks nothing (items set aside) gives way to the answer to the user's next action. */
  acknowledge(): void {
    if (this.isWritable) this.loadProblem = '';
  }

  get scenarios(): readonly SavedScenario[] {
    return [...this.work.scenarios].sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  find(key: string): SavedScenario | undefined {
    return this.work.scenarios.find((s) => s.key === key);
  }

  get results(): readonly SavedResultInfo[] {
    return [...this.work.results].sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  /** Applies `change` to the stored saved work; throws the reason when it cannot (a conflict, a newer app). */
  private async commit<T>(change: Change<T>): Promise<T> {
    if (!this.isWritable)
      throw new Error(this.loadProblem || msg('saved work is still loading', { id: 'saved.stillLoading' }));
    const changed = await updateSavedWork(change);
    if (!changed.ok) throw new Error(conflictText(changed.conflict));
    this.work = changed.work;
    this.loadProblem = '';
    this.host.requestUpdate();
    return changed.value;
  }

  /**
   * Saves a (validated) scenario. `replacingKey`: the saved item it was opened from, replaced only if no other
   * tab changed it since; otherwise a new item under a key of its own. Returns the key.
   */
  async save(scenario: { id: string; name: string }, nowIso: string, replacingKey?: string): Promise<string> {
    const known = replacingKey === undefined ? undefined : this.find(replacingKey);
    const replacing = known === undefined ? undefined : { key: known.key, savedAt: known.savedAt };
    const item = { name: scenario.name, savedAt: nowIso, scenario };
    return this.commit((stored) => saveScenarioInto(stored, item, scenario.id, replacing));
  }

  async remove(key: string): Promise<void> {
    const known = this.find(key);
    if (known === undefined) return;
    await this.commit((stored) => removeScenarioFrom(stored, { key, savedAt: known.savedAt }));
  }

  /** Saves a finished run with the scenario it came from; returns the new result's key. */
  async saveResult(
    scenario: { id: string; name: string },
    result: ReplicatedResult,
    elapsedMs: number,
    nowIso: string,
  ): Promise<string> {
    const base = `${scenario.id}-${nowIso.slice(0, 19).replaceAll(/[-:]/g, '')}`;
    const body: SavedResultBody = { version: RESULT_BODY_VERSION, scenario, result, elapsedMs };
    return this.commit((stored) => {
      // The key is unique among the results stored now, including those another tab saved.
      const key = uniqueKey(base, stored.results);
      return {
        work: putResult(stored, describeResult(key, scenario, result, nowIso)),
        put: { [key]: body },
        value: key,
      };
    });
  }

  findResult(key: string): SavedResultInfo | undefined {
    return this.work.results.find((r) => r.key === key);
  }

  /** A saved result's scenario and result, or why it cannot be opened. */
  async openResult(key: string): Promise<SavedResultBody | string> {
    if (this.findResult(key) === undefined) return msg('no such saved result', { id: 'saved.noSuchResult' });
    return loadResultBody(key);
  }

  async removeResult(key: string): Promise<void> {
    await this.commit((stored) => ({ work: removeResult(stored, key), remove: [key], value: key }));
  }

  /** The export file: every saved scenario and every saved result whose data can be read, and what it holds. */
  async exportText(): Promise<ExportedWork> {
    const { bodies } = await loadResultBodies(this.work.results.map((r) => r.key));
    const content = exportContent(this.work, bodies);
    return {
      text: savedWorkToFile(content.work, bodies),
      scenarios: content.work.scenarios.length,
      results: content.work.results.length,
      leftOut: content.leftOut,
    };
  }

  /** Imports a file: every scenario in it must be valid, or nothing is imported. Returns a message. */
  async importText(text: string, validate: Validate, nowIso: string): Promise<{ ok: boolean; message: string }> {
    const read = savedWorkFromFile(text, nowIso);
    if (!read.ok) {
      const reason = read.reason;
      return { ok: false, message: msg(str`Import failed, nothing changed: ${reason}.`, { id: 'saved.importFailed' }) };
    }
    const toCheck = [
      ...read.work.scenarios.map((item) => ({ name: item.name, scenario: item.scenario })),
      ...read.work.results.map((item) => ({
        name: msg(str`the scenario of result "${item.name}"`, { id: 'saved.scenarioOfResult' }),
        scenario: read.bodies[item.key]?.scenario,
      })),
    ];
    for (const item of toCheck) {
      const checked = await validate(item.scenario);
      if (!checked.ok) {
        const first = checked.issues[0];
        const whole = msg('(scenario)', { id: 'failure.wholeScenario' });
        const where = first === undefined ? '' : ` ${first.path || whole}: ${first.message}`;
        const name = item.name;
        return {
          ok: false,
          message:
            msg(str`Import failed, nothing changed: "${name}" is not a valid scenario.`, {
              id: 'saved.importInvalid',
            }) + where,
        };
      }
    }
    await this.commit((stored) => {
      const merged = mergeSavedWork(stored, read.work, read.bodies);
      return { work: merged.work, put: merged.bodies, value: undefined };
    });
    const scenarios = read.work.scenarios.length;
    const results = read.work.results.length;
    const scenariosText = pluralMsg('saved.scenarios', scenarios, formatInteger(scenarios), {
      one: (n) => str`${n} scenario`,
      other: (n) => str`${n} scenarios`,
    });
    if (results === 0) return { ok: true, message: msg(str`Imported ${scenariosText}.`, { id: 'saved.imported' }) };
    const resultsText = pluralMsg('saved.results', results, formatInteger(results), {
      one: (n) => str`${n} result`,
      other: (n) => str`${n} results`,
    });
    return {
      ok: true,
      message: msg(str`Imported ${scenariosText} and ${resultsText}.`, { id: 'saved.importedBoth' }),
    };
  }

  keyFor(id: string): string {
    return uniqueKey(id, this.work.scenarios);
  }
}
