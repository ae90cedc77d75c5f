// A live run of one scenario: advance it to any simulated instant, read snapshots of the floor, intervene.
// Pure and synchronous (no timers): the worker's player decides when to advance. No DOM.
import {
  AGENT_STATES,
  type RoutingPolicy,
  type FloorLayout,
  type FloorSnapshot,
  type Intervention,
  type InterventionResponse,
} from '../api';
import { Simulation, type SimulationOptions } from '../engine/simulation';
import { tryLoadScenario } from '../scenario/migrate';
import { checkProgress, timeCapOf } from '../run-guard';
import { STRUCTURE_CHOICES, structureFor } from '../scenario/default-structures';
import type { StructureSpec } from '../scenario/organisation-schema';
import type { Scenario } from '../scenario/schema';
import type { ValidationIssue } from '../scenario/validate';
import { buildLayout } from './layout';
import { FloorSampler, sampleStepFor } from './floor-sampler';

export const MAX_AGENTS_PER_GROUP = 10_000;
export const MAX_SURGE_FACTOR = 100;
export const MAX_SURGE_SECONDS = 7 * 86_400;

export type OpenResult = { ok: true; session: LiveSession } | { ok: false; issues: ValidationIssue[] };

export class LiveSession {
  /** The scenario as opened; the run follows `sim.scenario`, which a structure change replaces. */
  readonly scenario: Scenario;
  private readonly sim: Simulation;
  private layoutVersion = 1;
  private cachedLayout: FloorLayout | undefined;
  // What the cached layout was built from: the layout is rebuilt when agents are added, when agents move
  // between groups (a review), or when the compiled scenario changes (a structure change: pooled queues).
  private layoutAgents = 0;
  private layoutRegroups = 0;
  private layoutScenario: Scenario;
  private policy: RoutingPolicy;
  /** Callers waiting and agents by state at fixed simulated instants, for the live charts. */
  private readonly sampler: FloorSampler;

  constructor(scenario: Scenario, options: SimulationOptions = {}) {
    this.scenario = scenario;
    this.sim = new Simulation(scenario, options);
    this.layoutAgents = this.sim.agents.count;
    this.layoutRegroups = this.sim.agents.regroups;
    this.layoutScenario = this.sim.scenario;
    this.policy = scenario.routing?.policy ?? 'longest-idle';
    this.sampler = new FloorSampler(
      sampleStepFor(scenario.horizon.kind === 'duration' ? scenario.horizon.seconds : null),
    );
  }

  /** The routing rule in force: the scenario's, until an intervention changes it. */
  get routingPolicy(): RoutingPolicy {
    return this.policy;
  }

  /** Validates (and migrates) any input and opens a live run of it at time 0. */
  static open(input: unknown, options: Omit<SimulationOptions, 'trace'> = {}): OpenResult {
    const loaded = tryLoadScenario(input);
    if (!loaded.ok) return { ok: false, issues: loaded.issues };
    return { ok: true, session: new LiveSession(loaded.scenario, options) };
  }

  get nowSeconds(): number {
    return this.sim.nowSeconds;
  }

  get isFinished(): boolean {
    return this.sim.isFinished;
  }

  get eventCount(): number {
    return this.sim.eventCount;
  }

  /** The structure a department follows now (undefined for none, or an unknown department). */
  structureOf(departmentId: string): StructureSpec | undefined {
    return this.sim.scenario.departments?.find((d) => d.id === departmentId)?.structure;
  }

  get layout(): FloorLayout {
    const agents = this.sim.agents;
    const compiled = this.sim.scenario;
    if (
      agents.count !== this.layoutAgents ||
      agents.regroups !== this.layoutRegroups ||
      compiled !== this.layoutScenario
    ) {
      this.layoutAgents = agents.count;
      this.layoutRegroups = agents.regroups;
      this.layoutScenario = compiled;
      this.layoutVersion++;
      this.cachedLayout = undefined;
    }
    this.cachedLayout ??= buildLayout(
      compiled,
      Array.from(agents.group.subarray(0, agents.count)),
      this.layoutVersion,
      Array.from(agents.ordinal.subarray(0, agents.count)),
    );
    return this.cachedLayout;
  }

  /** Processes every event up to `seconds` (no further than the end of the run). */
  advanceTo(seconds: number): void {
    if (seconds <= this.sim.nowSeconds) return;
    // Stops at every sample instant on the way, so the samples do not depend on how the run is sliced.
    const sampler = this.sampler;
    while (!this.sim.isFinished && sampler.nextAtSeconds <= seconds) {
      this.sim.runUntil(sampler.nextAtSeconds);
      if (this.sim.isFinished) break;
      const agents = this.sim.agents;
      sampler.record({ waiting: this.sim.stats.waiting, agentStates: agents.state, agentCount: agents.count });
    }
    this.sim.runUntil(seconds);
    // The guard of fast runs, without their event cap: live surges may multiply the calls a hundredfold.
    checkProgress(this.sim, Infinity, timeCapOf(this.scenario));
  }

  snapshot(): FloorSnapshot {
    const sim = this.sim;
    const agents = sim.agents;
    const n = agents.count;
    const agentCalls = new Float64Array(n);
    const agentCallPath = new Float64Array(n * 5).fill(NaN);
    for (let i = 0; i < n; i++) {
      const slot = agents.call[i] as number;
      agentCalls[i] = slot >= 0 ? sim.callSerialOf(slot) : 0;
      if (slot >= 0) sim.writeCallPath(slot, agentCallPath, i * 5);
    }
    const agentOccupancy = new Float64Array(n);
    const states = AGENT_STATES.length;
    const agentStateSeconds = new Float64Array(n * states);
    const t = sim.nowSeconds;
    for (let i = 0; i < n; i++) {
      let busy = 0;
      let available = 0;
      AGENT_STATES.forEach((name, state) => {
        const seconds = agents.secondsIn(i, state, t);
        agentStateSeconds[i * states + state] = seconds;
        if (name === 'logged-out' || name === 'break' || name === 'off-phone') return;
        available += seconds;
        if (name === 'talking' || name === 'hold' || name === 'wrap-up') busy += seconds;
      });
      agentOccupancy[i] = available > 0 ? busy / available : NaN;
    }
    const result = sim.resultSoFar();
    return {
      atSeconds: sim.nowSeconds,
      finished: sim.isFinished,
      layoutVersion: this.layout.version,
      agentStates: agents.state.slice(0, n),
      agentCalls,
      agentAnswered: agents.answered.slice(0, n),
      agentOccupancy,
      agentStateSeconds,
      agentCallPath,
      queueWaiting: sim.stats.waiting.slice(),
      flows: { ...sim.flows },
      total: result.total,
      queues: result.queues,
      groups: result.groups,
      intervals: result.intervals,
      samples: this.sampler.samples(),
    };
  }

  intervene(action: Intervention): InterventionResponse {
    const issues = this.check(action);
    if (issues.length > 0) return { ok: false, issues };
    const sim = this.sim;
    switch (action.kind) {
      case 'set-agents':
        sim.setGroupAgents(sim.groupIds.indexOf(action.group), action.agents);
        break;
      case 'move-agents': {
        const from = sim.groupIds.indexOf(action.from);
        const to = sim.groupIds.indexOf(action.to);
        // The same people move (idle ones now, busy ones after their call), as in a supervisor's review.
        sim.moveAgents(from, to, action.agents);
        break;
      }
      case 'ivr-outage':
        sim.ivrOutage(action.durationSeconds, action.mode === 'busy-signal');
        break;
      case 'set-routing-policy':
        sim.setRoutingPolicy(action.policy);
        this.policy = action.policy;
        break;
      case 'arrival-surge': {
        const types =
          action.callType === undefined ? this.scenario.callTypes.map((_, i) => i) : [this.typeIndex(action.callType)];
        for (const i of types) sim.surgeArrivals(i, action.factor, action.durationSeconds);
        break;
      }
      case 'set-structure':
        sim.setStructure(
          action.department,
          structureFor(
            this.scenario,
            action.department,
            action.structure,
            sim.scenario.departments?.find((d) => d.id === action.department)?.structure,
          ),
        );
        break;
    }
    return { ok: true, layout: this.layout };
  }

  /** A system slowdown (a CRM outage): calls answered in the next `durationSeconds` talk `factor` × longer. */
  systemSlowdown(factor: number, durationSeconds: number): void {
    this.sim.slowDownTalk(factor, durationSeconds);
  }

  private typeIndex(id: string): number {
    return this.scenario.callTypes.findIndex((ct) => ct.id === id);
  }

  private check(action: Intervention): ValidationIssue[] {
    if (this.sim.isFinished) return [{ path: '', message: 'the run has finished; reset it to intervene again' }];
    const issues: ValidationIssue[] = [];
    const groupExists = (field: string, id: string): void => {
      if (!this.sim.groupIds.includes(id)) issues.push({ path: field, message: `unknown agent group "${id}"` });
    };
    const duration = (seconds: number): void => {
      if (!(Number.isFinite(seconds) && seconds > 0 && seconds <= MAX_SURGE_SECONDS))
        issues.push({
          path: 'durationSeconds',
          message: `must be above 0 and at most ${MAX_SURGE_SECONDS} seconds (got ${seconds})`,
        });
    };
    const count = (field: string, value: number, max: number): void => {
      if (!Number.isInteger(value) || value < 0 || value > max)
        issues.push({ path: field, message: `must be a whole number from 0 to ${max} (got ${value})` });
    };
    switch (action.kind) {
      case 'set-agents':
        groupExists('group', action.group);
        count('agents', action.agents, MAX_AGENTS_PER_GROUP);
        break;
      case 'move-agents': {
        groupExists('from', action.from);
        groupExists('to', action.to);
        if (action.from === action.to) issues.push({ path: 'to', message: 'must differ from "from"' });
        const available = this.sim.groupIds.includes(action.from)
          ? this.sim.activeAgents(this.sim.groupIds.indexOf(action.from))
          : 0;
        count('agents', action.agents, available);
        break;
      }
      case 'ivr-outage':
        if (this.scenario.ivr === undefined) issues.push({ path: 'kind', message: 'this scenario has no IVR' });
        if (action.mode !== 'route-to-agents' && action.mode !== 'busy-signal')
          issues.push({
            path: 'mode',
            message: `must be "route-to-agents" or "busy-signal" (got ${JSON.stringify(action.mode)})`,
          });
        duration(action.durationSeconds);
        break;
      case 'set-routing-policy':
        if (action.policy !== 'longest-idle' && action.policy !== 'most-proficient')
          issues.push({
            path: 'policy',
            message: `must be "longest-idle" or "most-proficient" (got ${JSON.stringify(action.policy)})`,
          });
        break;
      case 'arrival-surge':
        if (action.callType !== undefined && this.typeIndex(action.callType) < 0)
          issues.push({ path: 'callType', message: `unknown call type "${action.callType}"` });
        if (!(Number.isFinite(action.factor) && action.factor > 0 && action.factor <= MAX_SURGE_FACTOR))
          issues.push({
            path: 'factor',
            message: `must be a number above 0 and at most ${MAX_SURGE_FACTOR} (got ${action.factor})`,
          });
        duration(action.durationSeconds);
        break;
      case 'set-structure': {
        const departments = this.scenario.departments ?? [];
        if (typeof action.department !== 'string' || !departments.some((d) => d.id === action.department))
          issues.push({
            path: 'department',
            message:
              departments.length === 0
                ? 'this scenario has no departments'
                : `unknown department ${JSON.stringify(action.department)} (one of ${departments.map((d) => d.id).join(', ')})`,
          });
        if (!(STRUCTURE_CHOICES as readonly unknown[]).includes(action.structure))
          issues.push({
            path: 'structure',
            message: `must be one of ${STRUCTURE_CHOICES.join(', ')} (got ${JSON.stringify(action.structure)})`,
          });
        break;
      }
      default:
        issues.push({ path: 'kind', message: `unknown intervention "${String((action as { kind: unknown }).kind)}"` });
    }
    return issues;
  }
}
