// Typed custom events that elements send up to the app shell. Pure types and tiny classes; no elements.

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

declare global {
  interface HTMLElementEventMap {
    'sb-run': RunRequestEvent;
    'sb-scenario-select': ScenarioSelectEvent;
    'sb-run-cancel': RunCancelEvent;
  }
}
