// Routing rules against exact Markov-chain values. Who takes a new call (a queue's groupOrder, random-agent,
// random-group) on two groups of different speeds, one queue and impatient callers: with exponential times the
// busy agents per group and the queue form a Markov chain, solved in the test (support/ctmc.ts). What a freed
// agent takes (a group's queueOrder) on two impatient classes, and the waiting-time score against Cobham's
// non-preemptive priority formula (strict order) and against first come, first served (a large weight).
// Tolerance: 4 standard errors over independent replications (fixed seeds, never tuned).
import { describe, expect, it } from 'vitest';
import { runReplications } from '../../../src/sim/replications';
import type { Estimate } from '../../../src/sim/results';
import { parseScenario } from '../../../src/sim/scenario/validate';
import { expectation, stationary, type Chain } from '../support/ctmc';

const STANDARD_ERRORS = 4;
const REPLICATIONS = 12;
const WARMUP_HOURS = 20;

function expectWithin(name: string, sim: Estimate, exact: number): void {
  const se = sim.stdDev / Math.sqrt(sim.n);
  const message = `${name}: simulated ${sim.mean.toFixed(4)} ± ${se.toExponential(2)} (1 SE), exact ${exact.toFixed(4)}`;
  expect(Math.abs(sim.mean - exact), message).toBeLessThanOrEqual(STANDARD_ERRORS * se + 1e-9);
}

function standardError(sim: Estimate): number {
  return sim.stdDev / Math.sqrt(sim.n);
}

// ---- Who takes a new call -----------------------------------------------------------------------------------

/** A fast group of two agents and a slow one of four, who talk twice as long (proficiency 0.5). */
const TWO_GROUPS = { agents: [2, 4], meanTalk: [240, 480], callsPerHour: 40, patience: 300, maxQueue: 60 };

type Selection = { groupOrder: string[] } | { agentSelection: 'random-agent' | 'random-group' };

function twoGroupScenario(selection: Selection, hours: number) {
  const m = TWO_GROUPS;
  return parseScenario({
    schemaVersion: 2,
    id: 'two-groups',
    name: 'Two groups, one queue',
    seed: `two-groups-${JSON.stringify(selection)}`,
    intervalMinutes: 60,
    horizon: { kind: 'duration', seconds: (WARMUP_HOURS + hours) * 3600, drain: false },
    warmupSeconds: WARMUP_HOURS * 3600,
    serviceLevel: { thresholdSeconds: 20, target: 0.8 },
    queues: [{ id: 'q', ...selection }],
    callTypes: [
      {
        id: 'call',
        queue: 'q',
        arrivals: { callsPerHour: [m.callsPerHour] },
        talk: { kind: 'exponential', meanSeconds: m.meanTalk[0] },
        patience: { kind: 'exponential', meanSeconds: m.patience },
      },
    ],
    agentGroups: [
      { id: 'fast', queues: ['q'], agents: m.agents[0] },
      { id: 'slow', queues: ['q'], agents: m.agents[1], proficiency: { q: m.meanTalk[0]! / m.meanTalk[1]! } },
    ],
  });
}

interface TwoGroupState {
  busy: [number, number];
  queue: number;
}

/** The chain of (busy fast, busy slow, waiting); `route` says which group an arriving call joins. */
function twoGroupChain(route: (idle: [number, number]) => [number, number]): Chain<TwoGroupState> {
  const m = TWO_GROUPS;
  const [c1, c2] = m.agents as [number, number];
  const lambda = m.callsPerHour / 3600;
  const states: TwoGroupState[] = [];
  for (let a = 0; a <= c1; a++) for (let b = 0; b <= c2; b++) states.push({ busy: [a, b], queue: 0 });
  for (let q = 1; q <= m.maxQueue; q++) states.push({ busy: [c1, c2], queue: q });
  return {
    states,
    key: (s) => `${s.busy[0]},${s.busy[1]},${s.queue}`,
    out(s) {
      const moves: [TwoGroupState, number][] = [];
      const idle: [number, number] = [c1 - s.busy[0], c2 - s.busy[1]];
      if (idle[0] + idle[1] > 0) {
        const [p1, p2] = route(idle);
        if (p1 > 0) moves.push([{ busy: [s.busy[0] + 1, s.busy[1]], queue: 0 }, lambda * p1]);
        if (p2 > 0) moves.push([{ busy: [s.busy[0], s.busy[1] + 1], queue: 0 }, lambda * p2]);
      } else if (s.queue < m.maxQueue) moves.push([{ busy: s.busy, queue: s.queue + 1 }, lambda]);
      for (const g of [0, 1] as const) {
        const rate = s.busy[g] / (m.meanTalk[g] as number);
        if (rate === 0) continue;
        // A freed agent takes the first waiting caller (the agent stays busy), or becomes idle.
        const busy: [number, number] = [...s.busy];
        if (s.queue === 0) busy[g]--;
        moves.push([{ busy, queue: Math.max(0, s.queue - 1) }, rate]);
      }
      if (s.queue > 0) moves.push([{ busy: s.busy, queue: s.queue - 1 }, s.queue / m.patience]);
      return moves;
    },
  };
}

function exactTwoGroups(route: (idle: [number, number]) => [number, number]) {
  const chain = twoGroupChain(route);
  const pi = stationary(chain);
  const waiting = expectation(chain, pi, (s) => s.queue);
  return {
    busyFast: expectation(chain, pi, (s) => s.busy[0]),
    busySlow: expectation(chain, pi, (s) => s.busy[1]),
    abandonRate: waiting / TWO_GROUPS.patience / (TWO_GROUPS.callsPerHour / 3600),
  };
}

const selectionCases: { name: string; selection: Selection; route: (idle: [number, number]) => [number, number] }[] = [
  {
    name: 'groupOrder fast, slow',
    selection: { groupOrder: ['fast', 'slow'] },
    route: (i) => (i[0] > 0 ? [1, 0] : [0, 1]),
  },
  {
    name: 'groupOrder slow, fast',
    selection: { groupOrder: ['slow', 'fast'] },
    route: (i) => (i[1] > 0 ? [0, 1] : [1, 0]),
  },
  {
    name: 'random-agent',
    selection: { agentSelection: 'random-agent' },
    route: (i) => [i[0] / (i[0] + i[1]), i[1] / (i[0] + i[1])],
  },
  {
    name: 'random-group',
    selection: { agentSelection: 'random-group' },
    route: (i) => (i[0] > 0 && i[1] > 0 ? [0.5, 0.5] : i[0] > 0 ? [1, 0] : [0, 1]),
  },
];

describe('who takes a new call, against the exact Markov chain', () => {
  for (const c of selectionCases) {
    it(`${c.name}: busy agents per group and abandonment`, () => {
      const exact = exactTwoGroups(c.route);
      const result = runReplications(twoGroupScenario(c.selection, 800), { replications: REPLICATIONS });
      expectWithin('busy fast agents', result.groups.fast!.busyAgents, exact.busyFast);
      expectWithin('busy slow agents', result.groups.slow!.busyAgents, exact.busySlow);
      expectWithin('abandonment rate', result.total.abandonRate, exact.abandonRate);
    });
  }

  it('the rules differ by far more than the tolerance (the test can tell them apart)', () => {
    const values = selectionCases.map((c) => exactTwoGroups(c.route).busyFast);
    // Ordered fast first keeps the fast group busiest; slow first the least; the random rules in between.
    expect(values[0]).toBeGreaterThan(values[2]! + 0.1);
    expect(values[2]).toBeGreaterThan(values[1]! + 0.1);
    expect(Math.abs(values[2]! - values[3]!)).toBeGreaterThan(0.03);
  });
});

// ---- What a freed agent takes -------------------------------------------------------------------------------

const TWO_CLASSES = { agents: 3, meanTalk: 300, callsPerHour: [12, 12], patience: 600, maxQueue: 24 };

function twoClassScenario(
  group: { queueOrder?: string[]; waitWeightPerSecond?: number },
  patience: boolean,
  load: { callsPerHour: number[]; agents: number } = TWO_CLASSES,
) {
  const m = TWO_CLASSES;
  const rates = load.callsPerHour;
  return parseScenario({
    schemaVersion: 2,
    id: 'two-classes',
    name: 'Two classes, one group',
    seed: `two-classes-${JSON.stringify(group)}-${patience}`,
    intervalMinutes: 60,
    horizon: { kind: 'duration', seconds: (WARMUP_HOURS + 600) * 3600, drain: false },
    warmupSeconds: WARMUP_HOURS * 3600,
    serviceLevel: { thresholdSeconds: 20, target: 0.8 },
    queues: [
      { id: 'a', priority: 10 },
      { id: 'b', priority: 0 },
    ],
    callTypes: ['a', 'b'].map((q, i) => ({
      id: `call-${q}`,
      queue: q,
      arrivals: { callsPerHour: [rates[i]] },
      talk: { kind: 'exponential', meanSeconds: m.meanTalk },
      ...(patience ? { patience: { kind: 'exponential', meanSeconds: m.patience } } : {}),
    })),
    agentGroups: [{ id: 'agents', queues: ['a', 'b'], agents: load.agents, ...group }],
  });
}

interface TwoClassState {
  busy: number;
  a: number;
  b: number;
}

/** (busy, waiting a, waiting b) with impatient callers; a freed agent takes `first` before the other. */
function exactTwoClasses(first: 'a' | 'b') {
  const m = TWO_CLASSES;
  const c = m.agents;
  const [la, lb] = m.callsPerHour.map((r) => r / 3600) as [number, number];
  const states: TwoClassState[] = [];
  for (let n = 0; n < c; n++) states.push({ busy: n, a: 0, b: 0 });
  for (let a = 0; a <= m.maxQueue; a++) for (let b = 0; b <= m.maxQueue; b++) states.push({ busy: c, a, b });
  const chain: Chain<TwoClassState> = {
    states,
    key: (s) => `${s.busy},${s.a},${s.b}`,
    out(s) {
      const moves: [TwoClassState, number][] = [];
      if (s.busy < c) {
        moves.push([{ ...s, busy: s.busy + 1 }, la + lb]);
      } else {
        if (s.a < m.maxQueue) moves.push([{ ...s, a: s.a + 1 }, la]);
        if (s.b < m.maxQueue) moves.push([{ ...s, b: s.b + 1 }, lb]);
      }
      if (s.busy > 0) {
        const rate = s.busy / m.meanTalk;
        const takeA = s.a > 0 && (first === 'a' || s.b === 0);
        const takeB = s.b > 0 && !takeA;
        if (takeA) moves.push([{ ...s, a: s.a - 1 }, rate]);
        else if (takeB) moves.push([{ ...s, b: s.b - 1 }, rate]);
        else moves.push([{ ...s, busy: s.busy - 1 }, rate]);
      }
      if (s.a > 0) moves.push([{ ...s, a: s.a - 1 }, s.a / m.patience]);
      if (s.b > 0) moves.push([{ ...s, b: s.b - 1 }, s.b / m.patience]);
      return moves;
    },
  };
  const pi = stationary(chain);
  return {
    abandonA: expectation(chain, pi, (s) => s.a) / m.patience / la,
    abandonB: expectation(chain, pi, (s) => s.b) / m.patience / lb,
  };
}

/** Erlang C's probability of waiting for c agents at offered load a (Erlangs). */
function erlangCWaitProbability(c: number, a: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 1; k < c; k++) {
    term *= a / k;
    sum += term;
  }
  const top = ((term * a) / c) * (c / (c - a));
  return top / (sum + top);
}

describe('what a freed agent takes', () => {
  it("a group's queueOrder overrides the queues' priorities (exact chain, both orders)", () => {
    for (const [order, first] of [
      [undefined, 'a'],
      [['b', 'a'], 'b'],
    ] as const) {
      const exact = exactTwoClasses(first);
      const result = runReplications(twoClassScenario(order ? { queueOrder: [...order] } : {}, true), {
        replications: REPLICATIONS,
      });
      expectWithin(`abandonment of a (${first} first)`, result.queues.a!.abandonRate, exact.abandonA);
      expectWithin(`abandonment of b (${first} first)`, result.queues.b!.abandonRate, exact.abandonB);
    }
    // Direction and size: the class taken second abandons about half as much again (exact: 6.3% and 9.8%).
    const aFirst = exactTwoClasses('a');
    expect(aFirst.abandonB).toBeGreaterThan(1.4 * aFirst.abandonA);
  });

  it("the waiting-time score: strict order matches Cobham's priority formula, a large weight first come first served", () => {
    const c = 2;
    const meanTalk = 300;
    const rates = [10, 10];
    const lambda = rates.map((r) => r / 3600) as [number, number];
    const mu = 1 / meanTalk;
    const offered = (lambda[0] + lambda[1]) / mu;
    const w0 = erlangCWaitProbability(c, offered) / (c * mu);
    const s1 = lambda[0] / (c * mu);
    const s2 = (lambda[0] + lambda[1]) / (c * mu);
    const cobham = [w0 / (1 - s1), w0 / ((1 - s1) * (1 - s2))];
    const fcfs = w0 / (1 - s2);
    const run = (weight: number) =>
      runReplications(twoClassScenario({ waitWeightPerSecond: weight }, false, { callsPerHour: rates, agents: c }), {
        replications: REPLICATIONS,
      });
    const strict = run(0);
    expectWithin('mean wait of a, strict', strict.queues.a!.meanWaitSeconds, cobham[0]!);
    expectWithin('mean wait of b, strict', strict.queues.b!.meanWaitSeconds, cobham[1]!);
    // The priority gap (10) is worth 10 s of waiting: beyond that the longest waiter goes first, as in FCFS.
    const scored = run(1);
    const a = scored.queues.a!.meanWaitSeconds;
    const b = scored.queues.b!.meanWaitSeconds;
    expect(cobham[1]! / cobham[0]!).toBeGreaterThan(5);
    expect(Math.abs(a.mean - b.mean), `a ${a.mean}, b ${b.mean}`).toBeLessThan(
      0.15 * fcfs + 4 * (standardError(a) + standardError(b)),
    );
    expect(b.mean).toBeLessThan(0.75 * strict.queues.b!.meanWaitSeconds.mean);
    expect(a.mean).toBeGreaterThan(2 * strict.queues.a!.meanWaitSeconds.mean);
  });
});
