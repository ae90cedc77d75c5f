// <sb-app>: the app shell. It owns the simulator worker (through SimulatorController), holds the page's
// state, passes it down to the form and the result views, and handles their events. On load it runs the
// default scenario so the first view already shows KPIs. Reflects its run state in data-state.
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ScenarioInfo } from '../sim/api';
import type { ReplicatedResult } from '../sim/results';
import type { Scenario } from '../sim/scenario/schema';
import type { ValidationIssue } from '../sim/scenario/validate';
import { appStyles } from './app-styles';
import type { RunRequestEvent, ScenarioSelectEvent } from './events';
import { formatDuration } from './format';
import { SimulatorController } from './simulator-controller';
import './run-form';
import './kpi-panel';
import './queue-table';
import './interval-table';

export const DEFAULT_SCENARIO_ID = 'help-desk';

export type RunState = 'starting' | 'running' | 'done' | 'error' | 'cancelled';

interface CompletedRun {
  scenario: Scenario;
  result: ReplicatedResult;
  elapsedMs: number;
}

interface RunFailure {
  message: string;
  issues: ValidationIssue[];
}

@customElement('sb-app')
export class App extends LitElement {
  static override styles = appStyles;

  /** For tests and styling: starting, running, done, error or cancelled. */
  @property({ reflect: true, attribute: 'data-state' }) runState: RunState = 'starting';

  @state() private scenarios: ScenarioInfo[] = [];
  @state() private selectedId = '';
  @state() private replications = 1;
  @state() private runningName = '';
  @state() private completed: CompletedRun | undefined;
  @state() private failure: RunFailure | undefined;

  private readonly simulator = new SimulatorController(this, (message) => this.fail(message, []));
  /** Identifies the latest run, so answers to abandoned or superseded runs are ignored. */
  private runToken = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadAndRunDefault();
  }

  private async loadAndRunDefault(): Promise<void> {
    try {
      this.scenarios = await this.simulator.api.listScenarios();
    } catch (error) {
      this.fail(messageOf(error), []);
      return;
    }
    const initial = this.scenarios.find((s) => s.id === DEFAULT_SCENARIO_ID) ?? this.scenarios[0];
    if (initial === undefined) {
      this.fail('No built-in scenarios were found.', []);
      return;
    }
    this.selectedId = initial.id;
    await this.run(initial.id, this.replications);
  }

  private async run(scenarioId: string, replications: number): Promise<void> {
    const token = ++this.runToken;
    this.runState = 'running';
    this.failure = undefined;
    this.replications = replications;
    this.runningName = this.scenarios.find((s) => s.id === scenarioId)?.name ?? scenarioId;
    try {
      const api = this.simulator.api;
      const scenario = await api.getScenario(scenarioId);
      if (scenario === undefined) throw new Error(`Unknown scenario "${scenarioId}".`);
      const startedAt = performance.now();
      const response = await api.run(scenario, { replications });
      if (token !== this.runToken) return;
      if (!response.ok) {
        this.fail('The simulator rejected the scenario or the run options.', response.issues);
        return;
      }
      this.completed = { scenario, result: response.result, elapsedMs: performance.now() - startedAt };
      this.runState = 'done';
    } catch (error) {
      if (token === this.runToken) this.fail(messageOf(error), []);
    }
  }

  private fail(message: string, issues: ValidationIssue[]): void {
    this.failure = { message, issues };
    this.runState = 'error';
  }

  private onSelect(event: ScenarioSelectEvent): void {
    this.selectedId = event.scenarioId;
  }

  private onRun(event: RunRequestEvent): void {
    void this.run(event.request.scenarioId, event.request.replications);
  }

  private onCancel(): void {
    this.runToken++;
    this.simulator.restart();
    this.runState = 'cancelled';
  }

  private renderStatus() {
    switch (this.runState) {
      case 'starting':
        return 'Starting the simulator…';
      case 'running':
        return `Running ${this.runningName} (${plural(this.replications, 'replication')})…`;
      case 'cancelled':
        return 'Run cancelled. The results below are from the previous run.';
      case 'error':
        return 'The run failed.';
      case 'done': {
        if (this.completed === undefined) return '';
        const { scenario, result, elapsedMs } = this.completed;
        const events = result.runs.reduce((sum, run) => sum + run.events, 0);
        const horizon =
          scenario.horizon.kind === 'duration'
            ? `${formatDuration(scenario.horizon.seconds)} simulated`
            : `${plural(scenario.horizon.count, 'call')} simulated`;
        const took = `${events.toLocaleString('en-US')} events in ${(elapsedMs / 1000).toFixed(2)} s`;
        return `${plural(result.replications, 'replication')} · ${horizon} · seed ${result.seed} · ${took}`;
      }
    }
  }

  private renderFailure() {
    const failure = this.failure;
    if (failure === undefined) return nothing;
    return html`<div class="failure" role="alert" data-testid="run-error">
      <p><strong>Something went wrong.</strong> ${failure.message}</p>
      ${failure.issues.length === 0
        ? nothing
        : html`<ul>
            ${failure.issues.map((issue) => html`<li><code>${issue.path || '(scenario)'}</code>: ${issue.message}</li>`)}
          </ul>`}
    </div>`;
  }

  override render() {
    const completed = this.completed;
    const isRunning = this.runState === 'running' || this.runState === 'starting';
    return html`
      <header class="top">
        <div class="brand">
          <svg class="logo" viewBox="0 0 32 32" aria-hidden="true">
            <rect width="32" height="32" rx="7" fill="currentColor" />
            <g fill="#fff">
              <circle cx="10" cy="10" r="2.6" /><circle cx="22" cy="10" r="2.6" />
              <circle cx="10" cy="22" r="2.6" /><circle cx="22" cy="22" r="2.6" />
            </g>
            <path d="M10 10 L22 22 M22 10 L22 22" stroke="#fff" stroke-width="1.8" fill="none" />
          </svg>
          <h1>Switchboard</h1>
        </div>
        <p class="tagline">A call-centre simulator that runs in your browser</p>
      </header>
      <main class="layout">
        <aside class="controls" aria-label="Run settings">
          <sb-run-form
            .scenarios=${this.scenarios}
            .selectedId=${this.selectedId}
            .replications=${this.replications}
            .isRunning=${isRunning}
            @sb-scenario-select=${this.onSelect}
            @sb-run=${this.onRun}
            @sb-run-cancel=${this.onCancel}
          ></sb-run-form>
        </aside>
        <section class="results" aria-labelledby="results-heading" aria-busy=${isRunning ? 'true' : 'false'}>
          <div class="results-head">
            <h2 id="results-heading">${completed === undefined ? 'Results' : completed.scenario.name}</h2>
            <p class="run-status" role="status" data-testid="run-status">${this.renderStatus()}</p>
          </div>
          ${this.renderFailure()}
          <div class="result-body ${isRunning && completed !== undefined ? 'is-stale' : ''}">
            <sb-kpi-panel .result=${completed?.result} .scenario=${completed?.scenario}></sb-kpi-panel>
            <section class="placeholder" aria-label="Floor view and charts" data-testid="floor-placeholder">
              <p>The 3D floor view and charts will appear here.</p>
            </section>
            <sb-queue-table .result=${completed?.result} .scenario=${completed?.scenario}></sb-queue-table>
            <sb-interval-table .result=${completed?.result} .scenario=${completed?.scenario}></sb-interval-table>
          </div>
        </section>
      </main>
    `;
  }
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-app': App;
  }
}
