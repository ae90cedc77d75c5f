// A reactive controller over the user's saved work in IndexedDB: loads it when its host connects, and saves,
// deletes, imports and exports scenarios and finished results. Each change is written before it is shown,
// and a failed import or an unreadable store changes nothing. `validate` is the worker's scenario check.
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
import { loadResultBodies, loadResultBody, loadSavedWork, storeSavedWork } from './storage/saved-store';
import {
  emptySavedWork,
  mergeSavedWork,
  putResult,
  putScenario,
  removeResult,
  removeScenario,
  savedWorkFromFile,
  savedWorkToFile,
  uniqueKey,
  type ResultBodies,
  type SavedScenario,
  type SavedWork,
} from './storage/saved-work';

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

  get scenarios(): readonly SavedScenario[] {
    return [...this.work.scenarios].sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  find(key: string): SavedScenario | undefined {
    return this.work.scenarios.find((s) => s.key === key);
  }

  get results(): readonly SavedResultInfo[] {
    return [...this.work.results].sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  private async commit(next: SavedWork, put: ResultBodies = {}, remove: readonly string[] = []): Promise<void> {
    if (!this.isWritable) throw new Error(this.loadProblem || 'saved work is still loading');
    await storeSavedWork(next, put, remove);
    this.work = next;
    this.host.requestUpdate();
  }

  /** Saves a (validated) scenario under its id; the same id replaces the earlier save. Returns the key. */
  async save(scenario: { id: string; name: string }, nowIso: string): Promise<string> {
    const key = scenario.id;
    await this.commit(putScenario(this.work, { key, name: scenario.name, savedAt: nowIso, scenario }));
    return key;
  }

  async remove(key: string): Promise<void> {
    await this.commit(removeScenario(this.work, key));
  }

  /** Saves a finished run with the scenario it came from; returns the new result's key. */
  async saveResult(
    scenario: { id: string; name: string },
    result: ReplicatedResult,
    elapsedMs: number,
    nowIso: string,
  ): Promise<string> {
    const key = uniqueKey(`${scenario.id}-${nowIso.slice(0, 19).replaceAll(/[-:]/g, '')}`, this.work.results);
    const body: SavedResultBody = { version: RESULT_BODY_VERSION, scenario, result, elapsedMs };
    await this.commit(putResult(this.work, describeResult(key, scenario, result, nowIso)), { [key]: body });
    return key;
  }

  findResult(key: string): SavedResultInfo | undefined {
    return this.work.results.find((r) => r.key === key);
  }

  /** A saved result's scenario and result, or why it cannot be opened. */
  async openResult(key: string): Promise<SavedResultBody | string> {
    if (this.findResult(key) === undefined) return 'no such saved result';
    return loadResultBody(key);
  }

  async removeResult(key: string): Promise<void> {
    await this.commit(removeResult(this.work, key), {}, [key]);
  }

  /** The export file: every saved scenario and every saved result whose data can be read. */
  async exportText(): Promise<string> {
    const bodies = await loadResultBodies(this.work.results.map((r) => r.key));
    return savedWorkToFile(
      { ...this.work, results: this.work.results.filter((r) => bodies[r.key] !== undefined) },
      bodies,
    );
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
    const merged = mergeSavedWork(this.work, read.work, read.bodies);
    await this.commit(merged.work, merged.bodies);
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
