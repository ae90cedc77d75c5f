// <sb-compare-view>: the Compare tab. The user picks two or more variants (built-in, saved, the scenario in the
// editor), replications and a seed; the variants run on this view's worker pool (one worker per core, same
// callers for every variant), with progress and cancel. It shows per KPI every variant's mean ± CI, the paired
// difference from A, its significance and the variance cut by common random numbers, for the whole centre and
// each department (or queue), the comparison's warnings, and exports it as CSV.
// Properties: scenarios (built-ins), saved (saved scenarios), editorScenario (the editor's valid scenario).
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { ScenarioInfo } from '../../sim/api';
import type { Comparison } from '../../sim/compare';
import type { Scenario } from '../../sim/scenario/schema';
import type { ValidationIssue } from '../../sim/scenario/validate';
import { downloadBlob } from '../download';
import type { CompareRequestEvent } from '../events';
import { exportFileName } from '../export-results';
import { formatDecimal, formatInteger, secondsSymbol } from '../format';
import { formStyles } from '../form-styles';
import { pluralMsg } from '../i18n/plural';
import { scenarioName } from '../i18n/scenario-text';
import { currencyOf } from '../organisation-rows';
import { WorkerPool } from '../pool/worker-pool';
import { workersText } from '../run-status';
import type { SavedScenario } from '../storage/saved-work';
import { comparisonToCsv } from './compare-csv';
import type { CompareSource, SourceGroup } from './compare-form';
import { warningText } from './compare-warnings';
import './compare-form';
import './compare-table';

type CompareState = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

/** Where a variant's scenario came from, after its name in the legend. */
function sourceNote(group: SourceGroup): string {
  switch (group) {
    case 'builtin':
      return msg('built-in', { id: 'compare.source.builtin' });
    case 'saved':
      return msg('saved', { id: 'compare.source.saved' });
    case 'editor':
      return msg('in the editor', { id: 'compare.source.editor' });
  }
}

/** A variant of the shown comparison, named in the legend at render time (in the language then in force). */
interface LegendEntry {
  letter: string;
  /** The scenario as run: its name, and its translations when it carries them. */
  scenario: { name: string; translations?: Scenario['translations'] };
  group: SourceGroup | undefined;
}

/** What the summary line says about the comparison just run. */
interface RunSummary {
  variants: number;
  replications: number;
  seed: string;
  workers: number;
  seconds: number;
}

/** A failure's text: one of this view's messages (read at render time) or a message from elsewhere. */
type FailureText = (() => string) | string;

const variantsText = (count: number) =>
  pluralMsg('compare.variantsCount', count, formatInteger(count), {
    one: (n) => str`${n} variant`,
    other: (n) => str`${n} variants`,
  });

const pairedReplicationsText = (count: number) =>
  pluralMsg('compare.pairedReplications', count, formatInteger(count), {
    one: (n) => str`${n} paired replication`,
    other: (n) => str`${n} paired replications`,
  });

function summaryText(s: RunSummary): string {
  const variants = variantsText(s.variants);
  const replications = pairedReplicationsText(s.replications);
  const seed = s.seed;
  const on = workersText(s.workers);
  const time = `${formatDecimal(s.seconds, 2)} ${secondsSymbol()}`;
  return msg(str`${variants} × ${replications}, seed ${seed}, ${on} in ${time}.`, { id: 'compare.summary' });
}

function legendText(entry: LegendEntry): string {
  const name = scenarioName(entry.scenario);
  return entry.group === undefined
    ? `${entry.letter} · ${name}`
    : `${entry.letter} · ${name} (${sourceNote(entry.group)})`;
}

function notComparedText(ids: readonly string[]): string {
  const list = ids.join(', ');
  return msg(str`Not in every variant, so not compared: ${list}.`, { id: 'compare.notCompared' });
}

function comparingText(workers: number): string {
  const on = workersText(workers);
  return msg(str`Comparing ${on}…`, { id: 'compare.running' });
}

@customElement('sb-compare-view')
@localized()
export class CompareView extends LitElement {
  static override styles = [
    formStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        gap: 1rem;
      }
      .status-line {
        margin: 0;
        color: var(--sb-muted);
      }
      .warnings,
      .failure {
        margin: 0;
        padding: 0.6rem 0.9rem;
        border: 1px solid var(--sb-bad);
        border-radius: var(--sb-radius);
        background: var(--sb-bad-bg);
      }
      .warnings ul,
      .failure ul {
        margin: 0.3rem 0 0;
        padding-inline-start: 1.2rem;
        /* A warning quotes the scenario's JSON (a horizon), which has no space to wrap at on a phone. */
        overflow-wrap: anywhere;
      }
      .actions {
        display: flex;
        gap: 0.5rem;
        align-items: center;
        flex-wrap: wrap;
      }
      .note {
        margin: 0;
        font-size: 0.85rem;
        color: var(--sb-muted);
      }
      h3 {
        margin: 0;
      }
      .legend {
        margin: 0;
        padding: 0;
        list-style: none;
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem 1.2rem;
        font-weight: 600;
      }
    `,
  ];

  @property({ attribute: false }) scenarios: readonly ScenarioInfo[] = [];
  @property({ attribute: false }) saved: readonly SavedScenario[] = [];
  @property({ attribute: false }) editorScenario: Scenario | undefined;
  /** For tests and styling: idle, running, done, error or cancelled. */
  @property({ reflect: true, attribute: 'data-state' }) compareState: CompareState = 'idle';

  @state() private progress: { done: number; total: number } | undefined;
  @state() private workers = 1;
  @state() private comparison: Comparison | undefined;
  /** The shown comparison's variants, e.g. `A · Small help desk (built-in)`. */
  @state() private legend: LegendEntry[] = [];
  @state() private baseline: Scenario | undefined;
  @state() private summary: RunSummary | undefined;
  @state() private failure: { message: FailureText; issues: ValidationIssue[] } | undefined;

  private readonly pool = new WorkerPool(this, 'compare', (message) => this.fail(message, []));
  /** Identifies the latest comparison, so answers to a cancelled one are ignored. */
  private token = 0;

  private get sources(): CompareSource[] {
    return [
      ...this.scenarios.map((s) => ({ value: `builtin:${s.id}`, label: scenarioName(s), group: 'builtin' as const })),
      ...this.saved.map((s) => ({ value: `saved:${s.key}`, label: s.name, group: 'saved' as const })),
      ...(this.editorScenario === undefined
        ? []
        : [{ value: 'editor', label: scenarioName(this.editorScenario), group: 'editor' as const }]),
    ];
  }

  private fail(message: FailureText, issues: ValidationIssue[]): void {
    this.failure = { message, issues };
    this.compareState = 'error';
  }

  private async resolve(source: string): Promise<unknown> {
    if (source === 'editor') return this.editorScenario;
    if (source.startsWith('saved:')) return this.saved.find((s) => s.key === source.slice('saved:'.length))?.scenario;
    if (source.startsWith('builtin:')) return this.pool.first().getScenario(source.slice('builtin:'.length));
    return undefined;
  }

  private async onCompare(event: CompareRequestEvent): Promise<void> {
    const { sources, replications, seed } = event.request;
    const token = ++this.token;
    this.compareState = 'running';
    this.failure = undefined;
    this.workers = this.pool.sizeFor(replications);
    this.progress = { done: 0, total: replications * sources.length };
    try {
      const startedAt = performance.now();
      const scenarios = await Promise.all(sources.map((source) => this.resolve(source)));
      if (token !== this.token) return;
      const missing = scenarios.findIndex((s) => s === undefined);
      if (missing >= 0) {
        const variant = String.fromCharCode(65 + missing);
        this.fail(
          () => msg(str`Variant ${variant}: that scenario is no longer available.`, { id: 'compare.error.gone' }),
          [],
        );
        return;
      }
      const options = { replications, ...(seed === undefined ? {} : { seed }) };
      const { response, workers } = await this.pool.compare(scenarios, options, (done, total) => {
        if (token === this.token) this.progress = { done, total };
      });
      if (token !== this.token) return;
      if (!response.ok) {
        this.fail(
          () => msg('The simulator refused these variants or options.', { id: 'compare.error.refused' }),
          response.issues,
        );
        return;
      }
      const groups = new Map(this.sources.map((s) => [s.value, s.group]));
      const comparison = response.comparison;
      this.legend = comparison.variants.map((v, i) => {
        const scenario = scenarios[i] as Scenario | undefined;
        return {
          letter: v.label,
          scenario: { name: v.scenarioName, translations: scenario?.translations },
          group: groups.get(sources[i] ?? ''),
        };
      });
      this.baseline = scenarios[0] as Scenario;
      this.comparison = comparison;
      this.summary = {
        variants: comparison.variants.length,
        replications: comparison.replications,
        seed: String(comparison.seed),
        workers,
        seconds: (performance.now() - startedAt) / 1000,
      };
      this.compareState = 'done';
    } catch (error) {
      if (token === this.token) this.fail(error instanceof Error ? error.message : String(error), []);
    }
  }

  private onCancel(): void {
    this.token++;
    // Ends every worker of this view's pool; the next comparison starts fresh ones.
    this.pool.cancel();
    this.compareState = 'cancelled';
  }

  private exportCsv(): void {
    if (this.comparison === undefined) return;
    downloadBlob(
      new Blob([comparisonToCsv(this.comparison)], { type: 'text/csv' }),
      exportFileName('comparison', 'csv', new Date()),
    );
  }

  private renderFailure() {
    const failure = this.failure;
    if (failure === undefined || this.compareState !== 'error') return nothing;
    return html`<div class="failure" role="alert" data-testid="compare-error">
      <strong>${msg('The comparison failed.', { id: 'compare.failed' })}</strong>
      ${typeof failure.message === 'string' ? failure.message : failure.message()}
      ${
        failure.issues.length === 0
          ? nothing
          : html`<ul>${failure.issues.map((i) => html`<li><code>${i.path || msg('(scenario)', { id: 'failure.wholeScenario' })}</code>: ${i.message}</li>`)}</ul>`
      }
    </div>`;
  }

  private renderScopes(comparison: Comparison) {
    const departments = Object.keys(comparison.departments);
    const named = (list: readonly { id: string; name?: string | undefined }[] | undefined, id: string) =>
      list?.find((d) => d.id === id)?.name ?? id;
    const queues = Object.keys(comparison.queues);
    const table = (scope: string, caption: string, kpis: Comparison['total'], isCentre = false) =>
      html`<sb-compare-table .kpis=${kpis} .variants=${comparison.variants.map((v) => v.label)} caption=${caption} scope=${scope} currency=${currencyOf(this.baseline)} ?isCentre=${isCentre}></sb-compare-table>`;
    return html`
      ${table('total', msg('Whole centre', { id: 'compare.scope.total' }), comparison.total, true)}
      ${
        departments.length > 0
          ? departments.map((id) => {
              const name = named(this.baseline?.departments, id);
              return table(
                id,
                msg(str`Department: ${name}`, { id: 'compare.scope.department' }),
                comparison.departments[id]!,
              );
            })
          : queues.length > 1
            ? queues.map((id) => {
                const name = named(this.baseline?.queues, id);
                return table(id, msg(str`Queue: ${name}`, { id: 'compare.scope.queue' }), comparison.queues[id]!);
              })
            : html`<p class="note">${msg('These scenarios have no departments and one queue: the whole centre is the only scope.', { id: 'compare.scope.only' })}</p>`
      }
    `;
  }

  private renderResult() {
    const comparison = this.comparison;
    if (comparison === undefined) return nothing;
    const notCompared = [...comparison.notCompared.departments, ...comparison.notCompared.queues];
    return html`
      <div class="actions">
        <h3>${msg('Result', { id: 'compare.result' })}</h3>
        <p class="status-line" data-testid="compare-summary">${this.summary === undefined ? '' : summaryText(this.summary)}</p>
        <button type="button" data-testid="compare-export-csv" @click=${this.exportCsv}>${msg('Download CSV', { id: 'results.downloadCsv' })}</button>
      </div>
      <ul class="legend" aria-label=${msg('Variants', { id: 'compare.variants' })} data-testid="compare-legend">
        ${this.legend.map((entry) => html`<li>${legendText(entry)}</li>`)}
      </ul>
      ${
        comparison.warnings.length === 0
          ? nothing
          : html`<div class="warnings" role="note" data-testid="compare-warnings">
            <strong>${msg('Read with care:', { id: 'compare.warnings' })}</strong>
            <ul>${comparison.warnings.map((w) => html`<li>${warningText(w)}</li>`)}</ul>
          </div>`
      }
      ${notCompared.length === 0 ? nothing : html`<p class="note">${notComparedText(notCompared)}</p>`}
      ${this.renderScopes(comparison)}
      <p class="note" data-testid="compare-crn-note">
        ${msg(
          'Differences are variant − A, from the per-replication pairs; significant means the 95% interval excludes 0. “Variance cut by CRN” is how much narrower in variance the paired difference is than if the variants had run on independent callers (common random numbers: both see the same callers). A negative cut means CRN did not help for that KPI: the variants reacted to the same callers in opposite ways, or the replications are too few to tell. The difference and its interval are still right, as they come from the pairs themselves; more replications narrow them.',
          { id: 'compare.note' },
        )}
      </p>
    `;
  }

  override render() {
    const isRunning = this.compareState === 'running';
    return html`
      <sb-compare-form
        .sources=${this.sources}
        .isRunning=${isRunning}
        .progress=${this.progress}
        .workers=${this.workers}
        @sb-compare=${this.onCompare}
        @sb-compare-cancel=${this.onCancel}
      ></sb-compare-form>
      <p class="status-line" role="status" data-testid="compare-status">
        ${
          isRunning
            ? comparingText(this.workers)
            : this.compareState === 'cancelled'
              ? msg('Comparison cancelled.', { id: 'compare.cancelled' })
              : ''
        }
      </p>
      ${this.renderFailure()} ${this.renderResult()}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-compare-view': CompareView;
  }
}
