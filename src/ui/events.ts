// Typed custom events that elements send up to the app shell. Pure types and tiny classes; no elements.
import type { Intervention } from '../sim/api';

export interface RunRequest {
  scenarioId: string;
  replications: number;
}

/** A run-form asks for a run of a scenario. */
export class RunRequestEvent extends Event {
  static readonly eventName = 'sb-run';
  readonly request: RunRequest;
  constructor(request: RunRequest) {
    super(RunRequestEvent.eventName, { bubbles: true, composed: true });
    this.request = request;
  }
}

/** The user picked another scenario (the selection only; it does not start a run). */
export class ScenarioSelectEvent extends Event {
  static readonly eventName = 'sb-scenario-select';
  readonly scenarioId: string;
  constructor(scenarioId: string) {
    super(ScenarioSelectEvent.eventName, { bubbles: true, composed: true });
    this.scenarioId = scenarioId;
  }
}

/** The user wants to stop the run in progress. */
export class RunCancelEvent extends Event {
  static readonly eventName = 'sb-run-cancel';
  constructor() {
    super(RunCancelEvent.eventName, { bubbles: true, composed: true });
  }
}

/** What the live controls ask of the live run. */
export type LiveCommand =
  | { kind: 'play' }
  | { kind: 'pause' }
  | { kind: 'step'; simulatedSeconds: number }
  | { kind: 'reset' }
  | { kind: 'speed'; speed: number };

export class LiveCommandEvent extends Event {
  static readonly eventName = 'sb-live-command';
  readonly command: LiveCommand;
  constructor(command: LiveCommand) {
    super(LiveCommandEvent.eventName, { bubbles: true, composed: true });
    this.command = command;
  }
}

/** A trainer's change to the live run (add agents, move them, an arrival surge). */
export class InterventionEvent extends Event {
  static readonly eventName = 'sb-intervene';
  readonly intervention: Intervention;
  constructor(intervention: Intervention) {
    super(InterventionEvent.eventName, { bubbles: true, composed: true });
    this.intervention = intervention;
  }
}

/** The editor's draft changed (any JSON data: the shell validates it in the worker). */
export class ScenarioDraftEvent extends Event {
  static readonly eventName = 'sb-scenario-draft';
  readonly draft: unknown;
  constructor(draft: unknown) {
    super(ScenarioDraftEvent.eventName, { bubbles: true, composed: true });
    this.draft = draft;
  }
}

/** The editor asks to use (`use`) or to save (`save`) its draft; the shell refuses an invalid one. */
export class ScenarioCommitEvent extends Event {
  static readonly eventName = 'sb-scenario-commit';
  readonly draft: unknown;
  readonly action: 'use' | 'save';
  constructor(draft: unknown, action: 'use' | 'save') {
    super(ScenarioCommitEvent.eventName, { bubbles: true, composed: true });
    this.draft = draft;
    this.action = action;
  }
}

export type SavedWorkAction =
  | { kind: 'export' }
  | { kind: 'import'; text: string }
  /** A file refused before it was read (too large): its name and size in bytes. */
  | { kind: 'import-too-large'; fileName: string; bytes: number }
  | { kind: 'share' }
  | { kind: 'delete'; key: string };

/** The user exports, imports or deletes saved work, or asks for a share link of the current scenario. */
export class SavedWorkActionEvent extends Event {
  static readonly eventName = 'sb-saved-work';
  readonly action: SavedWorkAction;
  constructor(action: SavedWorkAction) {
    super(SavedWorkActionEvent.eventName, { bubbles: true, composed: true });
    this.action = action;
  }
}

/** The user wants the result on show kept in this browser. */
export class SaveResultEvent extends Event {
  static readonly eventName = 'sb-save-result';
  constructor() {
    super(SaveResultEvent.eventName, { bubbles: true, composed: true });
  }
}

export type SavedResultAction = { kind: 'open'; key: string } | { kind: 'delete'; key: string };

/** The user reopens or deletes a result saved in this browser. */
export class SavedResultActionEvent extends Event {
  static readonly eventName = 'sb-saved-result';
  readonly action: SavedResultAction;
  constructor(action: SavedResultAction) {
    super(SavedResultActionEvent.eventName, { bubbles: true, composed: true });
    this.action = action;
  }
}

export interface CompareRequest {
  /** One source per variant, baseline first: `builtin:<id>`, `saved:<key>` or `editor`. */
  sources: string[];
  replications: number;
  /** One seed for every variant; absent: the baseline's own seed. */
  seed?: string | number;
}

/** The comparison form asks for variants to be compared on the same callers. */
export class CompareRequestEvent extends Event {
  static readonly eventName = 'sb-compare';
  readonly request: CompareRequest;
  constructor(request: CompareRequest) {
    super(CompareRequestEvent.eventName, { bubbles: true, composed: true });
    this.request = request;
  }
}

/** The user wants to stop the comparison in progress. */
export class CompareCancelEvent extends Event {
  static readonly eventName = 'sb-compare-cancel';
  constructor() {
    super(CompareCancelEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'sb-compare': CompareRequestEvent;
    'sb-compare-cancel': CompareCancelEvent;
    'sb-saved-result': SavedResultActionEvent;
    'sb-save-result': SaveResultEvent;
    'sb-saved-work': SavedWorkActionEvent;
    'sb-scenario-draft': ScenarioDraftEvent;
    'sb-scenario-commit': ScenarioCommitEvent;
    'sb-live-command': LiveCommandEvent;
    'sb-intervene': InterventionEvent;
    'sb-run': RunRequestEvent;
    'sb-scenario-select': ScenarioSelectEvent;
    'sb-run-cancel': RunCancelEvent;
  }
}
