// Per-frame costs collected by the floor lab while it plays, summarised for the benchmark: the simulation's
// advance, the snapshot, and the floor's sync, animation and render steps (main-thread milliseconds).
import type { FloorDebug } from '../floor-debug';

export interface CostSummary {
  meanMs: number;
  p95Ms: number;
}

export interface FrameSummary {
  /** Frames the floor rendered while measuring, and over how many seconds of wall time. */
  renderedFrames: number;
  seconds: number;
  framesPerSecond: number;
  simulateMs: CostSummary;
  snapshotMs: CostSummary;
  syncMs: CostSummary;
  tickMs: CostSummary;
  renderMs: CostSummary;
  /** sync + animation + render: what the floor costs the main thread per frame. */
  floorMs: CostSummary;
  drawCalls: number;
  agents: number;
}

function summarise(values: number[]): CostSummary {
  if (values.length === 0) return { meanMs: Number.NaN, p95Ms: Number.NaN };
  const sorted = [...values].sort((a, b) => a - b);
  return {
    meanMs: values.reduce((s, v) => s + v, 0) / values.length,
    p95Ms: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? Number.NaN,
  };
}

export class FrameStats {
  private readonly startedAt = performance.now();
  private readonly framesAtStart: number | undefined;
  private readonly simulate: number[] = [];
  private readonly snapshot: number[] = [];
  private readonly sync: number[] = [];
  private readonly tick: number[] = [];
  private readonly render: number[] = [];
  private readonly floor: number[] = [];

  constructor(debug?: FloorDebug) {
    this.framesAtStart = debug?.frames;
  }

  /** One lab frame: its simulation and snapshot costs, and the floor's latest step costs. */
  add(simulateMs: number, snapshotMs: number, debug: FloorDebug | undefined): void {
    this.simulate.push(simulateMs);
    this.snapshot.push(snapshotMs);
    if (debug === undefined) return;
    this.sync.push(debug.lastSyncMs);
    this.tick.push(debug.lastTickMs);
    this.render.push(debug.lastRenderMs);
    this.floor.push(debug.lastSyncMs + debug.lastTickMs + debug.lastRenderMs);
  }

  summary(debug: FloorDebug | undefined): FrameSummary {
    const seconds = (performance.now() - this.startedAt) / 1000;
    const renderedFrames = (debug?.frames ?? 0) - (this.framesAtStart ?? debug?.frames ?? 0);
    return {
      renderedFrames,
      seconds,
      framesPerSecond: renderedFrames / seconds,
      simulateMs: summarise(this.simulate),
      snapshotMs: summarise(this.snapshot),
      syncMs: summarise(this.sync),
      tickMs: summarise(this.tick),
      renderMs: summarise(this.render),
      floorMs: summarise(this.floor),
      drawCalls: debug?.drawCalls ?? 0,
      agents: debug?.agentCount ?? 0,
    };
  }
}
