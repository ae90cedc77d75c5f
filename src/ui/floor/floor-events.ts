// Typed events that <sb-floor-view> sends up to whoever hosts it. Pure types and tiny classes; no three.

/** The user picked an agent on the floor (by click or keyboard). */
export class AgentSelectEvent extends Event {
  static readonly eventName = 'sb-agent-select';
  /** Index into FloorLayout.agents. */
  readonly agentIndex: number;
  readonly agentId: string;
  constructor(agentIndex: number, agentId: string) {
    super(AgentSelectEvent.eventName, { bubbles: true, composed: true });
    this.agentIndex = agentIndex;
    this.agentId = agentId;
  }
}

/** The user picked a department (an agent group's zone). */
export class DepartmentSelectEvent extends Event {
  static readonly eventName = 'sb-department-select';
  readonly groupId: string;
  constructor(groupId: string) {
    super(DepartmentSelectEvent.eventName, { bubbles: true, composed: true });
    this.groupId = groupId;
  }
}

declare global {
  interface HTMLElementEventMap {
    'sb-agent-select': AgentSelectEvent;
    'sb-department-select': DepartmentSelectEvent;
  }
}
