// The Web Worker entry: it only exposes the simulator, live and exercise services over Comlink. All simulator code
// (engine, validator, scenarios) is bundled here, off the page's main thread. Snapshots and frames cross with
// their typed arrays transferred, not copied.
import * as Comlink from 'comlink';
import type { FloorSnapshot, SnapshotCallback } from '../sim/api';
import { createLiveService, type FrameCallback } from '../sim/live/live-service';
import { createExerciseService } from '../sim/exercise/exercise-service';
import { createClassroomService } from '../sim/classroom/classroom-service';
import { createSimulatorService } from '../sim/service';
import { builtInScenarios } from '../scenarios/index';
import { builtInExercises } from '../scenarios/exercises/index';
import { largeRunVerdict } from '../ui/pool/large-run-verdict';

type Transferable = Pick<
  FloorSnapshot,
  | 'agentStates'
  | 'agentCalls'
  | 'agentAnswered'
  | 'agentOccupancy'
  | 'agentStateSeconds'
  | 'agentCallPath'
  | 'queueWaiting'
>;

function transferable<T extends Transferable>(snapshot: T): T {
  const arrays = [
    snapshot.agentStates,
    snapshot.agentCalls,
    snapshot.agentAnswered,
    snapshot.agentOccupancy,
    snapshot.agentStateSeconds,
    snapshot.agentCallPath,
    snapshot.queueWaiting,
  ];
  const buffers = arrays.flatMap((array) => (array === undefined ? [] : [array.buffer as ArrayBuffer]));
  return Comlink.transfer(snapshot, buffers);
}

const simulator = createSimulatorService(builtInScenarios);
const live = createLiveService();
const exercise = createExerciseService({ exercises: builtInExercises, scenarios: builtInScenarios });

export const workerApi = {
  ...simulator,
  ...live,
  play(speed: number, onSnapshot: SnapshotCallback): void {
    live.play(speed, (snapshot) => onSnapshot(transferable(snapshot)));
  },
  playFrames(speed: number, onFrame: FrameCallback): void {
    live.playFrames(speed, (frame) => onFrame(transferable(frame)));
  },
  step(simulatedSeconds: number): FloorSnapshot {
    return transferable(live.step(simulatedSeconds));
  },
  snapshot(): FloorSnapshot {
    return transferable(live.snapshot());
  },
  /** Exercises and forked days (src/sim/exercise/exercise-service.ts), reached as `api.exercise.…`. */
  // Proxy-marked so that Comlink's Remote types it as callable (calls travel by path, `exercise.play`).
  exercise: Comlink.proxy({
    ...exercise,
    play(speed: number, onSnapshot: SnapshotCallback): void {
      exercise.play(speed, (snapshot) => onSnapshot(transferable(snapshot)));
    },
    step(simulatedSeconds: number): FloorSnapshot {
      return transferable(exercise.step(simulatedSeconds));
    },
    snapshot(index = 0): FloorSnapshot {
      return transferable(exercise.snapshot(index));
    },
  }),
  /** Class packs, hand-ins and their verification (src/sim/classroom/classroom-service.ts): `api.classroom.…`. */
  classroom: Comlink.proxy(createClassroomService({ exercises: builtInExercises, scenarios: builtInScenarios })),
  /** The work budget's verdict before a fast run: the page asks first when this is defined. */
  largeRunVerdict,
};

/** What the page holds through Comlink.wrap. */
export type WorkerApi = typeof workerApi;

// Held for this worker's whole life: the page learns that it died when the lock frees (src/ui/simulator-worker.ts).
void navigator.locks?.request(`switchboard-worker-life:${self.name}`, () => new Promise<never>(() => undefined));

Comlink.expose(workerApi);
