// The typed events of the exercise screens: open an exercise from the list, ask for a decision, and the
// commands of the play bar. Plain classes, no DOM beyond Event.
import type { ExerciseAction } from '../../sim/exercise/types';

export class ExerciseOpenEvent extends Event {
  static readonly eventName = 'sb-exercise-open';
  readonly exerciseId: string;
  constructor(exerciseId: string) {
    super(ExerciseOpenEvent.eventName, { bubbles: true, composed: true });
    this.exerciseId = exerciseId;
  }
}

export class ExerciseDecideEvent extends Event {
  static readonly eventName = 'sb-exercise-decide';
  readonly action: ExerciseAction;
  constructor(action: ExerciseAction) {
    super(ExerciseDecideEvent.eventName, { bubbles: true, composed: true });
    this.action = action;
  }
}

export type PlayCommand =
  | { kind: 'start' }
  | { kind: 'play' }
  | { kind: 'pause' }
  | { kind: 'speed'; speed: number }
  | { kind: 'end' }
  | { kind: 'fork' };

export class PlayCommandEvent extends Event {
  static readonly eventName = 'sb-exercise-command';
  readonly command: PlayCommand;
  constructor(command: PlayCommand) {
    super(PlayCommandEvent.eventName, { bubbles: true, composed: true });
    this.command = command;
  }
}

declare global {
  interface HTMLElementEventMap {
    'sb-exercise-open': ExerciseOpenEvent;
    'sb-exercise-decide': ExerciseDecideEvent;
    'sb-exercise-command': PlayCommandEvent;
  }
}

/** The trainee leaves an exercise (back to the list). */
export class ExerciseCloseEvent extends Event {
  static readonly eventName = 'sb-exercise-close';
  constructor() {
    super(ExerciseCloseEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'sb-exercise-close': ExerciseCloseEvent;
  }
}

/**
 * An exercise is being played (after Start, before its end) or no longer is: while it is, the app keeps every
 * view that would show the rest of the day (results, compare, the scenario list, …) out of reach.
 */
export class ExerciseLockEvent extends Event {
  static readonly eventName = 'sb-exercise-lock';
  readonly isLocked: boolean;
  constructor(isLocked: boolean) {
    super(ExerciseLockEvent.eventName, { bubbles: true, composed: true });
    this.isLocked = isLocked;
  }
}

declare global {
  interface HTMLElementEventMap {
    'sb-exercise-lock': ExerciseLockEvent;
  }
}
