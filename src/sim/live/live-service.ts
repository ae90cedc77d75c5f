// The live half of the worker's API (LiveApi in src/sim/api.ts): one open LiveSession played by a LivePlayer,
// plus `playFrames`, the lighter stream the page uses while playing (only the intervals that changed travel).
// Pure: no DOM and no Comlink; the worker entry adds transfer of the snapshots' typed arrays.
import type {
  FrameCallback,
  LiveFrame,
  FloorLayout,
  FloorSamples,
  FloorSnapshot,
  Intervention,
  InterventionResponse,
  LiveApi,
  OpenLiveResponse,
  SnapshotCallback,
} from '../api';
import { AGENT_STATES } from '../api';
import type { IntervalKpis } from '../results';
import { validateRunOptions } from '../service';
import { LivePlayer, type PlayerOptions } from './live-player';
import { LiveSession } from './live-session';
import { tryLoadScenario } from '../scenario/migrate';
import { checkBudget, largeRunOf } from '../budget';

export type { FrameCallback, LiveFrame } from '../api';

export interface LiveService extends LiveApi {
  /** Plays like `play`, but hands out frames (see LiveFrame) instead of full snapshots. */
  playFrames(speed: number, onFrame: FrameCallback): void;
}

function sameKpis(a: IntervalKpis, b: IntervalKpis): boolean {
  for (const key in a) {
    if (!Object.is(a[key as keyof IntervalKpis], b[key as keyof IntervalKpis])) return false;
  }
  return true;
}

/** Turns successive snapshots into frames, remembering the intervals it has sent. */
export class FrameEncoder {
  private readonly sent: IntervalKpis[] = [];
  /** Samples sent so far, and at which step (a coarser step resends them all). */
  private sentSamples = 0;
  private sentStep = 0;

  encode(snapshot: FloorSnapshot): LiveFrame {
    const { intervals, samples, ...rest } = snapshot;
    const changedIntervals: IntervalKpis[] = [];
    for (const interval of intervals) {
      const previous = this.sent[interval.index];
      if (previous !== undefined && sameKpis(previous, interval)) continue;
      this.sent[interval.index] = interval;
      changedIntervals.push(interval);
    }
    return { ...rest, changedIntervals, ...(samples === undefined ? {} : { samples: this.newSamples(samples) }) };
  }

  /** The samples the page has not had yet: from where the last frame stopped, or all after a change of step. */
  private newSamples(samples: FloorSamples): FloorSamples {
    const from = samples.stepSeconds === this.sentStep ? this.sentSamples : 0;
    const states = AGENT_STATES.length;
    const skip = from - samples.fromIndex;
    this.sentStep = samples.stepSeconds;
    this.sentSamples = samples.fromIndex + samples.waiting.length;
    if (skip <= 0) return samples;
    return {
      stepSeconds: samples.stepSeconds,
      fromIndex: from,
      waiting: samples.waiting.slice(skip),
      agentsByState: samples.agentsByState.slice(skip * states),
    };
  }
}

export function createLiveService(playerOptions: PlayerOptions = {}): LiveService {
  let session: LiveSession | undefined;
  let player: LivePlayer | undefined;

  function open(): { session: LiveSession; player: LivePlayer } {
    if (session === undefined || player === undefined) throw new Error('no live run is open: call openLive first');
    return { session, player };
  }

  return {
    openLive(
      input: unknown,
      options?: { seed?: string | number; replication?: number; allowLargeRun?: boolean },
    ): OpenLiveResponse {
      player?.pause();
      const seedIssues = validateRunOptions(options?.seed === undefined ? undefined : { seed: options.seed });
      if (seedIssues.length > 0) return { ok: false, issues: seedIssues };
      // A link or a file never opens a live run the page cannot keep up with, unless the user allows it.
      const loaded = tryLoadScenario(input);
      if (!loaded.ok) return { ok: false, issues: loaded.issues };
      const budget = checkBudget([loaded.scenario], largeRunOf(options));
      if (budget.length > 0) return { ok: false, issues: budget };
      const opened = LiveSession.open(loaded.scenario, {
        ...(options?.seed === undefined ? {} : { seed: options.seed }),
        ...(options?.replication === undefined ? {} : { replication: options.replication }),
      });
      if (!opened.ok) return { ok: false, issues: opened.issues };
      session = opened.session;
      player = new LivePlayer(session, playerOptions);
      return { ok: true, layout: session.layout };
    },

    play(speed: number, onSnapshot: SnapshotCallback): void {
      open().player.play(speed, onSnapshot);
    },

    playFrames(speed: number, onFrame: FrameCallback): void {
      // A fresh encoder per call: the first frame of each play carries every interval, so the page never
      // depends on frames from an earlier play (or a speed change) having arrived.
      const encoder = new FrameEncoder();
      open().player.play(speed, (snapshot) => onFrame(encoder.encode(snapshot)));
    },

    pause(): void {
      player?.pause();
    },

    step(simulatedSeconds: number): FloorSnapshot {
      return open().player.step(simulatedSeconds);
    },

    snapshot(): FloorSnapshot {
      return open().player.snapshot();
    },

    intervene(action: Intervention): InterventionResponse {
      return open().session.intervene(action);
    },

    layout(): FloorLayout {
      return open().session.layout;
    },
  };
}
