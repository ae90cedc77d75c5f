// Plain-data types of classroom mode: the class pack a trainer hands out, the hand-in a trainee hands back, and
// the verified result of one hand-in in the class view. Pure types: they cross the worker boundary as they are.
import type { ExerciseAction, SessionKpis } from '../exercise/types';

export const CLASS_PACK_VERSION = 1;
export const HAND_IN_VERSION = 1;

/** What a trainer hands out: one exercise, one seed, so every trainee plays the same callers. */
export interface ClassPack {
  format: 'switchboard-class-pack';
  version: 1;
  /** The class's name, shown to trainees and on the results (1–80 characters). */
  className: string;
  /** A built-in exercise's id (short links fit a QR code), or the whole exercise as data. */
  exercise: string | Record<string, unknown>;
  /** The exercise's code (exerciseCode) when the pack was made: a changed exercise is refused, not replayed. */
  exerciseCode: string;
  /** The seed every trainee plays (replaces the exercise's own). */
  seed: string | number;
  /**
   * Optional: real minutes at the exercise's play speed after which the day stops for everyone; the simulated end
   * becomes min(endSeconds, minutes × 60 × playSpeed) whatever speed each trainee plays at, so days stay equal.
   */
  timeLimitMinutes?: number;
}

/** What a trainee hands back: the session (decisions with times) and what they saw at the end. */
export interface HandIn {
  format: 'switchboard-hand-in';
  version: 1;
  className: string;
  /** The pack's identity (hash of the exercise as played and its seed). */
  packIdentity: string;
  trainee: { name: string; team?: string };
  session: {
    exerciseId: string;
    exerciseCode: string;
    seed: string | number;
    endedAt: number;
    decisions: { requestedAt: number; action: ExerciseAction }[];
  };
  /** The KPIs and score the trainee saw; verification replays the decisions and compares. */
  claimed: SessionKpis;
}

export type HandInStatus = 'verified' | 'tampered' | 'other-exercise' | 'other-seed' | 'duplicate' | 'malformed';

/** When the trainee reacted to one inject (seconds after it, null = no matching decision). */
export interface InjectReaction {
  injectId: string;
  title: string;
  atSeconds: number;
  latencySeconds: number | null;
}

/** One hand-in after verification: ranked only when `status` is 'verified'. */
export interface ClassResult {
  /** Where it came from: a file name or "code 3", for the per-file messages. */
  source: string;
  status: HandInStatus;
  /** What is wrong, each naming the field ('' when verified). */
  problems: string[];
  trainee?: { name: string; team?: string };
  claimed?: SessionKpis;
  /** The KPIs the replay of the decisions gave. */
  replayed?: SessionKpis;
  objectives?: { id: string; text: string; points: number; maxPoints: number }[];
  reactions?: InjectReaction[];
  /** The hand-in itself, kept to open the trainee's debrief. */
  handIn?: HandIn;
}
