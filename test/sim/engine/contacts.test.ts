// Resolution and repeat contacts (first-contact resolution per customer), transfers and escalations (cold and
// warm), retrials after an abandon or a busy signal on limited trunk lines, and overflow to secondary groups.
import { describe, expect, it } from 'vitest';
import { runScenario, Simulation, type TraceEvent } from '../../../src/sim/engine/simulation';
import { buildScenario } from '../support/scenario-builder';

const HOUR = 3600;
const binomialWithin = (value: number, p: number, n: number) =>
  expect(Math.abs(value - p)).toBeLessThanOrEqual(4 * Math.sqrt((p * (1 - p)) / n) + 1e-12);

function callType(extra: Record<string, unknown>) {
  return {
    id: 'call',
    queue: 'q',
    arrivals: { callsPerHour: [100] },
    talk: { kind: 'exponential', meanSeconds: 240 },
    ...extra,
  };
}

describe('resolution and repeat contacts', () => {
  it('resolves the configured share, and unresolved customers call again', () => {
    const result = runScenario(
      buildScenario({
        horizon: { kind: 'duration', seconds: 100 * HOUR },
        callTypes: [
          callType({
            resolution: { probability: 0.7 },
            repeat: { probability: 1, delay: { kind: 'exponential', meanSeconds: 3600 } },
          }),
        ],
        agentGroups: [{ id: 'g', queues: ['q'], agents: 12 }],
      }),
    ).total;
    // First contacts: 70% resolved (proficiency 1).
    binomialWithin(result.firstContactResolution, 0.7, result.offered * 0.7);
    // Every unresolved contact returns: repeats ≈ 0.3 of all contacts in steady state ((0.3 + 0.09 + …) / (1 + 0.3 + …)).
    binomialWithin(result.repeatRate, 0.3, result.offered);
  });

  it('lets proficiency raise resolution: unresolved share ÷ proficiency', () => {
    const run = (p: number) =>
      runScenario(
        buildScenario({
          horizon: { kind: 'duration', seconds: 100 * HOUR },
          callTypes: [callType({ resolution: { probability: 0.6 } })],
          agentGroups: [{ id: 'g', queues: ['q'], agents: 12, proficiency: { q: p } }],
        }),
      ).total.firstContactResolution;
    const n = 9000;
    binomialWithin(run(1), 0.6, n);
    binomialWithin(run(2), 0.8, n); // 1 − 0.4 / 2
    binomialWithin(run(0.5), 0.2, n); // 1 − 0.4 / 0.5
  });
});

describe('transfers and escalations', () => {
  const tiered = (mode: 'cold' | 'warm', tier2Agents = 4) =>
    buildScenario({
      horizon: { kind: 'duration', seconds: 40 * HOUR },
      departments: [
        { id: 'front', kind: 'customer-service' },
        { id: 'tier2', kind: 'escalation' },
      ],
      queues: [
        { id: 'q', department: 'front' },
        { id: 'esc', department: 'tier2' },
      ],
      callTypes: [
        callType({
          patience: { kind: 'exponential', meanSeconds: 300 },
          transfer: {
            probability: 0.2,
            to: 'esc',
            mode,
            talk: { kind: 'exponential', meanSeconds: 300 },
            ...(mode === 'warm' ? { conference: { kind: 'deterministic', valueSeconds: 30 } } : {}),
          },
        }),
      ],
      agentGroups: [
        { id: 'agents', queues: ['q'], agents: 10 },
        { id: 'leads', queues: ['esc'], agents: tier2Agents, role: 'team-lead' },
      ],
    });

  it('sends the configured share to tier 2, counted as escalations there and in the department', () => {
    const result = runScenario(tiered('cold'));
    const front = result.queues['q']!;
    binomialWithin(front.escalationRate, 0.2, front.answered);
    expect(front.transferredOut).toBe(front.escalated);
    expect(result.queues['esc']!.transferredIn).toBe(result.queues['esc']!.offered);
    // Every escalation reaches tier 2 (transferred callers wait; none is lost on the way).
    expect(result.queues['esc']!.offered).toBe(front.escalated);
    expect(result.departments['front']!.escalationRate).toBe(front.escalationRate);
    // A transferred first contact is not resolved on first contact.
    expect(front.firstContactResolution).toBeCloseTo(1 - front.escalationRate, 2);
  });

  it('grows a queue of escalations when tier 2 is short-handed', () => {
    const short = runScenario(tiered('cold', 1)).queues['esc']!;
    const ample = runScenario(tiered('cold', 6)).queues['esc']!;
    expect(short.meanQueueLength).toBeGreaterThan(5 * ample.meanQueueLength);
    expect(short.asaSeconds).toBeGreaterThan(ample.asaSeconds);
  });

  it('holds the first agent during a warm transfer until the conference ends', () => {
    const events: TraceEvent[] = [];
    const scenario = tiered('warm');
    const result = new Simulation(scenario, { trace: (e) => events.push(e) }).run();
    expect(result.total.holdSeconds).toBeGreaterThan(0);
    const cold = runScenario(tiered('cold'));
    expect(cold.total.holdSeconds).toBe(0);
    // The first agent completes a warm-transferred call no earlier than the tier-2 agent answered it + 30 s.
    const answeredAt = new Map<string, number>();
    for (const e of events) {
      const key = `${e.call}/${e.queue}`;
      if (e.type === 'answered') answeredAt.set(key, e.atSeconds);
      if (e.type === 'completed' && e.queue === 'q' && answeredAt.has(`${e.call}/esc`))
        expect(e.atSeconds).toBeGreaterThanOrEqual(answeredAt.get(`${e.call}/esc`)! + 30 - 1e-9);
    }
  });
});

describe('warm transfers nobody takes', () => {
  it('hold the first agent at most 5 minutes, then leave the caller in the target queue', () => {
    // Tier 2 opens only at 02:00: until then every warm transfer times out.
    const scenario = buildScenario({
      horizon: { kind: 'duration', seconds: 4 * HOUR },
      queues: [{ id: 'q' }, { id: 'esc' }],
      callTypes: [
        callType({
          arrivals: { callsPerHour: [60] },
          transfer: {
            probability: 0.5,
            to: 'esc',
            mode: 'warm',
            talk: { kind: 'deterministic', valueSeconds: 100 },
            conference: { kind: 'deterministic', valueSeconds: 30 },
          },
        }),
      ],
      agentGroups: [
        { id: 'agents', queues: ['q'], agents: 10 },
        { id: 'leads', queues: ['esc'], agents: 0 },
      ],
      schedule: [{ group: 'leads', agents: 2, startAt: 2 * HOUR, endAt: 4 * HOUR }],
    });
    const result = runScenario(scenario);
    const front = result.queues['q']!;
    expect(front.transferredOut).toBeGreaterThan(20);
    // Each hold lasts at most 300 s (timeout) or until the conference ends.
    expect(front.meanHoldSeconds * front.answered).toBeLessThanOrEqual(front.transferredOut * 300 + 1e-6);
    expect(front.meanHoldSeconds).toBeGreaterThan(0);
    // Legs that timed out have no conference: tier 2 talks 100 s on them, 130 s on the others.
    const esc = result.queues['esc']!;
    expect(esc.talkSeconds).toBeGreaterThanOrEqual(100 - 1e-9);
    expect(esc.talkSeconds).toBeLessThan(130);
  });
});

describe('retrials and trunk lines', () => {
  it('blocks callers when every line is in use, and some of them retry', () => {
    const run = (lines: number | undefined, retry: boolean) =>
      runScenario(
        buildScenario({
          horizon: { kind: 'duration', seconds: 20 * HOUR },
          ...(lines === undefined ? {} : { trunkLines: lines }),
          callTypes: [
            callType({
              arrivals: { callsPerHour: [150] },
              patience: { kind: 'exponential', meanSeconds: 120 },
              ...(retry ? { retrial: { probability: 0.8, delay: { kind: 'exponential', meanSeconds: 600 } } } : {}),
            }),
          ],
          agentGroups: [{ id: 'g', queues: ['q'], agents: 8 }],
        }),
      ).total;
    const open = run(undefined, false);
    expect(open.blocked).toBe(0);
    const limited = run(10, false);
    expect(limited.blocked).toBeGreaterThan(0);
    // Fewer lines than agents + queue: fewer callers wait, so waits are shorter.
    expect(limited.maxQueueLength).toBeLessThanOrEqual(2);
    expect(limited.asaSeconds).toBeLessThan(open.asaSeconds);
    const retrying = run(10, true);
    expect(retrying.retrials).toBeGreaterThan(0);
    // Retrials come back as offered calls: more entries than without them.
    expect(retrying.offered).toBeGreaterThan(limited.offered);
  });
});

describe('overflow', () => {
  it('lets a secondary group take callers who waited past the threshold, shortening the long waits', () => {
    const scenario = (overflow: boolean) =>
      buildScenario({
        horizon: { kind: 'duration', seconds: 40 * HOUR },
        queues: [{ id: 'q' }, { id: 'other' }],
        callTypes: [
          callType({ arrivals: { callsPerHour: [140] }, patience: { kind: 'exponential', meanSeconds: 600 } }),
          {
            id: 'light',
            queue: 'other',
            arrivals: { callsPerHour: [20] },
            talk: { kind: 'exponential', meanSeconds: 240 },
          },
        ],
        agentGroups: [
          { id: 'primary', queues: ['q'], agents: 9 },
          { id: 'secondary', queues: ['other'], agents: 4 },
        ],
        ...(overflow
          ? { routing: { policy: 'longest-idle', overflow: [{ queue: 'q', afterSeconds: 30, groups: ['secondary'] }] } }
          : {}),
      });
    const without = runScenario(scenario(false));
    const withOverflow = runScenario(scenario(true));
    expect(withOverflow.queues['q']!.offered).toBe(without.queues['q']!.offered);
    expect(withOverflow.queues['q']!.maxWaitSeconds).toBeLessThan(without.queues['q']!.maxWaitSeconds);
    expect(withOverflow.queues['q']!.asaSeconds).toBeLessThan(without.queues['q']!.asaSeconds);
    // The secondary group now answers primary callers too, and the log says which calls came by overflow.
    expect(withOverflow.groups['secondary']!.answered).toBeGreaterThan(without.groups['secondary']!.answered);
    const events: TraceEvent[] = [];
    new Simulation(scenario(true), { trace: (e) => events.push(e) }).run();
    const overflowed = events.filter((e) => e.type === 'answered' && e.route === 'overflow');
    expect(overflowed.length).toBeGreaterThan(0);
    expect(overflowed.every((e) => e.queue === 'q' && e.agent?.startsWith('secondary-') && e.waitSeconds! >= 30)).toBe(
      true,
    );
  });
});

describe('callbacks (virtual hold)', () => {
  it('offers a callback when the expected wait is long; takers never abandon and free their line', () => {
    const scenario = (callback: boolean) =>
      buildScenario({
        horizon: { kind: 'duration', seconds: 20 * HOUR },
        trunkLines: 13,
        queues: [{ id: 'q', ...(callback ? { callback: { offerAfterSeconds: 60, acceptProbability: 0.5 } } : {}) }],
        callTypes: [
          callType({ arrivals: { callsPerHour: [150] }, patience: { kind: 'exponential', meanSeconds: 180 } }),
        ],
        agentGroups: [{ id: 'g', queues: ['q'], agents: 10 }],
      });
    const without = runScenario(scenario(false)).total;
    const withCallback = runScenario(scenario(true)).total;
    expect(without.callbacksOffered).toBe(0);
    expect(withCallback.callbacksOffered).toBeGreaterThan(0);
    binomialWithin(withCallback.callbacksAccepted / withCallback.callbacksOffered, 0.5, withCallback.callbacksOffered);
    // Callers on virtual hold free their line for others: fewer busy signals. (They still take their turn, so
    // the others wait as long: a callback moves waiting off the lines, it does not remove work.)
    expect(withCallback.blocked).toBeLessThan(without.blocked);
  });

  it('leaves no abandons when every caller who would wait takes a callback', () => {
    const result = runScenario(
      buildScenario({
        horizon: { kind: 'duration', seconds: 10 * HOUR },
        queues: [{ id: 'q', callback: { offerAfterSeconds: 0, acceptProbability: 1 } }],
        callTypes: [
          callType({ arrivals: { callsPerHour: [160] }, patience: { kind: 'exponential', meanSeconds: 30 } }),
        ],
        agentGroups: [{ id: 'g', queues: ['q'], agents: 10 }],
      }),
    ).total;
    expect(result.callbacksAccepted).toBeGreaterThan(100);
    expect(result.abandoned).toBe(0);
    expect(result.answered + result.waitingAtEnd).toBe(result.offered);
  });
});

describe('consults', () => {
  it('put the caller on hold for the consult, which adds to the handle time', () => {
    const scenario = (consult: boolean) =>
      buildScenario({
        horizon: { kind: 'duration', seconds: 40 * HOUR },
        callTypes: [
          callType(
            consult ? { consult: { probability: 0.25, duration: { kind: 'deterministic', valueSeconds: 120 } } } : {},
          ),
        ],
        agentGroups: [{ id: 'g', queues: ['q'], agents: 12 }],
      });
    const plain = runScenario(scenario(false)).total;
    const consulted = runScenario(scenario(true)).total;
    binomialWithin(consulted.consultRate, 0.25, consulted.answered);
    expect(consulted.meanHoldSeconds).toBeCloseTo(120 * consulted.consultRate, 6);
    expect(consulted.holdSeconds).toBeGreaterThan(0);
    expect(plain.meanHoldSeconds).toBe(0);
    expect(consulted.ahtSeconds - plain.ahtSeconds).toBeGreaterThan(20);
  });
});
