// <sb-live-view>: a live run of one scenario in its own worker: the controls, the KPI tiles, the 3D floor
// (loaded lazily, with three.js in its own chunk) beside the levers and the timeline, so the clock, the KPIs,
// the floor and the levers share one screen, then charts that grow as the run plays.
// Property: scenario. Every intervention goes into the day's decision log (live/decision-log.ts), kept per
// scenario for this tab: opening a scenario replays its log, so switching scenarios or reloading the page
// finds the day paused where it was. Reflects data-live-state: idle, replaying, paused, playing, finished or
// error. While playing, the floor and the clock take every frame (up to ~30 a second); the tiles,
// the levers' head-counts and the charts, which nobody reads faster, at most PANEL_UPDATE_MS apart.
import * as Comlink from 'comlink';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { AlignedData } from 'uplot';
import type { FloorLayout, FloorSnapshot, Intervention, RoutingPolicy } from '../sim/api';
import type { LiveFrame } from '../sim/live/live-service';
import type { Scenario } from '../sim/scenario/schema';
import type { IntervalPrediction } from '../sim/service';
import { LiveCommandEvent, type InterventionEvent } from './events';
import { SimulatorController } from './simulator-controller';
import { LiveSeries } from './charts/live-series';
import { agentStatesSpec, queueLengthSpec, serviceLevelSpec } from './charts/chart-specs';
import { serviceLevelColumns } from './charts/chart-data';
import { LiveIntervals } from './live-intervals';
import { UpdateGate } from './update-gate';
import { currentLocale } from './i18n/locale';
import { currencyOf, singleEstimates } from './organisation-rows';
import './charts/chart';
import { formatLiveClock } from './live-controls';
import './live-kpis';
import './intervention-form';
import './organisation-kpis';
import { describeIntervention } from './live/live-timeline';
import type { ChartMarker } from './charts/markers';
import {
  DecisionLogStore,
  emptyLog,
  hasProgress,
  scenarioKey,
  type Decision,
  type DecisionLog,
} from './live/decision-log';
import { replayLog } from './live/replay';
import { liveViewStyles } from './live/live-view-styles';
import './live/live-fork';

export type LiveState = 'idle' | 'replaying' | 'paused' | 'playing' | 'finished' | 'error';

/** Least time between two updates of the tiles, head-counts and charts while playing, ms (4 a second). */
export const PANEL_UPDATE_MS = 250;

interface LiveChartData {
  queue: AlignedData;
  states: AlignedData;
  serviceLevel: AlignedData;
}

// The floor view is optional at build time: when its module exists it is loaded on first use, in its own chunk.
const floorModules = import.meta.glob('./floor/floor-view.ts');

/** The colour of intervention markers on the live charts (the exercises' decision colour family). */
const MARKER_COLOR = '#6b3fa0';

@customElement('sb-live-view')
@localized()
export class LiveView extends LitElement {
  static override styles = liveViewStyles;

  @property({ attribute: false }) scenario: Scenario | undefined;
  @property({ reflect: true, attribute: 'data-live-state' }) liveState: LiveState = 'idle';

  @state() private layout: FloorLayout | undefined;
  /** The latest snapshot: the floor and the clock show it. */
  @state() private snapshot: FloorSnapshot | undefined;
  /** The snapshot the tiles, levers and charts show: the latest at most PANEL_UPDATE_MS ago while playing. */
  @state() private panelSnapshot: FloorSnapshot | undefined;
  @state() private speed = 60;
  @state() private problem = '';
  @state() private failure = '';
  @state() private predictions: IntervalPrediction[] = [];
  @state() private hasFloor = false;
  /** The routing rule in force: the scenario's, until the trainer changes it. */
  @state() private routingPolicy: RoutingPolicy = 'longest-idle';
  /** The interventions of the open day, in order (the decision log's, for the timeline). */
  @state() private decisions: readonly Decision[] = [];
  /** The charts' markers, made again only when the decisions or the language change (a new array redraws). */
  private markers: readonly ChartMarker[] = [];
  private markersOf: readonly Decision[] | undefined;
  private markersLocale = '';

  // Specs are made once per scenario and language: a new spec object makes <sb-chart> rebuild its plot, new
  // data only redraws it.
  private queueSpec = queueLengthSpec();
  private statesSpec = agentStatesSpec();
  private slSpec = serviceLevelSpec(20);
  private specsLocale = currentLocale();

  private readonly worker = new SimulatorController(
    this,
    (message) => this.fail(message),
    () => void this.reopenAfterWorkerLoss(),
  );
  /** Set when the day came back from its decision log after the worker died: the clock it was restored at. */
  @state() private restoredAt: number | undefined;
  private readonly series = new LiveSeries();
  private readonly intervals = new LiveIntervals();
  private readonly panelGate = new UpdateGate(PANEL_UPDATE_MS);
  /** A pending update of the panels with the latest snapshot (one that the gate held back). */
  private panelTimer: ReturnType<typeof setTimeout> | undefined;
  /** Made when panelSnapshot changes, so that a frame for the floor alone hands the charts nothing new. */
  private chartData: LiveChartData | undefined;
  /** Identifies the open run; snapshots from an earlier run that arrive late are dropped. */
  private generation = 0;
  /** The layout version last asked of the worker, so a burst of frames asks once. */
  private layoutAsked = 0;
  private receiver: ((frame: LiveFrame) => void) & Comlink.ProxyMarked = Comlink.proxy(() => {});
  private readonly logs = new DecisionLogStore();
  /** The open day's decision log; undefined until a run is open. Saved on every change and as the clock runs. */
  private log: DecisionLog | undefined;
  private readonly keepOnHide = () => this.keepLog();

  protected override willUpdate(changed: PropertyValues): void {
    if (this.specsLocale !== currentLocale()) {
      // A language switch: new titles and legends; the run itself goes on untouched.
      this.specsLocale = currentLocale();
      this.makeSpecs();
    }
    if (changed.has('scenario') && this.scenario !== undefined) {
      this.makeSpecs();
      void this.open();
    }
    if (changed.has('panelSnapshot') || changed.has('predictions')) this.chartData = this.makeChartData();
  }

  /** The charts' specs in the language in force, on the scenario's clock (time of day, or hours from start). */
  private makeSpecs(): void {
    const clockStartAt = this.scenario?.clockStartAt;
    this.queueSpec = queueLengthSpec(clockStartAt);
    this.statesSpec = agentStatesSpec(clockStartAt);
    this.slSpec = serviceLevelSpec(this.scenario?.serviceLevel.thresholdSeconds ?? 20, clockStartAt);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelPanelUpdate();
    this.keepLog();
    removeEventListener('pagehide', this.keepOnHide);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('pagehide', this.keepOnHide);
    const load = floorModules['./floor/floor-view.ts'];
    if (load !== undefined)
      load().then(
        () => (this.hasFloor = true),
        (error: unknown) => console.warn('the 3D floor view could not be loaded', error),
      );
  }

  private fail(message: string): void {
    this.failure = message;
    this.liveState = 'error';
  }

  /**
   * The worker died on its own and a fresh one replaced it: the run in it is gone, its day is in the decision
   * log. Reopen the scenario, which replays the log, so the day comes back paused where it was; if that
   * fails, the error stays on show with "Restart the live day".
   */
  private async reopenAfterWorkerLoss(): Promise<void> {
    if (this.scenario === undefined || this.log === undefined) return;
    this.keepLog();
    const generation = this.generation + 1;
    await this.open();
    if (generation !== this.generation || this.liveState === 'error') return;
    this.restoredAt = this.snapshot?.atSeconds ?? 0;
  }

  /** Starts the scenario's day afresh: its decision log is dropped. */
  private async restartDay(): Promise<void> {
    if (this.scenario !== undefined) this.logs.remove(scenarioKey(this.scenario));
    this.log = undefined;
    await this.open();
  }

  private async open(): Promise<void> {
    const scenario = this.scenario;
    if (scenario === undefined) return;
    // The day being left stays in its log (paused where it was), to be replayed when its scenario comes back.
    this.keepLog();
    this.log = undefined;
    this.decisions = [];
    const generation = ++this.generation;
    this.receiver = Comlink.proxy((frame: LiveFrame) => {
      if (generation === this.generation) this.accept(this.intervals.snapshotOf(frame), false);
    });
    this.series.clear();
    this.intervals.clear();
    this.cancelPanelUpdate();
    this.panelGate.reset();
    this.problem = '';
    this.failure = '';
    this.restoredAt = undefined;
    try {
      const api = this.worker.api;
      const opened = await api.openLive(scenario);
      if (generation !== this.generation) return;
      if (!opened.ok) {
        const whole = msg('(scenario)', { id: 'failure.wholeScenario' });
        this.fail(opened.issues.map((i) => `${i.path || whole}: ${i.message}`).join('; '));
        return;
      }
      this.layout = opened.layout;
      this.layoutAsked = opened.layout.version;
      this.routingPolicy = scenario.routing?.policy ?? 'longest-idle';
      const kept = this.logs.load(scenarioKey(scenario));
      if (kept !== undefined && hasProgress(kept)) {
        if (!(await this.replay(kept, generation))) return;
      } else this.log = emptyLog(scenario, this.speed);
      this.accept(await api.snapshot());
      if (generation !== this.generation) return;
      this.liveState = this.snapshot?.finished === true ? 'finished' : 'paused';
      const prediction = await api.predict(scenario);
      if (generation === this.generation) this.predictions = prediction.ok ? prediction.intervals : [];
    } catch (error) {
      if (generation === this.generation) this.fail(error instanceof Error ? error.message : String(error));
    }
  }

  /** Rebuilds a kept day from its log (see live/replay.ts). False when the run was replaced meanwhile. */
  private async replay(kept: DecisionLog, generation: number): Promise<boolean> {
    this.liveState = 'replaying';
    this.speed = kept.speed;
    const isCurrent = () => generation === this.generation;
    const outcome = await replayLog(this.worker.api, kept, (this.scenario?.intervalMinutes ?? 15) * 60, {
      onSnapshot: (snapshot) => {
        if (isCurrent()) this.accept(snapshot);
        return isCurrent();
      },
      onDecision: ({ intervention }, layout) => {
        if (!isCurrent()) return false;
        this.layout = layout;
        if (intervention.kind === 'set-routing-policy') this.routingPolicy = intervention.policy;
        return true;
      },
    });
    if (outcome.isStopped || !isCurrent()) return false;
    this.problem = outcome.problem;
    this.log = { ...kept, decisions: outcome.decisions, atSeconds: outcome.atSeconds };
    this.decisions = outcome.decisions;
    return true;
  }

  /** Saves the open day's log with the clock the panels show (called as they update, and on leaving). */
  private keepLog(): void {
    const log = this.log;
    if (log === undefined || this.liveState === 'replaying') return;
    log.atSeconds = Math.max(log.atSeconds, this.snapshot?.atSeconds ?? 0);
    log.speed = this.speed;
    if (hasProgress(log)) this.logs.save(log);
  }

  /**
   * Takes a snapshot: the floor and the clock at once; the panels at once too for a full snapshot (a pause, a
   * step, an intervention) and the last of a run, otherwise when the gate lets them.
   */
  private accept(snapshot: FloorSnapshot, isFull = true): void {
    if (isFull) this.intervals.replace(snapshot.intervals);
    if (this.layout !== undefined && snapshot.layoutVersion > this.layout.version)
      void this.refreshLayout(snapshot.layoutVersion);
    this.snapshot = snapshot;
    this.series.add(snapshot.samples);
    if (snapshot.finished) this.liveState = 'finished';
    const now = performance.now();
    if (isFull || snapshot.finished) {
      this.panelGate.force(now);
      this.showPanels();
    } else if (this.panelGate.tryPass(now)) this.showPanels();
    else
      this.panelTimer ??= setTimeout(() => {
        this.panelTimer = undefined;
        this.panelGate.force(performance.now());
        this.showPanels();
      }, this.panelGate.waitMs(now));
  }

  /**
   * Fetches the layout when the run changed it by itself (a review moved agents between groups): the floor
   * ignores snapshots of another layout version until it has the new one.
   */
  private async refreshLayout(version: number): Promise<void> {
    if (this.layoutAsked >= version) return;
    this.layoutAsked = version;
    const generation = this.generation;
    try {
      const layout = await this.worker.api.layout();
      if (generation === this.generation && layout.version > (this.layout?.version ?? 0)) this.layout = layout;
    } catch (error) {
      if (generation === this.generation) this.fail(error instanceof Error ? error.message : String(error));
    }
  }

  private showPanels(): void {
    this.cancelPanelUpdate();
    this.panelSnapshot = this.snapshot;
    this.keepLog();
  }

  private cancelPanelUpdate(): void {
    if (this.panelTimer !== undefined) clearTimeout(this.panelTimer);
    this.panelTimer = undefined;
  }

  private makeChartData(): LiveChartData | undefined {
    const snapshot = this.panelSnapshot;
    const scenario = this.scenario;
    if (snapshot === undefined || scenario === undefined) return undefined;
    const intervals = snapshot.intervals.filter((i) => i.startSeconds < snapshot.atSeconds);
    return {
      queue: this.series.queueColumns(),
      states: this.series.stackedStateColumns(),
      serviceLevel: serviceLevelColumns(intervals, this.predictions, scenario.serviceLevel.target),
    };
  }

  private async onCommand(event: LiveCommandEvent): Promise<void> {
    const api = this.worker.api;
    const command = event.command;
    const generation = this.generation;
    try {
      switch (command.kind) {
        case 'play':
          this.liveState = 'playing';
          await api.playFrames(this.speed, this.receiver);
          break;
        case 'pause':
          await api.pause();
          if (generation !== this.generation) return;
          this.liveState = 'paused';
          this.accept(await api.snapshot());
          break;
        case 'step':
          await api.pause();
          this.accept(await api.step(command.simulatedSeconds));
          if (this.liveState !== 'finished') this.liveState = 'paused';
          break;
        case 'reset':
          await api.pause();
          await this.restartDay();
          break;
        case 'speed':
          this.speed = command.speed;
          this.keepLog();
          if (this.liveState === 'playing') await api.playFrames(this.speed, this.receiver);
          break;
      }
    } catch (error) {
      this.fail(error instanceof Error ? error.message : String(error));
    }
  }

  /**
   * Makes an intervention at a known simulated instant, for the decision log: a playing run is paused for the
   * moment it takes (its clock read, the change made), then plays on.
   */
  private async onIntervene(event: InterventionEvent): Promise<void> {
    const action: Intervention = event.intervention;
    const api = this.worker.api;
    const generation = this.generation;
    const wasPlaying = this.liveState === 'playing';
    try {
      if (wasPlaying) await api.pause();
      const atSeconds = (await api.snapshot()).atSeconds;
      const response = await api.intervene(action);
      if (generation !== this.generation) return;
      if (!response.ok) {
        this.problem = response.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
      } else {
        this.problem = '';
        this.layout = response.layout;
        if (action.kind === 'set-routing-policy') this.routingPolicy = action.policy;
        if (this.log !== undefined) {
          this.log.decisions.push({ atSeconds, intervention: action });
          this.decisions = [...this.log.decisions];
          this.keepLog();
        }
      }
      if (wasPlaying && this.liveState === 'playing') await api.playFrames(this.speed, this.receiver);
      else this.accept(await api.snapshot());
    } catch (error) {
      this.problem = error instanceof Error ? error.message : String(error);
    }
  }

  /** Fork the day (live/live-fork.ts): pauses this run and resolves to its clock, the fork's instant. */
  private readonly pauseForFork = async (): Promise<number> => {
    if (this.liveState === 'playing') await this.onCommand(new LiveCommandEvent({ kind: 'pause' }));
    return this.snapshot?.atSeconds ?? 0;
  };

  /** A dashed, numbered marker on every live chart at each intervention's instant (listed under each chart). */
  private chartMarkers(): readonly ChartMarker[] {
    if (this.markersOf !== this.decisions || this.markersLocale !== currentLocale()) {
      this.markersOf = this.decisions;
      this.markersLocale = currentLocale();
      this.markers = this.decisions.map((d, i) => {
        const n = String(i + 1);
        const what = describeIntervention(d.intervention, this.layout);
        return {
          x: d.atSeconds / 3600,
          label: msg(str`Change ${n}: ${what}`, { id: 'live.marker.change' }),
          shortLabel: n,
          color: MARKER_COLOR,
          isDashed: true,
        };
      });
    }
    return this.markers;
  }

  private renderCharts() {
    const data = this.chartData;
    if (data === undefined) return nothing;
    const markers = this.chartMarkers();
    return html`<div class="charts">
      <sb-chart data-testid="chart-live-queue" .spec=${this.queueSpec} .data=${data.queue} .markers=${markers}></sb-chart>
      <sb-chart data-testid="chart-live-states" .spec=${this.statesSpec} .data=${data.states} .markers=${markers}></sb-chart>
      <sb-chart data-testid="chart-live-sl" .spec=${this.slSpec} .data=${data.serviceLevel} .markers=${markers}></sb-chart>
    </div>`;
  }

  /** A failure, with a way out (never a silent dead view), or the note that the day came back after one. */
  private renderTrouble() {
    if (this.failure !== '')
      return html`<div class="failure" role="alert" data-testid="live-error">
        <p>${this.failure}</p>
        <button type="button" data-testid="live-restart" @click=${() => void this.restartDay()}>
          ${msg('Restart the live day', { id: 'live.restart' })}
        </button>
      </div>`;
    if (this.restoredAt === undefined) return nothing;
    const clock = formatLiveClock(this.restoredAt, this.scenario?.clockStartAt);
    return html`<p class="note" role="status" data-testid="live-restored">
      ${msg(str`The simulator stopped unexpectedly. A fresh one has been started and the day has been restored from its decision log, paused at ${clock}.`, { id: 'live.restored' })}
    </p>`;
  }

  override render() {
    const scenario = this.scenario;
    const snapshot = this.snapshot;
    const panel = this.panelSnapshot;
    const isReady = this.liveState !== 'idle' && this.liveState !== 'error' && this.liveState !== 'replaying';
    return html`
      <div class="top">
        <sb-live-controls
          .isPlaying=${this.liveState === 'playing'}
          .isFinished=${this.liveState === 'finished'}
          .isReady=${isReady}
          .speed=${this.speed}
          .atSeconds=${snapshot?.atSeconds ?? 0}
          .horizonSeconds=${this.layout?.horizonSeconds ?? null}
          .clockStartAt=${scenario?.clockStartAt}
          @sb-live-command=${this.onCommand}
        ></sb-live-controls>
        ${
          this.liveState === 'replaying'
            ? html`<p class="note" role="status" data-testid="live-replaying">${msg('Restoring this day from its decision log…', { id: 'live.replaying' })}</p>`
            : nothing
        }
        ${this.renderTrouble()}
        <sb-live-kpis
          .snapshot=${panel}
          .target=${scenario?.serviceLevel.target ?? 0.8}
          .thresholdSeconds=${scenario?.serviceLevel.thresholdSeconds ?? 20}
        ></sb-live-kpis>
      </div>
      <div class="stage">
        ${
          this.hasFloor && this.layout !== undefined
            ? html`<sb-floor-view class="floor" data-testid="floor-view" .layout=${this.layout} .snapshot=${snapshot}></sb-floor-view>`
            : html`<div class="floor"></div>`
        }
        <section class="levers" aria-labelledby="intervene-h" data-testid="live-levers">
          <h3 id="intervene-h">${msg('Intervene', { id: 'live.intervene' })}</h3>
          <sb-live-fork .worker=${this.worker} .scenario=${scenario} .decisions=${this.decisions} .pauseLive=${this.pauseForFork}
            .canFork=${isReady && this.liveState !== 'finished'}></sb-live-fork>
          <sb-live-timeline
            .decisions=${this.decisions}
            .clockStartAt=${scenario?.clockStartAt}
            .atSeconds=${panel?.atSeconds ?? 0}
            .layout=${this.layout}
            .snapshot=${panel}
          ></sb-live-timeline>
          <div class="lever-forms">
          <sb-intervention-form
            .layout=${this.layout}
            .snapshot=${panel}
            .callTypes=${scenario?.callTypes.map((ct) => ({ id: ct.id, name: ct.name ?? ct.id })) ?? []}
            .routingPolicy=${this.routingPolicy}
            .problem=${this.problem}
            .disabled=${!isReady || this.liveState === 'finished'}
            @sb-intervene=${this.onIntervene}
          ></sb-intervention-form>
          </div>
        </section>
      </div>
      <sb-organisation-kpis
        .estimates=${panel === undefined ? undefined : singleEstimates(panel.total)}
        .currency=${currencyOf(scenario)}
        heading=${this.liveState === 'finished' ? msg('Organisation', { id: 'org.heading' }) : msg('Organisation so far', { id: 'org.heading.soFar' })}
        note=${msg('This run, after the warm-up. Run it to the end with replications for confidence intervals.', { id: 'live.org.note' })}
      ></sb-organisation-kpis>
      ${this.renderCharts()}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-live-view': LiveView;
  }
}
