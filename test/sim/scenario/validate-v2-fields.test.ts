// The fields of schema version 2 (departments, IVR, proficiency, roles, schedule, routing and overflow, costs,
// resolution, repeats, retrials, transfers, trunk lines): each mistake a trainer can make in them is reported
// with the exact field path and a plain reason.
import { describe, expect, it } from 'vitest';
import { formatIssue, validateScenario } from '../../../src/sim/scenario/validate';

const prompt = { kind: 'deterministic', valueSeconds: 10 };

/** A small valid v2 scenario that uses every new field; each test breaks one thing in a fresh copy. */
function validScenario(): Record<string, any> {
  return {
    schemaVersion: 2,
    id: 'tiny',
    name: 'Tiny',
    seed: 'tiny-1',
    intervalMinutes: 30,
    horizon: { kind: 'duration', seconds: 3600 },
    serviceLevel: { thresholdSeconds: 20, target: 0.8 },
    departments: [
      { id: 'shop', name: 'Shop', kind: 'sales' },
      { id: 'help', kind: 'technical-support' },
    ],
    queues: [
      { id: 'sales', department: 'shop', callback: { offerAfterSeconds: 120, acceptProbability: 0.5 } },
      { id: 'support', department: 'help' },
    ],
    callTypes: [
      {
        id: 'order',
        queue: 'sales',
        arrivals: { callsPerHour: [60, 30] },
        talk: { kind: 'lognormal', meanSeconds: 240, cv: 1 },
        patience: { kind: 'exponential', meanSeconds: 180 },
        ivr: 'main',
        resolution: { probability: 0.8 },
        consult: { probability: 0.1, duration: { kind: 'exponential', meanSeconds: 60 } },
        repeat: { probability: 0.5, delay: { kind: 'exponential', meanSeconds: 3600 } },
        retrial: { probability: 0.4, delay: { kind: 'deterministic', valueSeconds: 300 } },
        transfer: {
          probability: 0.1,
          to: 'support',
          mode: 'warm',
          talk: { kind: 'exponential', meanSeconds: 300 },
          conference: { kind: 'deterministic', valueSeconds: 30 },
        },
      },
    ],
    ivr: {
      nodes: [
        {
          id: 'main',
          prompt,
          hangUpProbability: 0.02,
          options: [
            { next: 'buy', probability: 0.7 },
            { next: 'track', probability: 0.3 },
          ],
        },
        { id: 'buy', prompt, misrouteProbability: 0.05 },
        { id: 'track', prompt, selfService: { probability: 0.5, duration: { kind: 'exponential', meanSeconds: 60 } } },
      ],
    },
    agentGroups: [
      {
        id: 'team',
        queues: ['sales', 'support'],
        agents: 3,
        role: 'agent',
        proficiency: { sales: 1.2 },
        hourlyCost: 20,
      },
      { id: 'leads', queues: ['support'], agents: 0, role: 'team-lead' },
    ],
    schedule: [
      {
        group: 'leads',
        agents: 1,
        startAt: 28_800,
        endAt: 61_200,
        breaks: [{ kind: 'lunch', startAt: 43_200, durationSeconds: 1800 }],
        activities: [{ kind: 'coaching', startAt: 36_000, durationSeconds: 1800 }],
        absenceProbability: 0.05,
      },
    ],
    routing: { policy: 'most-proficient', overflow: [{ queue: 'sales', afterSeconds: 60, groups: ['leads'] }] },
    costs: { currency: 'EUR', defaultHourlyCost: 21.5 },
    trunkLines: 20,
  };
}

/** Every issue as `path: message`, the way the CLI prints it. */
function errorsOf(mutate: (s: Record<string, any>) => void): string[] {
  const s = validScenario();
  mutate(s);
  const result = validateScenario(s);
  return result.ok ? [] : result.issues.map(formatIssue);
}

const shift = (s: Record<string, any>) => s.schedule[0];
const node = (s: Record<string, any>, id: string) => s.ivr.nodes.find((n: { id: string }) => n.id === id);

it('accepts the valid base scenario, which uses every version 2 field', () => {
  expect(errorsOf(() => undefined)).toEqual([]);
});

describe('departments', () => {
  it('reports a queue in an unknown department', () => {
    expect(errorsOf((s) => void (s.queues[1].department = 'helpdesk'))).toEqual([
      'queues[1].department: unknown department "helpdesk"',
    ]);
    expect(errorsOf((s) => void delete s.departments)).toEqual([
      'queues[0].department: unknown department "shop"',
      'queues[1].department: unknown department "help"',
    ]);
  });

  it('reports a duplicate department and an unknown kind', () => {
    expect(errorsOf((s) => void s.departments.push({ id: 'shop' }))).toEqual([
      'departments[2].id: duplicate id "shop"',
    ]);
    expect(errorsOf((s) => void (s.departments[0].kind = 'hr'))).toEqual([
      'departments[0].kind: must be one of "customer-service", "technical-support", "sales", "account-management", "escalation", "language-support", "inbound" or "outbound" (got "hr")',
    ]);
  });
});

describe('agent groups: proficiency, role, hourly cost', () => {
  it('reports proficiency for a queue the group does not serve, and for one that does not exist', () => {
    expect(errorsOf((s) => void (s.agentGroups[1].proficiency = { sales: 1.5 }))).toEqual([
      'agentGroups[1].proficiency.sales: is for a queue the group does not serve',
    ]);
    // Not a queue at all: a typo, so say that rather than "not served".
    expect(errorsOf((s) => void (s.agentGroups[0].proficiency.salse = 1))).toEqual([
      'agentGroups[0].proficiency.salse: unknown queue "salse"',
    ]);
  });

  it('keeps proficiency within 0.1 to 3, and its keys ids', () => {
    expect(errorsOf((s) => void (s.agentGroups[0].proficiency.sales = 0))).toEqual([
      'agentGroups[0].proficiency.sales: must be at least 0.1 (got 0)',
    ]);
    expect(errorsOf((s) => void (s.agentGroups[0].proficiency.sales = 4))).toEqual([
      'agentGroups[0].proficiency.sales: must be at most 3 (got 4)',
    ]);
    expect(errorsOf((s) => void (s.agentGroups[0].proficiency = { Sales: 1.2 }))).toEqual([
      'agentGroups[0].proficiency.Sales: is not an allowed key: must be a lowercase id of letters, digits, "-" or "_"',
    ]);
    expect(errorsOf((s) => void (s.agentGroups[0].proficiency = [1.2]))).toEqual([
      'agentGroups[0].proficiency: must be an object {...} (got [1.2])',
    ]);
  });

  it('reports an unknown role and a negative hourly cost', () => {
    expect(errorsOf((s) => void (s.agentGroups[0].role = 'supervisor'))).toEqual([
      'agentGroups[0].role: must be one of "agent", "specialist" or "team-lead" (got "supervisor")',
    ]);
    expect(errorsOf((s) => void (s.agentGroups[0].hourlyCost = -5))).toEqual([
      'agentGroups[0].hourlyCost: must be at least 0 (got -5)',
    ]);
  });
});

describe('schedule', () => {
  it('reports a shift that does not end after it starts', () => {
    expect(
      errorsOf((s) => Object.assign(shift(s), { startAt: 32_400, endAt: 28_800, breaks: [], activities: [] })),
    ).toEqual(['schedule[0].endAt: must be after startAt (got 28800 <= 32400)']);
    expect(
      errorsOf((s) => Object.assign(shift(s), { startAt: 32_400, endAt: 32_400, breaks: [], activities: [] })),
    ).toEqual(['schedule[0].endAt: must be after startAt (got 32400 <= 32400)']);
  });

  it('allows a night shift across midnight, but not one longer than 24 hours', () => {
    const night = {
      startAt: 79_200,
      endAt: 108_000,
      breaks: [{ kind: 'break', startAt: 86_400, durationSeconds: 900 }],
      activities: [],
    };
    expect(errorsOf((s) => Object.assign(shift(s), night))).toEqual([]);
    expect(errorsOf((s) => Object.assign(shift(s), { startAt: 0, endAt: 90_000, breaks: [], activities: [] }))).toEqual(
      ['schedule[0].endAt: a shift lasts at most 24 hours'],
    );
  });

  it('reports a break or an activity outside the shift, with the times, on the field that is out', () => {
    expect(errorsOf((s) => void (shift(s).breaks[0].startAt = 25_200))).toEqual([
      "schedule[0].breaks[0].startAt: must not be before the shift's startAt (got 25200 < 28800)",
    ]);
    // Starts inside but runs past the end of the shift: the duration is what is too long.
    expect(errorsOf((s) => void (shift(s).activities[0].startAt = 60_000))).toEqual([
      "schedule[0].activities[0].durationSeconds: ends after the shift's endAt (got 60000 + 1800 = 61800 > 61200)",
    ]);
    // Starts at or after the end of the shift: the start is what is wrong.
    expect(errorsOf((s) => void (shift(s).activities[0].startAt = 61_200))).toEqual([
      "schedule[0].activities[0].startAt: must be before the shift's endAt (got 61200 >= 61200)",
    ]);
    // Ending exactly at the end of the shift is fine.
    expect(errorsOf((s) => void (shift(s).activities[0].startAt = 59_400))).toEqual([]);
  });

  it('reports overlapping breaks and activities at the later one, naming the other', () => {
    expect(
      errorsOf((s) => void shift(s).breaks.push({ kind: 'break', startAt: 44_000, durationSeconds: 600 })),
    ).toEqual(['schedule[0].breaks[1].startAt: overlaps breaks[0] (lunch, 43200 to 45000)']);
    expect(errorsOf((s) => void (shift(s).activities[0].startAt = 42_000))).toEqual([
      'schedule[0].breaks[0].startAt: overlaps activities[0] (coaching, 42000 to 43800)',
    ]);
    // Back to back is not an overlap.
    expect(errorsOf((s) => void (shift(s).activities[0].startAt = 41_400))).toEqual([]);
  });

  it('finds an overlap between blocks that are not neighbours in time', () => {
    // A long training spans the lunch and a later break; the break does not touch the lunch.
    const spanning = (s: Record<string, any>) => {
      shift(s).activities[0] = { kind: 'training', startAt: 36_000, durationSeconds: 14_000 };
      shift(s).breaks.push({ kind: 'break', startAt: 46_000, durationSeconds: 600 });
    };
    expect(errorsOf(spanning)).toEqual([
      'schedule[0].breaks[0].startAt: overlaps activities[0] (training, 36000 to 50000)',
      'schedule[0].breaks[1].startAt: overlaps activities[0] (training, 36000 to 50000)',
    ]);
  });

  it('reports a shift for an unknown group', () => {
    expect(errorsOf((s) => void (shift(s).group = 'nights'))).toEqual([
      'schedule[0].group: unknown agent group "nights"',
    ]);
  });

  it('rejects unknown break and activity kinds and an absence probability above 1', () => {
    expect(errorsOf((s) => void (shift(s).breaks[0].kind = 'nap'))).toEqual([
      'schedule[0].breaks[0].kind: must be one of "break" or "lunch" (got "nap")',
    ]);
    expect(errorsOf((s) => void (shift(s).activities[0].kind = 'lunch'))).toEqual([
      'schedule[0].activities[0].kind: must be one of "training", "coaching", "meeting" or "qa-review" (got "lunch")',
    ]);
    expect(errorsOf((s) => void (shift(s).absenceProbability = 5))).toEqual([
      'schedule[0].absenceProbability: must be at most 1 (got 5)',
    ]);
  });

  it('counts scheduled agents as staff for the patience rule', () => {
    const supportCall = (s: Record<string, any>) =>
      s.callTypes.push({
        id: 'fault',
        queue: 'support',
        arrivals: { callsPerHour: [10] },
        talk: { kind: 'exponential', meanSeconds: 300 },
      });
    const onlyLeads = (s: Record<string, any>) => {
      supportCall(s);
      s.agentGroups[0].queues = ['sales'];
    };
    // Only the leads serve support, and only through their shift: staffed while the shift has people.
    expect(errorsOf(onlyLeads)).toEqual([]);
    expect(
      errorsOf((s) => {
        onlyLeads(s);
        shift(s).agents = 0;
      }),
    ).toEqual([
      'callTypes[1].patience: is required: no agent serves queue "support", so infinitely patient callers would wait forever',
    ]);
  });
});

describe('IVR', () => {
  it('reports options whose probabilities do not sum to 1, with a readable sum', () => {
    expect(errorsOf((s) => void (node(s, 'main').options[1].probability = 0.05))).toEqual([
      'ivr.nodes[0].options: probabilities must sum to 1 (got 0.75)',
    ]);
    // 0.1 + 0.2 is 0.30000000000000004 in floating point; the message shows 0.3.
    expect(
      errorsOf((s) => {
        node(s, 'main').options[0].probability = 0.1;
        node(s, 'main').options[1].probability = 0.2;
      }),
    ).toEqual(['ivr.nodes[0].options: probabilities must sum to 1 (got 0.3)']);
  });

  it('reports an empty options list once, without a sum', () => {
    expect(errorsOf((s) => void (node(s, 'main').options = []))).toEqual([
      'ivr.nodes[0].options: must have at least 1 item (got [])',
    ]);
  });

  it('reports an unknown IVR node in options and in a call type', () => {
    expect(errorsOf((s) => void (node(s, 'main').options[1].next = 'tracking'))).toEqual([
      'ivr.nodes[0].options[1].next: unknown IVR node "tracking"',
    ]);
    expect(errorsOf((s) => void (s.callTypes[0].ivr = 'welcome'))).toEqual([
      'callTypes[0].ivr: unknown IVR node "welcome"',
    ]);
    expect(errorsOf((s) => void delete s.ivr)).toEqual(['callTypes[0].ivr: unknown IVR node "main"']);
  });

  it('reports a menu that loops, naming the loop', () => {
    const loop = (s: Record<string, any>) => {
      s.ivr.nodes = [
        { id: 'a', prompt, options: [{ next: 'b', probability: 1 }] },
        { id: 'b', prompt, options: [{ next: 'a', probability: 1 }] },
      ];
      s.callTypes[0].ivr = 'a';
    };
    expect(errorsOf(loop)).toEqual(['ivr.nodes: the menu loops: a → b → a']);
    expect(
      errorsOf((s) => {
        loop(s);
        s.ivr.nodes[1].options = [{ next: 'b', probability: 1 }];
      }),
    ).toEqual(['ivr.nodes: the menu loops: b → b']);
  });

  it('accepts two branches that meet again (a diamond is not a loop)', () => {
    expect(
      errorsOf((s) => {
        node(s, 'buy').options = [{ next: 'track', probability: 1 }];
        delete node(s, 'buy').misrouteProbability;
      }),
    ).toEqual([]);
  });

  it('reports misrouteProbability on a node with options', () => {
    expect(errorsOf((s) => void (node(s, 'main').misrouteProbability = 0.1))).toEqual([
      'ivr.nodes[0].misrouteProbability: applies only to a node without options',
    ]);
  });

  it('reports hang-up and self-service probabilities that add up to more than 1', () => {
    expect(errorsOf((s) => void (node(s, 'track').hangUpProbability = 0.6))).toEqual([
      'ivr.nodes[2].selfService.probability: together with hangUpProbability must not exceed 1 (got 0.6 + 0.5 = 1.1)',
    ]);
    // The sum is rounded for display: 0.4 + 0.8 is 1.2000000000000002 in floating point.
    expect(
      errorsOf((s) => {
        node(s, 'track').hangUpProbability = 0.4;
        node(s, 'track').selfService.probability = 0.8;
      }),
    ).toEqual([
      'ivr.nodes[2].selfService.probability: together with hangUpProbability must not exceed 1 (got 0.4 + 0.8 = 1.2)',
    ]);
    // Exactly 1 is allowed: nobody goes on from that node.
    expect(errorsOf((s) => void (node(s, 'track').hangUpProbability = 0.5))).toEqual([]);
  });

  it('requires a prompt and a self-service duration', () => {
    expect(errorsOf((s) => void delete node(s, 'buy').prompt)).toEqual(['ivr.nodes[1].prompt: is required']);
    expect(errorsOf((s) => void delete node(s, 'track').selfService.duration)).toEqual([
      'ivr.nodes[2].selfService.duration: is required',
    ]);
  });

  it('reports a duplicate IVR node id at its path', () => {
    expect(errorsOf((s) => void s.ivr.nodes.push({ id: 'buy', prompt }))).toEqual([
      'ivr.nodes[3].id: duplicate id "buy"',
    ]);
  });
});

describe('routing and costs', () => {
  it('reports an unknown routing policy', () => {
    expect(errorsOf((s) => void (s.routing.policy = 'random'))).toEqual([
      'routing.policy: must be one of "longest-idle" or "most-proficient" (got "random")',
    ]);
  });

  it.each([['usd'], ['US'], ['EURO'], ['€']])('reports the currency code %j', (code) => {
    expect(errorsOf((s) => void (s.costs.currency = code))).toEqual([
      `costs.currency: must be a 3-letter currency code such as USD (got ${JSON.stringify(code)})`,
    ]);
  });

  it('requires both cost fields when costs are given', () => {
    expect(errorsOf((s) => void delete s.costs.defaultHourlyCost)).toEqual(['costs.defaultHourlyCost: is required']);
  });
});

describe('resolution, repeat contacts and retrials', () => {
  it('keeps their probabilities within 0 to 1 and requires a delay', () => {
    expect(errorsOf((s) => void (s.callTypes[0].resolution.probability = 1.2))).toEqual([
      'callTypes[0].resolution.probability: must be at most 1 (got 1.2)',
    ]);
    expect(errorsOf((s) => void (s.callTypes[0].retrial.probability = -0.1))).toEqual([
      'callTypes[0].retrial.probability: must be at least 0 (got -0.1)',
    ]);
    expect(errorsOf((s) => void delete s.callTypes[0].repeat.delay)).toEqual([
      'callTypes[0].repeat.delay: is required',
    ]);
    expect(errorsOf((s) => void (s.callTypes[0].retrial.delay = { kind: 'exponential', meanSeconds: 0 }))).toEqual([
      'callTypes[0].retrial.delay.meanSeconds: must be > 0 (got 0)',
    ]);
  });

  it('rejects unknown fields inside them', () => {
    expect(errorsOf((s) => void (s.callTypes[0].resolution.rate = 0.8))).toEqual([
      'callTypes[0].resolution.rate: unknown field',
    ]);
  });
});

describe('transfers', () => {
  const transfer = (s: Record<string, any>) => s.callTypes[0].transfer;

  it('reports a transfer to an unknown queue', () => {
    expect(errorsOf((s) => void (transfer(s).to = 'suport'))).toEqual([
      'callTypes[0].transfer.to: unknown queue "suport"',
    ]);
  });

  it("reports a transfer to the call type's own queue", () => {
    expect(errorsOf((s) => void (transfer(s).to = 'sales'))).toEqual([
      "callTypes[0].transfer.to: must differ from the call type's own queue",
    ]);
  });

  it('requires a conference for a warm transfer, but not for a cold one', () => {
    expect(errorsOf((s) => void delete transfer(s).conference)).toEqual([
      'callTypes[0].transfer.conference: is required for a warm transfer',
    ]);
    expect(
      errorsOf((s) => {
        delete transfer(s).conference;
        transfer(s).mode = 'cold';
      }),
    ).toEqual([]);
  });

  it('reports an unknown mode and a missing talk time', () => {
    expect(errorsOf((s) => void (transfer(s).mode = 'hot'))).toEqual([
      'callTypes[0].transfer.mode: must be one of "cold" or "warm" (got "hot")',
    ]);
    expect(errorsOf((s) => void delete transfer(s).talk)).toEqual(['callTypes[0].transfer.talk: is required']);
  });
});

describe('overflow', () => {
  it('reports an overflow rule for an unknown queue', () => {
    expect(errorsOf((s) => void (s.routing.overflow[0].queue = 'sale'))).toEqual([
      'routing.overflow[0].queue: unknown queue "sale"',
    ]);
  });

  it('reports an unknown overflow group, at its place in the list', () => {
    expect(errorsOf((s) => void (s.routing.overflow[0].groups = ['leads', 'lead']))).toEqual([
      'routing.overflow[0].groups[1]: unknown agent group "lead"',
    ]);
  });

  it('needs at least one group and a delay of 0 or more', () => {
    expect(errorsOf((s) => void (s.routing.overflow[0].groups = []))).toEqual([
      'routing.overflow[0].groups: must have at least 1 item (got [])',
    ]);
    expect(errorsOf((s) => void (s.routing.overflow[0].afterSeconds = -5))).toEqual([
      'routing.overflow[0].afterSeconds: must be at least 0 (got -5)',
    ]);
    expect(errorsOf((s) => void (s.routing.overflow[0].afterSeconds = 0))).toEqual([]);
  });
});

describe('consults and callbacks', () => {
  it('keeps their probabilities within 0 to 1 and requires their durations', () => {
    expect(errorsOf((s) => void (s.callTypes[0].consult.probability = 2))).toEqual([
      'callTypes[0].consult.probability: must be at most 1 (got 2)',
    ]);
    expect(errorsOf((s) => void delete s.callTypes[0].consult.duration)).toEqual([
      'callTypes[0].consult.duration: is required',
    ]);
    expect(errorsOf((s) => void (s.queues[0].callback.acceptProbability = 1.5))).toEqual([
      'queues[0].callback.acceptProbability: must be at most 1 (got 1.5)',
    ]);
    expect(errorsOf((s) => void (s.queues[0].callback.offerAfterSeconds = -1))).toEqual([
      'queues[0].callback.offerAfterSeconds: must be at least 0 (got -1)',
    ]);
  });
});

describe('trunk lines', () => {
  it('needs at least one whole line', () => {
    expect(errorsOf((s) => void (s.trunkLines = 0))).toEqual(['trunkLines: must be at least 1 (got 0)']);
    expect(errorsOf((s) => void (s.trunkLines = 2.5))).toEqual(['trunkLines: must be a whole number (got 2.5)']);
    expect(errorsOf((s) => void (s.trunkLines = 1))).toEqual([]);
  });
});
