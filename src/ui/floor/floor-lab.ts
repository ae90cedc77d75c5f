// The floor lab (floor-lab.html): a developer page that opens a LiveSession of a built-in scenario on the main
// thread, advances it every animation frame and feeds the snapshots to <sb-floor-view>. Not part of the app;
// it imports simulator code directly. Query: ?scenario=ID&agents=N&structure=self-managed&speed=S&paused
// &feed=synthetic. `window.floorLab` drives it from browser tests and the benchmark.
import { builtInScenarios, findBuiltInScenario } from '../../scenarios/index';
import type { FloorLayout, FloorSnapshot } from '../../sim/api';
import { initialLayout } from '../../sim/live/layout';
import { LiveSession } from '../../sim/live/live-session';
import type { Scenario } from '../../sim/scenario/schema';
import type { FloorStructure } from './floor-layout';
import type { FloorView } from './floor-view';
import { FrameStats, type FrameSummary } from './lab/frame-stats';
import { scaleScenario } from './lab/scale-scenario';
import { SyntheticSession } from './lab/synthetic-session';
import './floor-view';

export interface FloorLabApi {
  /** Opens a live run of a built-in scenario, scaled to `agents` agents when given; false for an unknown id. */
  open(scenarioId: string, agents?: number): boolean;
  setPlaying(isPlaying: boolean): void;
  /** Advances the paused run by `seconds` and shows the snapshot. */
  step(seconds: number): void;
  /** Collects per-frame costs while playing for `durationMs` and summarises them. */
  measure(durationMs: number): Promise<FrameSummary>;
  readonly nowSeconds: number;
  /** 'live' (the simulator) or 'synthetic' (made-up snapshots). */
  readonly feed: 'live' | 'synthetic';
}

/** What the lab needs of a run: LiveSession, or the synthetic stand-in. */
interface LabSession {
  readonly layout: FloorLayout;
  readonly nowSeconds: number;
  readonly isFinished: boolean;
  advanceTo(seconds: number): void;
  snapshot(): FloorSnapshot;
}

declare global {
  interface Window {
    floorLab: FloorLabApi;
  }
}

const query = new URLSearchParams(location.search);
const floor = document.querySelector<FloorView>('#floor');
const scenarioSelect = document.querySelector<HTMLSelectElement>('#scenario');
const agentsInput = document.querySelector<HTMLInputElement>('#agents');
const structureSelect = document.querySelector<HTMLSelectElement>('#structure');
const speedInput = document.querySelector<HTMLInputElement>('#speed');
const playButton = document.querySelector<HTMLButtonElement>('#play');
const clock = document.querySelector<HTMLOutputElement>('#clock');
const status = document.querySelector<HTMLElement>('#status');

let session: LabSession | undefined;
let feed: 'live' | 'synthetic' = 'live';
let isPlaying = !query.has('paused');
let stats: FrameStats | undefined;

function secondsPerFrame(): number {
  const speed = Number(speedInput?.value);
  return Number.isFinite(speed) && speed > 0 ? speed : 20;
}

function formatClock(seconds: number): string {
  const whole = Math.floor(seconds);
  const parts = [Math.floor(whole / 3600), Math.floor(whole / 60) % 60, whole % 60];
  return parts.map((n) => String(n).padStart(2, '0')).join(':');
}

function show(): void {
  if (session === undefined || floor === null) return;
  const layout = session.layout;
  if (floor.layout !== layout) floor.layout = layout;
  floor.snapshot = session.snapshot();
  if (clock !== null) clock.value = `t = ${formatClock(session.nowSeconds)}${session.isFinished ? ' (finished)' : ''}`;
}

/** A live run of `scenario`, or the synthetic feed when asked for or when the simulator fails. */
function openSession(scenario: Scenario): LabSession | undefined {
  feed = query.get('feed') === 'synthetic' ? 'synthetic' : 'live';
  if (feed === 'live') {
    try {
      const opened = LiveSession.open(scenario);
      if (opened.ok) return opened.session;
      if (status !== null)
        status.textContent = opened.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
      return undefined;
    } catch (error) {
      feed = 'synthetic';
      if (status !== null) status.textContent = `The simulator failed (${String(error)}); showing synthetic snapshots.`;
    }
  } else if (status !== null) {
    status.textContent = 'Synthetic snapshots (feed=synthetic): the numbers mean nothing.';
  }
  return new SyntheticSession(initialLayout(scenario));
}

function open(scenarioId: string, agents?: number): boolean {
  const base = findBuiltInScenario(scenarioId);
  if (base === undefined) return false;
  const scenario = agents !== undefined && agents > 0 ? scaleScenario(base, Math.round(agents)) : base;
  const opened = openSession(scenario);
  if (opened === undefined) return false;
  session = opened;
  if (scenarioSelect !== null) scenarioSelect.value = scenarioId;
  if (status !== null && feed === 'live')
    status.textContent = `${scenario.name}: ${opened.layout.agents.length} agents.`;
  show();
  return true;
}

function setPlaying(playing: boolean): void {
  isPlaying = playing;
  if (playButton !== null) playButton.textContent = playing ? 'Pause' : 'Play';
}

function tick(): void {
  if (isPlaying && session !== undefined && !session.isFinished) {
    const startedAt = performance.now();
    session.advanceTo(session.nowSeconds + secondsPerFrame());
    const simulatedAt = performance.now();
    show();
    stats?.add(simulatedAt - startedAt, performance.now() - simulatedAt, floor?.floorDebug);
  }
  requestAnimationFrame(tick);
}

function reopen(): void {
  const agents = Number(agentsInput?.value);
  open(scenarioSelect?.value ?? '', Number.isFinite(agents) && agents > 0 ? agents : undefined);
}

for (const scenario of builtInScenarios) scenarioSelect?.append(new Option(scenario.name, scenario.id));
if (agentsInput !== null) agentsInput.value = query.get('agents') ?? '';
if (speedInput !== null) speedInput.value = query.get('speed') ?? '20';
const structure: FloorStructure = query.get('structure') === 'self-managed' ? 'self-managed' : 'hierarchical';
if (structureSelect !== null) structureSelect.value = structure;
if (floor !== null) floor.structure = structure;
scenarioSelect?.addEventListener('change', reopen);
agentsInput?.addEventListener('change', reopen);
structureSelect?.addEventListener('change', () => {
  if (floor !== null) floor.structure = structureSelect.value === 'self-managed' ? 'self-managed' : 'hierarchical';
});
playButton?.addEventListener('click', () => setPlaying(!isPlaying));
setPlaying(isPlaying);

window.floorLab = {
  open,
  setPlaying,
  step(seconds: number) {
    session?.advanceTo(session.nowSeconds + seconds);
    show();
  },
  async measure(durationMs: number) {
    stats = new FrameStats(floor?.floorDebug);
    await new Promise((resolve) => setTimeout(resolve, durationMs));
    const summary = stats.summary(floor?.floorDebug);
    stats = undefined;
    return summary;
  },
  get nowSeconds() {
    return session?.nowSeconds ?? 0;
  },
  get feed() {
    return feed;
  },
};

const requestedAgents = Number(query.get('agents'));
open(query.get('scenario') ?? 'help-desk', requestedAgents > 0 ? requestedAgents : undefined) || open('help-desk');
requestAnimationFrame(tick);
