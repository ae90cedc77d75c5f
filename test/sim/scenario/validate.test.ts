// The validator must name the field path and say in plain words what is wrong, for every kind of mistake a
// trainer can make by hand in a scenario file.
import { describe, expect, it } from 'vitest';
import { formatIssue, parseScenario, ScenarioError, validateScenario } from '../../../src/sim/scenario/validate';

/** A small valid scenario; each test breaks one thing in a fresh copy. */
function validScenario(): Record<string, any> {
  return {
    schemaVersion: 2,
    id: 'tiny',
    name: 'Tiny',
    seed: 'tiny-1',
    intervalMinutes: 30,
    horizon: { kind: 'duration', seconds: 3600 },
    serviceLevel: { thresholdSeconds: 20, target: 0.8 },
    queues: [{ id: 'sales' }, { id: 'support' }],
    callTypes: [
      {
        id: 'order',
        queue: 'sales',
        arrivals: { callsPerHour: [60, 30] },
        talk: { kind: 'lognormal', meanSeconds: 240, cv: 1 },
        patience: { kind: 'exponential', meanSeconds: 180 },
      },
    ],
    agentGroups: [{ id: 'team', queues: ['sales', 'support'], agents: 3 }],
  };
}

/** Every issue as `path: message`, the way the CLI prints it. */
function errorsOf(mutate: (s: Record<string, any>) => unknown): string[] {
  const s = validScenario();
  const replaced = mutate(s);
  const result = validateScenario(replaced === undefined ? s : replaced);
  if (result.ok) return [];
  return result.issues.map(formatIssue);
}

const zodJargon = /Too small|Too big|Invalid input|expected number|expected int|Invalid discriminator|>=|<=/;

describe('validateScenario', () => {
  it('accepts the valid base scenario', () => {
    expect(errorsOf(() => undefined)).toEqual([]);
  });

  it.each([
    ['top level', (s: any) => void (s.colour = 'red'), 'colour: unknown field'],
    ['a nested object', (s: any) => void (s.serviceLevel.window = 5), 'serviceLevel.window: unknown field'],
    ['an array element', (s: any) => void (s.queues[1].skill = 'x'), 'queues[1].skill: unknown field'],
    ['a distribution', (s: any) => void (s.callTypes[0].talk.sd = 3), 'callTypes[0].talk.sd: unknown field'],
  ])('rejects unknown keys at %s', (_where, mutate, expected) => {
    expect(errorsOf(mutate)).toEqual([expected]);
  });

  it('names every unknown key separately', () => {
    expect(errorsOf((s) => Object.assign(s, { a: 1, b: 2 }))).toEqual(['a: unknown field', 'b: unknown field']);
  });

  it.each([
    [
      'a string for a number',
      (s: any) => void (s.callTypes[0].talk.meanSeconds = '240'),
      'callTypes[0].talk.meanSeconds: must be a number (got "240")',
    ],
    ['a number for a string', (s: any) => void (s.name = 5), 'name: must be text (got 5)'],
    [
      'a string for a boolean',
      (s: any) => void (s.horizon.drain = 'yes'),
      'horizon.drain: must be true or false (got "yes")',
    ],
    ['an object for a list', (s: any) => void (s.queues = {}), 'queues: must be a list [...] (got {})'],
    [
      'a string for an object',
      (s: any) => void (s.callTypes[0].talk = 'exp'),
      'callTypes[0].talk: must be an object {...} (got "exp")',
    ],
    [
      'a fraction of an agent',
      (s: any) => void (s.agentGroups[0].agents = 2.5),
      'agentGroups[0].agents: must be a whole number (got 2.5)',
    ],
    [
      'Infinity',
      (s: any) => void (s.warmupSeconds = Infinity),
      'warmupSeconds: must be a finite number (got Infinity)',
    ],
    ['NaN', (s: any) => void (s.warmupSeconds = NaN), 'warmupSeconds: must be a finite number (got NaN)'],
  ])('rejects wrong types: %s', (_what, mutate, expected) => {
    expect(errorsOf(mutate)).toEqual([expected]);
  });

  it('says "is required" for a missing field, without a "(got …)"', () => {
    expect(errorsOf((s) => void delete s.name)).toEqual(['name: is required']);
    expect(errorsOf((s) => void delete s.callTypes[0].talk)).toEqual(['callTypes[0].talk: is required']);
  });

  it.each([
    [
      'talk mean',
      (s: any) => void (s.callTypes[0].talk.meanSeconds = -3),
      'callTypes[0].talk.meanSeconds: must be > 0 (got -3)',
    ],
    [
      'a zero talk mean',
      (s: any) => void (s.callTypes[0].talk.meanSeconds = 0),
      'callTypes[0].talk.meanSeconds: must be > 0 (got 0)',
    ],
    ['warm-up', (s: any) => void (s.warmupSeconds = -1), 'warmupSeconds: must be at least 0 (got -1)'],
    ['horizon', (s: any) => void (s.horizon.seconds = -60), 'horizon.seconds: must be > 0 (got -60)'],
    [
      'a deterministic value',
      (s: any) => void (s.callTypes[0].afterCallWork = { kind: 'deterministic', valueSeconds: -45 }),
      'callTypes[0].afterCallWork.valueSeconds: must be at least 0 (got -45)',
    ],
    [
      'a threshold',
      (s: any) => void (s.serviceLevel.thresholdSeconds = -20),
      'serviceLevel.thresholdSeconds: must be at least 0 (got -20)',
    ],
  ])('rejects a negative duration: %s', (_what, mutate, expected) => {
    expect(errorsOf(mutate)).toEqual([expected]);
  });

  describe('distribution parameters', () => {
    const withTalk = (talk: unknown) => errorsOf((s) => void (s.callTypes[0].talk = talk));

    it('rejects a lognormal CV of 0 or below', () => {
      expect(withTalk({ kind: 'lognormal', meanSeconds: 240, cv: 0 })).toEqual([
        'callTypes[0].talk.cv: must be > 0 (got 0)',
      ]);
      expect(withTalk({ kind: 'lognormal', meanSeconds: 240, cv: -1 })).toEqual([
        'callTypes[0].talk.cv: must be > 0 (got -1)',
      ]);
    });

    it('rejects a uniform whose max is below its min, showing both values', () => {
      expect(withTalk({ kind: 'uniform', minSeconds: 60, maxSeconds: 30 })).toEqual([
        'callTypes[0].talk.maxSeconds: must be at least minSeconds (got 30 < 60)',
      ]);
      expect(withTalk({ kind: 'uniform', minSeconds: 30, maxSeconds: 30 })).toEqual([]);
    });

    it('rejects empirical weights whose length differs from the values', () => {
      expect(withTalk({ kind: 'empirical', valuesSeconds: [60, 120, 180], weights: [1, 2] })).toEqual([
        'callTypes[0].talk.weights: must have one weight per value (got 2 weights for 3 values)',
      ]);
    });

    it('rejects other empirical mistakes', () => {
      expect(withTalk({ kind: 'empirical', valuesSeconds: [60, 120], weights: [0, 0] })).toEqual([
        'callTypes[0].talk.weights: must contain at least one positive weight',
      ]);
      expect(withTalk({ kind: 'empirical', valuesSeconds: [60], interpolate: true })).toEqual([
        'callTypes[0].talk.valuesSeconds: needs at least 2 values to interpolate',
      ]);
      expect(withTalk({ kind: 'empirical', valuesSeconds: [] })).toEqual([
        'callTypes[0].talk.valuesSeconds: must have at least 1 item (got [])',
      ]);
    });

    it('rejects an Erlang k that is not a whole number, or below 1', () => {
      expect(withTalk({ kind: 'erlang', meanSeconds: 240, k: 2.5 })).toEqual([
        'callTypes[0].talk.k: must be a whole number (got 2.5)',
      ]);
      expect(withTalk({ kind: 'erlang', meanSeconds: 240, k: 0 })).toEqual([
        'callTypes[0].talk.k: must be at least 1 (got 0)',
      ]);
    });

    it('rejects a gamma shape of 0', () => {
      expect(withTalk({ kind: 'gamma', meanSeconds: 240, shape: 0 })).toEqual([
        'callTypes[0].talk.shape: must be at least 0.01 (got 0)',
      ]);
    });

    it('lists the allowed kinds for an unknown or missing kind', () => {
      const [unknownKind] = withTalk({ kind: 'weibull', meanSeconds: 240 });
      expect(unknownKind).toMatch(
        /^callTypes\[0\]\.talk\.kind: must be one of "exponential", .*"empirical" \(got "weibull"\)$/,
      );
      const [missingKind] = withTalk({ meanSeconds: 240 });
      expect(missingKind).toMatch(/^callTypes\[0\]\.talk\.kind: is required, one of "exponential", /);
    });

    it('rejects a parameter that belongs to another kind', () => {
      expect(withTalk({ kind: 'exponential', meanSeconds: 240, cv: 1 })).toEqual([
        'callTypes[0].talk.cv: unknown field',
      ]);
    });
  });

  it('rejects other out-of-range values in plain words', () => {
    expect(errorsOf((s) => void (s.serviceLevel.target = 80))).toEqual([
      'serviceLevel.target: must be below 1 (a 100% target can never be met with random arrivals) (got 80)',
    ]);
    expect(errorsOf((s) => void (s.serviceLevel.target = -0.1))).toEqual([
      'serviceLevel.target: must be at least 0 (got -0.1)',
    ]);
    expect(errorsOf((s) => void (s.intervalMinutes = 20))).toEqual(['intervalMinutes: must be 15, 30 or 60 (got 20)']);
    expect(errorsOf((s) => void (s.name = ''))).toEqual(['name: must not be empty (got "")']);
    expect(errorsOf((s) => void (s.queues = []))[0]).toBe('queues: must have at least 1 item (got [])');
    expect(errorsOf((s) => void (s.seed = 1.5))).toEqual([
      'seed: must be a text of 1 to 200 characters or a whole number (got 1.5)',
    ]);
    expect(errorsOf((s) => void (s.serviceLevel.convention = 'all'))).toEqual([
      'serviceLevel.convention: must be one of "excludeShortAbandons", "offered" or "answered" (got "all")',
    ]);
    expect(errorsOf((s) => void (s.id = 'My Centre'))).toEqual([
      'id: must be a lowercase id of letters, digits, "-" or "_" (got "My Centre")',
    ]);
    expect(errorsOf((s) => void (s.callTypes[0].arrivals.callsPerHour[1] = -5))).toEqual([
      'callTypes[0].arrivals.callsPerHour[1]: must be at least 0 (got -5)',
    ]);
  });

  it('shows a long offending value shortened', () => {
    const [issue] = errorsOf((s) => void (s.name = 'x'.repeat(300)));
    expect(issue).toMatch(/^name: must have at most 200 characters \(got "x+\.\.\.\)$/);
    expect(issue!.length).toBeLessThan(120);
  });

  it('rejects a wrong schemaVersion', () => {
    expect(errorsOf((s) => void (s.schemaVersion = 3))).toEqual(['schemaVersion: must be 2 (got 3)']);
  });

  it.each([
    ['null', null, 'null'],
    ['an array', [], '[]'],
    ['a string', 'help-desk', '"help-desk"'],
    ['a number', 42, '42'],
  ])('rejects %s instead of an object, at the document level', (_what, input, shown) => {
    expect(errorsOf(() => input)).toEqual([`a scenario must be a JSON object {...} (got ${shown})`]);
    const result = validateScenario(input);
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(['']);
  });

  it('reports an unreachable call-count horizon (every rate 0), which would never end', () => {
    const errors = errorsOf((s) => {
      s.horizon = { kind: 'calls', count: 100 };
      s.callTypes[0].arrivals.callsPerHour = [0, 0];
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^horizon\.count: cannot be reached: /);
  });

  it('requires exactly one arrival process per call type', () => {
    const both = errorsOf((s) => void (s.callTypes[0].arrivals.atSeconds = [0, 60]));
    const neither = errorsOf((s) => void (s.callTypes[0].arrivals = {}));
    for (const errors of [both, neither])
      expect(errors).toEqual(['callTypes[0].arrivals: must give exactly one of callsPerHour and atSeconds']);
    expect(errorsOf((s) => void (s.callTypes[0].arrivals = { atSeconds: [30, 0, 90] }))).toEqual([]);
    expect(errorsOf((s) => void (s.callTypes[0].arrivals = { atSeconds: [30, -1] }))).toEqual([
      'callTypes[0].arrivals.atSeconds[1]: must be at least 0 (got -1)',
    ]);
  });

  it('reports a warm-up that is not shorter than the horizon', () => {
    expect(errorsOf((s) => void (s.warmupSeconds = 3600))).toEqual([
      'warmupSeconds: must be shorter than horizon.seconds (got 3600 >= 3600)',
    ]);
  });

  describe('cross-references (checked once the shape is right)', () => {
    it('reports references to unknown queues', () => {
      expect(errorsOf((s) => void (s.callTypes[0].queue = 'salse'))).toEqual([
        'callTypes[0].queue: unknown queue "salse"',
      ]);
      expect(errorsOf((s) => void (s.agentGroups[0].queues[1] = 'billing'))).toEqual([
        'agentGroups[0].queues[1]: unknown queue "billing"',
      ]);
    });

    it('reports duplicate ids at their second occurrence', () => {
      expect(errorsOf((s) => void s.queues.push({ id: 'sales' }))).toEqual(['queues[2].id: duplicate id "sales"']);
      expect(errorsOf((s) => void s.agentGroups.push({ id: 'team', queues: ['sales'], agents: 1 }))).toEqual([
        'agentGroups[1].id: duplicate id "team"',
      ]);
      expect(errorsOf((s) => void s.callTypes.push({ ...s.callTypes[0] }))).toEqual([
        'callTypes[1].id: duplicate id "order"',
      ]);
    });

    it('reports a queue listed twice by a group', () => {
      expect(errorsOf((s) => void (s.agentGroups[0].queues = ['sales', 'sales']))).toEqual([
        'agentGroups[0].queues: lists a queue twice',
      ]);
    });

    it('requires patience on a queue nobody serves', () => {
      const errors = errorsOf((s) => {
        s.agentGroups[0].queues = ['support'];
        delete s.callTypes[0].patience;
      });
      expect(errors).toEqual([
        'callTypes[0].patience: is required: no agent serves queue "sales", so infinitely patient callers would wait forever',
      ]);
    });

    it('appear once a type error that hid them is fixed', () => {
      const broken = (s: Record<string, any>) => {
        s.callTypes[0].queue = 'nowhere';
        s.horizon.seconds = 'long';
      };
      // Zod skips whole-scenario refinements while a field has the wrong type; only that error is shown.
      expect(errorsOf(broken)).toEqual(['horizon.seconds: must be a number (got "long")']);
      const fixed = errorsOf((s) => {
        broken(s);
        s.horizon.seconds = 3600;
      });
      expect(fixed).toEqual(['callTypes[0].queue: unknown queue "nowhere"']);
    });
  });

  it('never shows zod jargon for a pile of common mistakes', () => {
    const errors = errorsOf((s) => {
      s.callTypes[0].talk.meanSeconds = -1;
      s.callTypes[0].arrivals.callsPerHour = [];
      s.serviceLevel.target = -0.5;
      s.agentGroups[0].agents = -2;
      s.agentGroups[0].queues = [];
      s.horizon.seconds = 0;
    });
    expect(errors.length).toBe(6);
    for (const error of errors) expect(error).not.toMatch(zodJargon);
  });
});

describe('parseScenario', () => {
  it('returns the typed scenario', () => {
    expect(parseScenario(validScenario()).id).toBe('tiny');
  });

  it('throws a ScenarioError whose message lists every issue on its own line', () => {
    const s = validScenario();
    s.queues[0].id = 'support';
    s.extra = true;
    let caught: unknown;
    try {
      parseScenario(s);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ScenarioError);
    const error = caught as ScenarioError;
    expect(error.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['extra', 'queues[1].id']));
    expect(error.message.split('\n').slice(1)).toEqual(error.issues.map(formatIssue));
  });
});
