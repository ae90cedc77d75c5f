// The decisions and bookkeeping of how the floor is organised, over time: who coaches whom, which agent QA
// reviews, whether a break is put off, which group gives agents to which at a review, how tired agents are, and
// what all of it counts. The Simulation carries the decisions out (agent states, events); this file owns the
// parameters, the per-agent extras (experience, fatigue, sessions) and the counters. Pure, no DOM.
import type { OrganisationKpis } from '../results';
import type { Scenario } from '../scenario/schema';
import type { FatigueSpec, StructureSpec } from '../scenario/organisation-schema';
import { groupDepartment } from '../scenario/organisation-rules';
import { departmentAgents } from '../scenario/structures';
import { makeSampler, type Sampler } from '../random/distributions';
import type { Rng } from '../random/streams';
import { grownTo } from './typed-arrays';

/** What an agent is doing off the phones because of the organisation (0: nothing). */
export const SESSION_NONE = 0;
export const SESSION_MEETING = 1;
export const SESSION_FEEDBACK = 2;
export const SESSION_COACHING = 3;

/** Sub-kinds of the organisation's events (the low 4 bits of the payload; the rest is `data`). */
export const ORG_DAY = 0; // data: day index
export const ORG_MEETING_START = 1; // data: department × 32 + meeting
export const ORG_MEETING_END = 2; // data: department
export const ORG_REVIEW = 3; // data: department
export const ORG_REASSIGN = 4; // data: (department × 1024 + donor group) × 1024 + recipient group
export const ORG_COACH_TICK = 5;
export const ORG_SESSION_END = 6; // data: agent (a coaching or feedback session ends)
export const ORG_QA_TICK = 7;
export const ORG_FATIGUE_TICK = 8;
export const ORG_TRAINING_CREDIT = 9; // data: agent × 32 + activity index of its shift

export const FATIGUE_TICK_SECONDS = 900;
/** A postponed break is looked at again after this long. */
export const BREAK_RETRY_SECONDS = 60;

interface DepartmentModel {
  id: string;
  /** Undefined for a department without a structure (it may get one during a live run). */
  structure: StructureSpec | undefined;
  /** Queue indices of the department. */
  queues: number[];
  /** Agent groups of the department (team leads excluded). */
  groups: number[];
  peerDuration: Sampler | null;
}

/** The organisation KPIs of a run without any organisation mechanism. */
export function noOrganisationKpis(): OrganisationKpis {
  return {
    peerConsults: 0,
    peerConsultsResolved: 0,
    peerUnavailable: 0,
    breaksShifted: 0,
    breakShiftMeanSeconds: NaN,
    meetingSessions: 0,
    coachingSessions: 0,
    qaReviews: 0,
    qaFeedbackSessions: 0,
    trainingSessions: 0,
    agentsReassigned: 0,
    supportStaffCost: 0,
    meanEfficiency: NaN,
    meanSlowdown: NaN,
  };
}

export class Organisation {
  /** Every department of the scenario, in its order (indices are stable for the whole run). */
  departments: DepartmentModel[] = [];
  /** Per group: index into departments, or -1. */
  groupDepartment: Int32Array = new Int32Array(0);
  readonly coaching: Scenario['coaching'];
  readonly coachingGroups: number[];
  /** The team-lead group that coaches (-1 without coaching). */
  readonly coachingLeadGroup: number;
  readonly qa: Scenario['qa'];
  readonly qaGroups: number[];
  readonly fatigue: FatigueSpec | undefined;
  /** True when any mechanism needs the agent-freed hook (feedback or meetings). */
  hooksFreedAgents = false;
  /** Support staff cost per hour now, and the cost accrued (after the warm-up) up to `costAnchorAt`. */
  supportCostPerHour = 0;
  private costAnchorAt = 0;
  private costAccrued = 0;
  private readonly groupIds: readonly string[];
  private readonly queueIds: readonly string[];
  readonly rng: Rng;

  // Per agent (grown with the agent pool).
  experience: Float64Array = new Float64Array(64);
  slowdown: Float64Array = new Float64Array(64);
  session: Uint8Array = new Uint8Array(64);
  feedbackDue: Uint8Array = new Uint8Array(64);
  meetingUntil: Float64Array = new Float64Array(64);
  /** When the agent's coaching or feedback session ends (an older end event is stale). */
  sessionEndAt: Float64Array = new Float64Array(64);
  /** For an agent consulting a peer: the peer. */
  peer: Int32Array = new Int32Array(64);
  /** A break put off: 1 while it waits, its length, and when it was due. */
  breakPostponed: Uint8Array = new Uint8Array(64);
  breakDuration: Float64Array = new Float64Array(64);
  breakDueAt: Float64Array = new Float64Array(64);
  /** End of a break that started late (an earlier AWAY_END of the agent is stale); 0 if none. */
  deferredBreakEnd: Float64Array = new Float64Array(64);
  /** Busy and available seconds at the last fatigue tick. */
  fatigueBusy: Float64Array = new Float64Array(64);
  fatigueAvailable: Float64Array = new Float64Array(64);

  /** What the organisation did so far (the KPIs' counts; the means and the cost are worked out at the end). */
  readonly counts = { ...noOrganisationKpis(), breakShiftSeconds: 0 };

  private constructor(
    scenario: Scenario,
    groupIds: readonly string[],
    queueIds: readonly string[],
    rng: Rng,
    warmupAt: number,
  ) {
    this.rng = rng;
    const groupIndex = new Map(groupIds.map((g, i) => [g, i]));
    this.groupIds = groupIds;
    this.queueIds = queueIds;
    this.costAnchorAt = warmupAt;
    this.coaching = scenario.coaching;
    this.coachingGroups = (scenario.coaching?.groups ?? []).map((g) => groupIndex.get(g) as number);
    this.coachingLeadGroup = scenario.coaching ? (groupIndex.get(scenario.coaching.leads) as number) : -1;
    this.qa = scenario.qa;
    this.qaGroups = scenario.qa?.groups
      ? scenario.qa.groups.map((g) => groupIndex.get(g) as number)
      : scenario.agentGroups.flatMap((g, gi) => (g.role === 'team-lead' ? [] : [gi]));
    this.fatigue = scenario.fatigue;
    this.buildStructures(scenario, warmupAt);
  }

  /**
   * The department models, and what depends on them (the agent-freed hook, the support cost rate), from a
   * compiled scenario: at the start, and again when a structure changes during a run (at `t`).
   */
  buildStructures(scenario: Scenario, t: number): void {
    const queueIndex = new Map(this.queueIds.map((q, i) => [q, i]));
    this.groupDepartment = new Int32Array(this.groupIds.length).fill(-1);
    this.departments = (scenario.departments ?? []).map((d, di) => {
      const structure = d.structure;
      const groups: number[] = [];
      scenario.agentGroups.forEach((g, gi) => {
        if (g.role === 'team-lead' || groupDepartment(scenario, g) !== d.id) return;
        groups.push(gi);
        this.groupDepartment[gi] = di;
      });
      return {
        id: d.id,
        structure,
        queues: scenario.queues.flatMap((q) => (q.department === d.id ? [queueIndex.get(q.id) as number] : [])),
        groups,
        peerDuration:
          structure?.kind === 'self-managed' && structure.peerConsult
            ? makeSampler(structure.peerConsult.duration)
            : null,
      };
    });
    this.hooksFreedAgents =
      scenario.qa !== undefined ||
      this.departments.some((d) => d.structure?.kind === 'self-managed' && (d.structure.meetings?.length ?? 0) > 0);
    let perHour = (scenario.qa?.analysts ?? 0) * (scenario.qa?.hourlyCost ?? 0);
    for (const s of scenario.staff ?? []) perHour += s.count * s.hourlyCost;
    for (const d of scenario.departments ?? []) {
      const supervisors = d.structure?.supervisors;
      if (supervisors)
        perHour +=
          Math.ceil(departmentAgents(scenario, d.id) / supervisors.agentsPerSupervisor) * supervisors.hourlyCost;
    }
    // The old rate applies up to t (after the warm-up), the new one from there.
    if (t > this.costAnchorAt) {
      this.costAccrued += (this.supportCostPerHour * (t - this.costAnchorAt)) / 3600;
      this.costAnchorAt = t;
    }
    this.supportCostPerHour = perHour;
  }

  /** The organisation of a scenario, or null when it uses none of these mechanisms (the engine then skips them). */
  static create(
    scenario: Scenario,
    groupIds: readonly string[],
    queueIds: readonly string[],
    rng: Rng,
    warmupAt: number,
    always = false,
  ): Organisation | null {
    const used =
      (scenario.departments ?? []).some((d) => d.structure !== undefined) ||
      scenario.coaching !== undefined ||
      scenario.qa !== undefined ||
      (scenario.staff?.length ?? 0) > 0 ||
      scenario.fatigue !== undefined ||
      (scenario.schedule ?? []).some((s) => (s.activities ?? []).some((a) => (a.experienceCalls ?? 0) > 0));
    return used || always ? new Organisation(scenario, groupIds, queueIds, rng, warmupAt) : null;
  }

  /** Makes room for `agents` agents in the per-agent arrays. */
  ensureAgents(agents: number): void {
    if (agents <= this.experience.length) return;
    let n = this.experience.length;
    while (n < agents) n *= 2;
    this.experience = grownTo(this.experience, n);
    this.slowdown = grownTo(this.slowdown, n);
    this.session = grownTo(this.session, n);
    this.feedbackDue = grownTo(this.feedbackDue, n);
    this.meetingUntil = grownTo(this.meetingUntil, n);
    this.sessionEndAt = grownTo(this.sessionEndAt, n);
    this.peer = grownTo(this.peer, n);
    this.breakPostponed = grownTo(this.breakPostponed, n);
    this.breakDuration = grownTo(this.breakDuration, n);
    this.breakDueAt = grownTo(this.breakDueAt, n);
    this.deferredBreakEnd = grownTo(this.deferredBreakEnd, n);
    this.fatigueBusy = grownTo(this.fatigueBusy, n);
    this.fatigueAvailable = grownTo(this.fatigueAvailable, n);
  }

  /** The department model of a group, or undefined. */
  departmentOf(gi: number): DepartmentModel | undefined {
    const di = this.groupDepartment[gi] as number;
    return di >= 0 ? this.departments[di] : undefined;
  }

  /** Peer-consult parameters for an agent of group gi, when its department has them. */
  peerConsultFor(gi: number): { resolveProbability: number; duration: Sampler } | undefined {
    const d = this.departmentOf(gi);
    if (d === undefined || d.structure?.kind !== 'self-managed' || d.structure.peerConsult === undefined)
      return undefined;
    return { resolveProbability: d.structure.peerConsult.resolveProbability, duration: d.peerDuration as Sampler };
  }

  /** Break shifting of group gi's department, if any. */
  breakShiftingFor(gi: number): { waitingAbove: number; maxDelaySeconds: number; queues: number[] } | undefined {
    const d = this.departmentOf(gi);
    if (d === undefined || d.structure?.kind !== 'self-managed' || d.structure.breakShifting === undefined)
      return undefined;
    return {
      waitingAbove: d.structure.breakShifting.waitingAbove,
      maxDelaySeconds: d.structure.breakShifting.maxDelayMinutes * 60,
      queues: d.queues,
    };
  }

  /**
   * Fatigue over the last tick: an agent whose occupancy (busy ÷ available time since the last tick) exceeded
   * the threshold slows down, others recover. `busy` and `available` are the agent's totals so far.
   */
  updateFatigue(agent: number, busySeconds: number, availableSeconds: number, tickSeconds: number): void {
    const f = this.fatigue as FatigueSpec;
    const busy = busySeconds - (this.fatigueBusy[agent] as number);
    const available = availableSeconds - (this.fatigueAvailable[agent] as number);
    this.fatigueBusy[agent] = busySeconds;
    this.fatigueAvailable[agent] = availableSeconds;
    const hours = tickSeconds / 3600;
    const tired = available > 0 && busy / available > f.occupancyAbove;
    const next = (this.slowdown[agent] as number) + (tired ? f.slowdownPerHour : -f.recoveryPerHour) * hours;
    this.slowdown[agent] = Math.min(f.maxSlowdown, Math.max(0, next));
  }

  /** Extra absence probability of a tired agent on a new day. */
  absenceBoost(agent: number): number {
    const f = this.fatigue;
    if (f === undefined || f.maxSlowdown === 0 || agent >= this.slowdown.length) return 0;
    return (f.absenceIncrease * (this.slowdown[agent] as number)) / f.maxSlowdown;
  }

  /** Labour cost of the people who take no calls, from the warm-up to `t`. */
  supportCost(t: number): number {
    return this.costAccrued + (t > this.costAnchorAt ? (this.supportCostPerHour * (t - this.costAnchorAt)) / 3600 : 0);
  }
}
