// The worker side of one exercise being played, as a reactive controller: opens it, plays and pauses it,
// forwards decisions, forks the day, keeps each branch's latest snapshot and state (the panels at most
// PANEL_UPDATE_MS apart while playing), ends it and fetches the debrief and the branches' comparison. It
// exposes no score before the end. The host renders from its fields; simulator code is type-only here.
import * as Comlink from 'comlink';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FloorLayout, FloorSnapshot, Intervention } from '../../sim/api';
import type { OpenExerciseResponse } from '../../sim/exercise/exercise-service';
import type { BranchComparison } from '../../sim/exercise/fork';
import type { Debrief, ExerciseAction, ExerciseSessionFile, ExerciseState } from '../../sim/exercise/types';
import type { Scenario } from '../../sim/scenario/schema';
import type { WorkerApi } from '../../worker/simulator.worker';

/** Least time between two updates of the panels while playing, ms (4 a second, as in the live view). */
const PANEL_UPDATE_MS = 250;

export type RunPhase = 'opening' | 'briefing' | 'playing' | 'paused' | 'ending' | 'ended' | 'error';

type Opened = Extract<OpenExerciseResponse, { ok: true }>;

export class ExerciseRun implements ReactiveController {
  phase: RunPhase = 'opening';
  opened: Opened | undefined;
  scenario: Scenario | undefined;
  layout: FloorLayout | undefined;
  speed = 60;
  /** The latest snapshot of branch 0 (the clock and the floor). */
  snapshot: FloorSnapshot | undefined;
  /** Per branch: the snapshot and state the panels show. */
  snapshots: (FloorSnapshot | undefined)[] = [];
  states: (ExerciseState | undefined)[] = [];
  /** When the day was forked (simulated seconds); undefined before a fork. */
  forkedAt: number | undefined;
  debrief: Debrief | undefined;
  comparison: BranchComparison | undefined;
  failure = '';

  /** A fork of a plain live run: no briefing, and no debrief at the end (the branches' comparison only). */
  isFreePlay = false;

  private readonly host: ReactiveControllerHost;
  private api: Comlink.Remote<WorkerApi> | undefined;
  private generation = 0;
  private lastPanelMs = Number.NEGATIVE_INFINITY;
  private isRefreshing = false;
  private layoutAsked = 0;
  private receiver = Comlink.proxy((_: FloorSnapshot) => {});

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.generation++;
    void this.api?.exercise.pause().catch(() => {});
  }

  get isForked(): boolean {
    return this.forkedAt !== undefined;
  }

  get isOver(): boolean {
    return this.phase === 'ending' || this.phase === 'ended';
  }

  private fail(error: unknown): void {
    this.failure = error instanceof Error ? error.message : String(error);
    this.phase = 'error';
    this.host.requestUpdate();
  }

  /** Opens exercise `id` (a built-in's id, or exercise data) paused on its briefing (any earlier run is dropped). */
  async open(api: Comlink.Remote<WorkerApi>, id: unknown): Promise<void> {
    await this.start(api, false, async (exercise) => {
      const opened = await exercise.openExercise(id);
      return opened.ok ? { opened, scenario: await api.getScenario(opened.exercise.scenario) } : opened;
    });
  }

  /**
   * Forks a plain live run (the Live tab's day: its scenario and interventions so far) at `atSeconds`: two
   * branches on the same callers, paused, with no injects, score or debrief (only their comparison at the end).
   */
  async openFork(
    api: Comlink.Remote<WorkerApi>,
    scenario: Scenario,
    decisions: readonly { atSeconds: number; intervention: Intervention }[],
    atSeconds: number,
  ): Promise<void> {
    await this.start(api, true, async (exercise) => {
      const opened = await exercise.forkLive(scenario, decisions, atSeconds);
      return opened.ok ? { opened, scenario } : opened;
    });
    if (this.opened !== undefined) this.forkedAt = this.snapshot?.atSeconds ?? atSeconds;
    await this.refresh(true);
  }

  private async start(
    api: Comlink.Remote<WorkerApi>,
    isFreePlay: boolean,
    request: (
      exercise: Comlink.Remote<WorkerApi>['exercise'],
    ) => Promise<{ opened: Opened; scenario: Scenario | undefined } | Exclude<OpenExerciseResponse, Opened>>,
  ): Promise<void> {
    this.api = api;
    this.isFreePlay = isFreePlay;
    const generation = ++this.generation;
    Object.assign(this, {
      phase: 'opening',
      opened: undefined,
      snapshot: undefined,
      snapshots: [],
      states: [],
      forkedAt: undefined,
      debrief: undefined,
      comparison: undefined,
      failure: '',
    });
    this.receiver = Comlink.proxy((snapshot: FloorSnapshot) => {
      if (generation === this.generation) this.accept(snapshot);
    });
    this.host.requestUpdate();
    try {
      const response = await request(api.exercise);
      if (generation !== this.generation) return;
      if (!('opened' in response)) {
        this.fail(new Error(response.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')));
        return;
      }
      const opened = response.opened;
      this.opened = opened;
      this.layout = opened.layout;
      this.layoutAsked = opened.layout.version;
      this.speed = isFreePlay ? this.speed : opened.exercise.playSpeed;
      this.scenario = response.scenario;
      this.snapshot = await api.exercise.snapshot();
      this.snapshots = [this.snapshot];
      this.states = [opened.state];
      this.phase = isFreePlay ? 'paused' : 'briefing';
      this.host.requestUpdate();
    } catch (error) {
      if (generation === this.generation) this.fail(error);
    }
  }

  private get remote(): Comlink.Remote<WorkerApi> {
    if (this.api === undefined) throw new Error('no exercise is open');
    return this.api;
  }

  /** Starts or resumes the clock at the current speed. */
  async play(): Promise<void> {
    if (this.isOver || this.opened === undefined) return;
    this.phase = 'playing';
    this.host.requestUpdate();
    try {
      await this.remote.exercise.play(this.speed, this.receiver);
    } catch (error) {
      this.fail(error);
    }
  }

  async pause(): Promise<void> {
    if (this.phase !== 'playing') return;
    const generation = this.generation;
    try {
      await this.remote.exercise.pause();
      if (generation !== this.generation || this.isOver) return;
      this.phase = 'paused';
      this.snapshot = await this.remote.exercise.snapshot();
      await this.refresh(true);
    } catch (error) {
      this.fail(error);
    }
  }

  async setSpeed(speed: number): Promise<void> {
    this.speed = speed;
    this.host.requestUpdate();
    if (this.phase === 'playing') await this.play();
  }

  /** Requests a decision on a branch; returns the refusal's reasons ('' when accepted). */
  async decide(action: ExerciseAction, branch = 0): Promise<string> {
    try {
      const response = await this.remote.exercise.decide(action, branch);
      if (!response.ok) return response.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
      await this.refresh(true);
      return '';
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }

  /** Forks the day now: branch 1 continues from this instant with the same callers. */
  async fork(): Promise<void> {
    if (this.isForked || this.isOver) return;
    try {
      await this.remote.exercise.fork(0);
      this.forkedAt = (await this.remote.exercise.state(0)).atSeconds;
      await this.refresh(true);
    } catch (error) {
      this.fail(error);
    }
  }

  /** The trainee ends the exercise now (after confirming in the page). */
  async end(): Promise<void> {
    if (this.isOver) return;
    try {
      await this.remote.exercise.endExercise();
      await this.finish();
    } catch (error) {
      this.fail(error);
    }
  }

  /** The session file of branch 0, only once the exercise is over. */
  async sessionFile(): Promise<ExerciseSessionFile> {
    if (this.phase !== 'ended') throw new Error('the session file is available when the exercise has ended');
    return this.remote.exercise.exportSession(0);
  }

  private accept(snapshot: FloorSnapshot): void {
    this.snapshot = snapshot;
    if (this.layout !== undefined && snapshot.layoutVersion > this.layoutAsked)
      void this.refreshLayout(snapshot.layoutVersion);
    const end = this.opened?.exercise.endSeconds ?? Number.POSITIVE_INFINITY;
    if (snapshot.atSeconds >= end) void this.finish();
    else void this.refresh(false);
    this.host.requestUpdate();
  }

  private async refreshLayout(version: number): Promise<void> {
    this.layoutAsked = version;
    const layout = await this.remote.exercise.layout(0);
    if (layout.version > (this.layout?.version ?? 0)) {
      this.layout = layout;
      this.host.requestUpdate();
    }
  }

  /** Fetches every branch's state (and the fork's snapshot); while playing at most every PANEL_UPDATE_MS. */
  private async refresh(isForced: boolean): Promise<void> {
    const now = performance.now();
    if (!isForced && (this.isRefreshing || now - this.lastPanelMs < PANEL_UPDATE_MS)) return;
    this.lastPanelMs = now;
    this.isRefreshing = true;
    const generation = this.generation;
    try {
      const exercise = this.remote.exercise;
      const states = [await exercise.state(0)];
      const snapshots = [this.snapshot];
      if (this.isForked) {
        snapshots.push(await exercise.snapshot(1));
        states.push(await exercise.state(1));
      }
      if (generation !== this.generation) return;
      this.states = states;
      this.snapshots = snapshots;
      this.host.requestUpdate();
    } catch (error) {
      if (generation === this.generation) this.fail(error);
    } finally {
      this.isRefreshing = false;
    }
  }

  /** The end: the last state of every branch, the debrief and, for a forked day, the comparison. */
  private async finish(): Promise<void> {
    if (this.isOver) return;
    this.phase = 'ending';
    this.host.requestUpdate();
    const generation = this.generation;
    const exercise = this.remote.exercise;
    try {
      await exercise.pause();
      this.snapshot = await exercise.snapshot(0);
      await this.refresh(true);
      const debrief = this.isFreePlay ? undefined : await exercise.debrief(0);
      const comparison = this.isForked ? await exercise.compareBranches(0, 1) : undefined;
      if (generation !== this.generation) return;
      this.debrief = debrief;
      this.comparison = comparison;
      this.phase = 'ended';
      this.host.requestUpdate();
    } catch (error) {
      if (generation === this.generation) this.fail(error);
    }
  }
}
