// fast-check generators of small but varied valid scenarios, for property tests of the engine.
import fc from 'fast-check';
import type { Distribution, Scenario } from '../../../src/sim/scenario/schema';
import { parseScenario } from '../../../src/sim/scenario/validate';

export const arbitraryDistribution = (maxMeanSeconds: number): fc.Arbitrary<Distribution> =>
  fc.oneof(
    fc.record({
      kind: fc.constant('exponential' as const),
      meanSeconds: fc.double({ min: 1, max: maxMeanSeconds, noNaN: true }),
    }),
    fc.record({
      kind: fc.constant('deterministic' as const),
      valueSeconds: fc.integer({ min: 0, max: maxMeanSeconds }),
    }),
    fc
      .tuple(fc.integer({ min: 0, max: maxMeanSeconds }), fc.integer({ min: 0, max: maxMeanSeconds }))
      .map(([a, b]) => ({ kind: 'uniform' as const, minSeconds: Math.min(a, b), maxSeconds: Math.max(a, b) })),
    fc.record({
      kind: fc.constant('lognormal' as const),
      meanSeconds: fc.double({ min: 1, max: maxMeanSeconds, noNaN: true }),
      cv: fc.double({ min: 0.1, max: 2, noNaN: true }),
    }),
    fc.record({
      kind: fc.constant('gamma' as const),
      meanSeconds: fc.double({ min: 1, max: maxMeanSeconds, noNaN: true }),
      shape: fc.double({ min: 0.3, max: 5, noNaN: true }),
    }),
    fc.record({
      kind: fc.constant('erlang' as const),
      meanSeconds: fc.double({ min: 1, max: maxMeanSeconds, noNaN: true }),
      k: fc.integer({ min: 1, max: 4 }),
    }),
    fc.record({
      kind: fc.constant('empirical' as const),
      valuesSeconds: fc.array(fc.integer({ min: 0, max: maxMeanSeconds }), { minLength: 2, maxLength: 5 }),
      interpolate: fc.boolean(),
    }),
  );

export interface ArbitraryOptions {
  /** Force drain: true and no warm-up (the settings under which Little's law holds exactly). */
  exactAccounting?: boolean;
  /**
   * Every call type has patience and a warm transfer (probability 0.5–1) to another queue, which the first
   * group (always at least one agent) also serves: a leg waits, its caller may abandon while the agent holds
   * for it, and the agent freed then may be the one who could answer it (issue 19's double free).
   */
  warmTransfers?: boolean;
}

interface OrganisationPick {
  selfManaged: boolean;
  agentsPerLead: number;
  review: boolean;
  peerResolve: number;
  waitingAbove: number;
  meetingAt: number;
  coaching: boolean;
  qa: boolean;
  fatigue: boolean;
  learning: boolean;
}

/**
 * Every organisation mechanism on random settings: the queues but the last form a department with the chosen
 * structure, the last queue (when there are two or more) an escalation department served by a team-lead group.
 * The caller puts the queues in their departments and adds the lead group.
 */
function organisationFields(o: OrganisationPick, queueIds: string[], groupIds: string[]) {
  const escalation = queueIds.length > 1 ? queueIds[queueIds.length - 1] : undefined;
  const teamLeads = { group: 'leads', agentsPerLead: o.agentsPerLead };
  const structure = o.selfManaged
    ? {
        kind: 'self-managed',
        teamLeads,
        pooling: { crossQueueProficiency: 0.8 },
        peerConsult: { resolveProbability: o.peerResolve, duration: { kind: 'exponential', meanSeconds: 90 } },
        breakShifting: { waitingAbove: o.waitingAbove, maxDelayMinutes: 10 },
        knowledgeSharing: { learningSpeedup: 2 },
        meetings: [{ startAt: o.meetingAt, durationSeconds: 600 }],
      }
    : {
        kind: 'hierarchical',
        teamLeads,
        supervisors: { agentsPerSupervisor: 8, hourlyCost: 30 },
        ...(o.review
          ? { review: { everyMinutes: 15, reactionDelayMinutes: 5, waitingAbove: o.waitingAbove, moveAgents: 1 } }
          : {}),
      };
  return {
    departments: [
      { id: 'd', structure },
      { id: 'x', kind: 'escalation' },
    ],
    queueDepartments: Object.fromEntries(queueIds.map((q) => [q, q === escalation ? 'x' : 'd'])),
    leads: { id: 'leads', role: 'team-lead', queues: [escalation ?? queueIds[0]], agents: 1 },
    coaching: o.coaching
      ? { leads: 'leads', groups: groupIds, everyMinutes: 20, durationSeconds: 300, experienceCalls: 5 }
      : undefined,
    qa: o.qa ? { analysts: 2, reviewMinutes: 10, feedbackSeconds: 120, experienceCalls: 5, hourlyCost: 25 } : undefined,
    fatigue: o.fatigue
      ? { occupancyAbove: 0.5, slowdownPerHour: 0.2, recoveryPerHour: 0.1, maxSlowdown: 0.4, absenceIncrease: 0.2 }
      : undefined,
    staff: [{ role: 'manager', count: 1, hourlyCost: 40 }],
    learning: o.learning,
  };
}

export const arbitraryScenario = (options: ArbitraryOptions = {}): fc.Arbitrary<Scenario> =>
  fc
    .record({
      queueCount: fc.integer({ min: 1, max: 3 }),
      priorities: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 3, maxLength: 3 }),
      callTypes: fc.array(
        fc.record({
          queuePick: fc.nat(),
          callsPerHour: fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 1, maxLength: 4 }),
          talk: arbitraryDistribution(600),
          wrap: fc.option(arbitraryDistribution(120), { nil: undefined }),
          patience: fc.option(arbitraryDistribution(400), { nil: undefined }),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      groups: fc.array(
        fc.record({ queueMask: fc.integer({ min: 1, max: 7 }), agents: fc.integer({ min: 0, max: 5 }) }),
        { minLength: 1, maxLength: 3 },
      ),
      horizon: fc.oneof(
        fc.record({
          kind: fc.constant('duration' as const),
          seconds: fc.integer({ min: 600, max: 4 * 3600 }),
          drain: fc.boolean(),
        }),
        fc.record({
          kind: fc.constant('calls' as const),
          count: fc.integer({ min: 1, max: 300 }),
          drain: fc.boolean(),
        }),
      ),
      warmupSeconds: fc.integer({ min: 0, max: 900 }),
      ivr: fc.option(
        fc.record({
          hangUp: fc.double({ min: 0, max: 0.3, noNaN: true }),
          selfService: fc.double({ min: 0, max: 0.5, noNaN: true }),
          misroute: fc.double({ min: 0, max: 0.5, noNaN: true }),
          prompt: arbitraryDistribution(60),
        }),
        { nil: undefined },
      ),
      shift: fc.option(
        fc.record({
          group: fc.nat(),
          agents: fc.integer({ min: 0, max: 4 }),
          startAt: fc.integer({ min: 0, max: 3600 }),
          lengthSeconds: fc.integer({ min: 1800, max: 4 * 3600 }),
          breakAt: fc.double({ min: 0, max: 0.8, noNaN: true }),
          absence: fc.double({ min: 0, max: 0.5, noNaN: true }),
        }),
        { nil: undefined },
      ),
      proficiency: fc.array(fc.double({ min: 0.5, max: 2, noNaN: true }), { minLength: 3, maxLength: 3 }),
      mostProficient: fc.boolean(),
      routingOptions: fc.option(
        fc.record({
          selection: fc.constantFrom(undefined, 'longest-idle', 'most-proficient', 'random-agent', 'random-group'),
          groupOrder: fc.boolean(),
          queueOrder: fc.boolean(),
          waitWeight: fc.option(fc.double({ min: 0, max: 2, noNaN: true }), { nil: undefined }),
        }),
        { nil: undefined },
      ),
      contacts: fc.record({
        resolution: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
        repeat: fc.option(fc.double({ min: 0, max: 0.99, noNaN: true }), { nil: undefined }),
        retrial: fc.option(fc.double({ min: 0, max: 0.99, noNaN: true }), { nil: undefined }),
        retrialAfterBusy: fc.option(fc.double({ min: 0, max: 0.99, noNaN: true }), { nil: undefined }),
        retrialFades: fc.boolean(),
        balking: fc.option(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }), {
          nil: undefined,
        }),
        transfer: fc.option(
          fc.record({ probability: fc.double({ min: 0, max: 0.6, noNaN: true }), warm: fc.boolean() }),
          { nil: undefined },
        ),
        trunkLines: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
        overflowAfter: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
        callbackAfter: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
        consult: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
      }),
      organisation: fc.option(
        fc.record({
          selfManaged: fc.boolean(),
          agentsPerLead: fc.integer({ min: 1, max: 12 }),
          review: fc.boolean(),
          peerResolve: fc.double({ min: 0, max: 1, noNaN: true }),
          waitingAbove: fc.integer({ min: 0, max: 4 }),
          meetingAt: fc.integer({ min: 0, max: 3 * 3600 }),
          coaching: fc.boolean(),
          qa: fc.boolean(),
          fatigue: fc.boolean(),
          learning: fc.boolean(),
        }),
        { nil: undefined },
      ),
      intervalMinutes: fc.constantFrom(15, 30, 60),
      thresholdSeconds: fc.integer({ min: 0, max: 60 }),
      seed: fc.integer({ min: 0, max: 1_000_000 }),
    })
    .map((r) => {
      const warm = options.warmTransfers === true;
      const queueCount = warm ? Math.max(2, r.queueCount) : r.queueCount;
      const queueIds = Array.from({ length: queueCount }, (_, i) => `q${i}`);
      const groups = r.groups.map((g, i) => {
        const queues = warm && i === 0 ? queueIds : queueIds.filter((_, q) => (g.queueMask >> q) & 1);
        const served = queues.length > 0 ? queues : ['q0'];
        return {
          id: `g${i}`,
          queues: served,
          agents: warm && i === 0 ? Math.max(1, g.agents) : g.agents,
          proficiency: { [served[0] as string]: r.proficiency[i] ?? 1 },
        };
      });
      const shift = r.shift;
      const schedule = shift
        ? [
            {
              group: `g${shift.group % groups.length}`,
              agents: shift.agents,
              startAt: shift.startAt,
              endAt: shift.startAt + shift.lengthSeconds,
              breaks: [
                {
                  kind: 'break' as const,
                  startAt: shift.startAt + Math.floor(shift.breakAt * shift.lengthSeconds),
                  durationSeconds: 300,
                },
              ],
              absenceProbability: shift.absence,
            },
          ]
        : undefined;
      // Only always-on agents guarantee service: scheduled ones leave, so their queues need patience limits too.
      const staffed = new Set(groups.filter((g) => g.agents > 0).flatMap((g) => g.queues));
      const c = r.contacts;
      // Transfers go to a queue other than the caller's own, served by an always-on agent (transferred callers wait).
      const transferTarget = (own: string): string | undefined => queueIds.find((q) => q !== own && staffed.has(q));
      const transfer = warm ? { probability: 0.5 + (c.transfer?.probability ?? 0.3) / 1.2, warm: true } : c.transfer;
      const callTypes = r.callTypes.map((ct, i) => {
        const queue = queueIds[ct.queuePick % queueCount] as string;
        // An unstaffed queue needs patient-limited callers, or the scenario is (rightly) invalid.
        const patience =
          ct.patience ??
          (staffed.has(queue) && !warm ? undefined : ({ kind: 'exponential', meanSeconds: 60 } as const));
        return {
          id: `t${i}`,
          queue,
          ...(r.ivr && i === 0 ? { ivr: 'entry' } : {}),
          ...(c.resolution === undefined ? {} : { resolution: { probability: c.resolution } }),
          ...(c.consult === undefined
            ? {}
            : { consult: { probability: c.consult, duration: { kind: 'exponential', meanSeconds: 60 } } }),
          ...(c.repeat === undefined
            ? {}
            : { repeat: { probability: c.repeat, delay: { kind: 'exponential', meanSeconds: 600 } } }),
          ...(c.balking === undefined ? {} : { balking: { probabilityByWaiting: c.balking } }),
          ...(c.retrial === undefined
            ? {}
            : {
                retrial: {
                  probability: c.retrial,
                  delay: { kind: 'exponential', meanSeconds: 120 },
                  ...(c.retrialAfterBusy === undefined
                    ? {}
                    : {
                        afterBusy: { probability: c.retrialAfterBusy, delay: { kind: 'exponential', meanSeconds: 30 } },
                      }),
                  ...(c.retrialFades ? { probabilityByAttempt: [c.retrial, c.retrial / 2, 0] } : {}),
                },
              }),
          ...(transfer && transferTarget(queue)
            ? {
                transfer: {
                  probability: transfer.probability,
                  to: transferTarget(queue),
                  mode: transfer.warm ? 'warm' : 'cold',
                  talk: { kind: 'exponential', meanSeconds: 120 },
                  ...(transfer.warm ? { conference: { kind: 'deterministic', valueSeconds: 20 } } : {}),
                },
              }
            : {}),
          arrivals: { callsPerHour: ct.callsPerHour.some((x) => x > 0) ? ct.callsPerHour : [...ct.callsPerHour, 30] },
          talk: ct.talk,
          ...(ct.wrap ? { afterCallWork: ct.wrap } : {}),
          ...(patience ? { patience } : {}),
        };
      });
      const exact = options.exactAccounting === true;
      const horizon = exact ? { ...r.horizon, drain: true } : r.horizon;
      const warmupSeconds = exact || horizon.kind === 'calls' ? 0 : Math.min(r.warmupSeconds, horizon.seconds - 1);
      const org = r.organisation
        ? organisationFields(
            r.organisation,
            queueIds,
            groups.map((g) => g.id),
          )
        : undefined;
      const ro = r.routingOptions;
      // The first group takes its queues in reverse order and/or scores them by waiting time.
      const ordered = groups.map((g, i) =>
        i === 0 && ro !== undefined
          ? {
              ...g,
              ...(ro.queueOrder ? { queueOrder: [...g.queues].reverse() } : {}),
              ...(ro.waitWeight === undefined ? {} : { waitWeightPerSecond: ro.waitWeight }),
            }
          : g,
      );
      const agentGroups = org
        ? [
            ...ordered.map((g) => (org.learning ? { ...g, learning: { startEfficiency: 0.6, halfwayCalls: 20 } } : g)),
            org.leads,
          ]
        : ordered;
      return parseScenario({
        schemaVersion: 2,
        id: 'arbitrary',
        name: 'Arbitrary',
        seed: r.seed,
        intervalMinutes: r.intervalMinutes,
        horizon,
        warmupSeconds,
        serviceLevel: { thresholdSeconds: r.thresholdSeconds, target: 0.8 },
        queues: queueIds.map((id, i) => ({
          id,
          ...(org ? { department: org.queueDepartments[id] } : {}),
          priority: r.priorities[i] ?? 0,
          ...(i === 0 && ro?.selection !== undefined ? { agentSelection: ro.selection } : {}),
          ...(i === 0 && ro?.groupOrder === true && agentGroups.some((g) => g.queues.includes(id))
            ? {
                groupOrder: agentGroups
                  .filter((g) => g.queues.includes(id))
                  .map((g) => g.id)
                  .reverse(),
              }
            : {}),
          ...(c.callbackAfter !== undefined && i === 0
            ? { callback: { offerAfterSeconds: c.callbackAfter, acceptProbability: 0.5 } }
            : {}),
        })),
        callTypes,
        agentGroups,
        ...(r.ivr
          ? {
              ivr: {
                nodes: [
                  {
                    id: 'entry',
                    prompt: r.ivr.prompt,
                    hangUpProbability: r.ivr.hangUp,
                    selfService: { probability: r.ivr.selfService, duration: { kind: 'exponential', meanSeconds: 60 } },
                    misrouteProbability: r.ivr.misroute,
                  },
                ],
              },
            }
          : {}),
        ...(schedule ? { schedule } : {}),
        ...(r.mostProficient || c.overflowAfter !== undefined
          ? {
              routing: {
                policy: r.mostProficient ? 'most-proficient' : 'longest-idle',
                ...(c.overflowAfter === undefined
                  ? {}
                  : { overflow: [{ queue: 'q0', afterSeconds: c.overflowAfter, groups: groups.map((g) => g.id) }] }),
              },
            }
          : {}),
        ...(c.trunkLines === undefined ? {} : { trunkLines: c.trunkLines }),
        ...(org
          ? { departments: org.departments, coaching: org.coaching, qa: org.qa, fatigue: org.fatigue, staff: org.staff }
          : {}),
      });
    });
