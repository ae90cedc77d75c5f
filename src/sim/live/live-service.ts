// The live half of the worker's API (LiveApi in src/sim/api.ts): one open LiveSession played by a LivePlayer.
// Pure: no DOM and no Comlink; the worker entry adds transfer of the snapshots' typed arrays.
import type { FloorSnapshot, Intervention, InterventionResponse, LiveApi, OpenLiveResponse, SnapshotCallback } from '../api';
import { validateRunOptions } from '../service';
import { LivePlayer, type PlayerOptions } from './live-player';
import { LiveSession } from './live-session';

export function createLiveService(playerOptions: PlayerOptions = {}): LiveApi {
  let session: LiveSession | undefined;
  let player: LivePlayer | undefined;

  function open(): { session: LiveSession; player: LivePlayer } {
    if (session === undefined || player === undefined) throw new Error('no live run is open: call openLive first');
    return { session, player };
  }

  return {
    openLive(input: unknown, options?: { seed?: string | number; replication?: number }): OpenLiveResponse {
      player?.pause();
      const seedIssues = validateRunOptions(options?.seed === undefined ? undefined : { seed: options.seed });
      if (seedIssues.length > 0) return { ok: false, issues: seedIssues };
      const opened = LiveSession.open(input, {
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
  };
}
