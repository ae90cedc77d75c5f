// docs/scenario-format.md must not drift from the schema: it documents every field and every allowed kind,
// its complete example is a real fixture that validates and uses every field and every distribution kind,
// and the figures it works out (lognormal parameters, IVR containment, DEFAULT_COSTS) are recomputed here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInScenarios } from '../../../src/scenarios/index';
import { loadScenario, tryLoadScenario } from '../../../src/sim/scenario/migrate';
import { formatIssue } from '../../../src/sim/scenario/validate';
import {
  activityKinds,
  agentGroupSchema,
  breakKinds,
  DEFAULT_COSTS,
  departmentKinds,
  routingSchema,
  scenarioSchema,
} from '../../../src/sim/scenario/schema';

const doc = readFileSync(new URL('../../../docs/scenario-format.md', import.meta.url), 'utf8');
const exampleText = readFileSync(new URL('../../fixtures/scenario-format-example.json', import.meta.url), 'utf8');

interface SchemaNode {
  _zod: {
    def: {
      type: string;
      shape?: Record<string, SchemaNode>;
      element?: SchemaNode;
      innerType?: SchemaNode;
      options?: SchemaNode[];
    };
  };
}

/** Every object key the schema allows, at any depth (zod 4 exposes the tree through `_zod.def`). */
function schemaKeys(node: SchemaNode, into = new Set<string>()): Set<string> {
  const def = node._zod.def;
  if (def.shape) for (const [key, child] of Object.entries(def.shape)) into.add(key) && schemaKeys(child, into);
  if (def.element) schemaKeys(def.element, into);
  if (def.innerType) schemaKeys(def.innerType, into);
  for (const option of def.options ?? []) schemaKeys(option, into);
  return into;
}

/** Every object key used in a JSON value, at any depth. */
function dataKeys(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => dataKeys(v, into));
  else if (value !== null && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) into.add(key) && dataKeys(child, into);
  return into;
}

const fields = [...schemaKeys(scenarioSchema as unknown as SchemaNode)];

describe('docs/scenario-format.md', () => {
  it('finds the schema fields (the walker itself works)', () => {
    expect(fields).toEqual(
      expect.arrayContaining(['schemaVersion', 'callTypes', 'meanSeconds', 'cv', 'atSeconds', 'drain', 'priority']),
    );
  });

  it('documents every field of the schema', () => {
    const undocumented = fields.filter((f) => !doc.includes(`\`${f}\``));
    expect(undocumented).toEqual([]);
  });

  it('quotes the example fixture exactly', () => {
    expect(doc).toContain(`\`\`\`json\n${exampleText.trimEnd()}\n\`\`\``);
  });

  it('has an example that is valid and uses every field (but one) and every distribution kind', () => {
    const example = loadScenario(JSON.parse(exampleText));
    const unused = fields.filter((f) => !dataKeys(example).has(f));
    // A horizon is either a duration or a call count; the example uses a duration (`count` appears in staff).
    expect(unused).toEqual([]);
    const kinds = example.callTypes.flatMap((ct) => [ct.talk, ct.afterCallWork, ct.patience]).map((d) => d?.kind);
    for (const kind of ['exponential', 'deterministic', 'uniform', 'lognormal', 'gamma', 'erlang', 'empirical'])
      expect(kinds, kind).toContain(kind);
  });

  it('has an example whose IVR nodes are all reachable from a call type (no dead menu in the showcase)', () => {
    const example = loadScenario(JSON.parse(exampleText));
    const nodes = new Map((example.ivr?.nodes ?? []).map((n) => [n.id, n]));
    const reached = new Set<string>();
    const visit = (id: string): void => {
      if (reached.has(id)) return;
      reached.add(id);
      for (const o of nodes.get(id)?.options ?? []) visit(o.next);
    };
    for (const ct of example.callTypes) if (ct.ivr !== undefined) visit(ct.ivr);
    expect([...nodes.keys()].filter((id) => !reached.has(id))).toEqual([]);
    // A realistic centre: some callers skip the IVR, and every agent group is either staffed or on a shift.
    expect(example.callTypes.some((ct) => ct.ivr === undefined)).toBe(true);
    const scheduled = new Set((example.schedule ?? []).map((s) => s.group));
    for (const g of example.agentGroups) expect(g.agents > 0 || scheduled.has(g.id), g.id).toBe(true);
  });

  it('works out the containment of its IVR example from the fixture', () => {
    const example = loadScenario(JSON.parse(exampleText));
    const node = (id: string) => example.ivr?.nodes.find((n) => n.id === id);
    const menu = node('claims-menu');
    const status = node('claim-status');
    const toStatus = menu?.options?.find((o) => o.next === 'claim-status')?.probability ?? NaN;
    // Hang-up and self-service are shares of the callers who reach a node (their sum is at most 1).
    const contained = (1 - (menu?.hangUpProbability ?? 0)) * toStatus * (status?.selfService?.probability ?? NaN);
    expect(doc).toContain(
      `${1 - (menu?.hangUpProbability ?? 0)} × ${toStatus} × ${status?.selfService?.probability} ≈ ${Math.round(100 * contained)}%`,
    );
  });

  it('names every kind, role and policy the schema allows', () => {
    const roles = agentGroupSchema.shape.role.unwrap().options;
    const policies = routingSchema.shape.policy.options;
    for (const value of [...departmentKinds, ...breakKinds, ...activityKinds, ...roles, ...policies])
      expect(doc, value).toContain(`\`${value}\``);
    expect(roles.length).toBeGreaterThan(1);
    expect(policies.length).toBeGreaterThan(1);
  });

  it('derives DEFAULT_COSTS as it says: $36,771 a year over 2,080 hours, plus 30% overheads', () => {
    const wagePerHour = 36_771 / 2_080;
    expect(doc).toContain(`$${wagePerHour.toFixed(2)} an hour`);
    expect(DEFAULT_COSTS.defaultHourlyCost).toBe(Number((wagePerHour * 1.3).toFixed(2)));
    const { currency, defaultHourlyCost } = DEFAULT_COSTS;
    expect(doc).toContain(`\`{ "currency": "${currency}", "defaultHourlyCost": ${defaultHourlyCost} }\``);
  });

  it('lists every built-in scenario', () => {
    for (const s of builtInScenarios) expect(doc).toContain(`| \`${s.id}\` |`);
  });

  it('quotes only error messages the validator gives, each for one mistake in the example', () => {
    type Doc = Record<string, any>;
    // One mistake per documented line, made in a fresh copy of the example.
    const mistakes: Record<string, (s: Doc) => void> = {
      'callTypes[0].talk.meanSeconds': (s) => void (s.callTypes[0].talk.meanSeconds = -3),
      'callTypes[0].patiense': (s) => void (s.callTypes[0].patiense = { kind: 'exponential', meanSeconds: 60 }),
      'callTypes[1].queue': (s) => void (s.callTypes[1].queue = 'salse'),
      'callTypes[1].transfer.to': (s) => void (s.callTypes[1].transfer.to = 'complaint'),
      'callTypes[1].transfer.conference': (s) => void delete s.callTypes[1].transfer.conference,
      'agentGroups[1].agents': (s) => void (s.agentGroups[1].agents = 2.5),
      'agentGroups[0].proficiency.billing': (s) => void (s.agentGroups[0].proficiency.billing = 1),
      'agentGroups[2].proficiency.biling': (s) => void (s.agentGroups[2].proficiency.biling = 1),
      'schedule[1].endAt': (s) => void (s.schedule[1].startAt = 32_400),
      'schedule[0].breaks[2].durationSeconds': (s) => void (s.schedule[0].breaks[2].durationSeconds = 6000),
      'schedule[1].breaks[0].startAt': (s) => void (s.schedule[1].breaks[0].startAt = 3900),
      'ivr.nodes[0].options': (s) => void (s.ivr.nodes[0].options[1].probability = 0.6),
      'ivr.nodes[1].selfService.probability': (s) => void (s.ivr.nodes[1].hangUpProbability = 0.5),
      'ivr.nodes': (s) => {
        s.ivr.nodes[2].options = [{ next: 'claims-menu', probability: 1 }];
        delete s.ivr.nodes[2].misrouteProbability;
      },
      'routing.overflow[0].groups[0]': (s) => void (s.routing.overflow[0].groups[0] = 'claim-handler'),
      trunkLines: (s) => void (s.trunkLines = 0),
      schemaVersion: (s) => void (s.schemaVersion = 7),
    };
    const section = doc.slice(doc.indexOf('## Error messages'));
    const block = /```\n([\s\S]*?)\n```/.exec(section)?.[1] ?? '';
    const lines = block.split('\n');
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) {
      const path = line.slice(0, line.indexOf(': '));
      const mistake = mistakes[path];
      expect(mistake, `no mistake in this test for "${line}"`).toBeDefined();
      const copy = JSON.parse(exampleText) as Doc;
      mistake?.(copy);
      const result = tryLoadScenario(copy);
      expect(result.ok ? [] : result.issues.map(formatIssue), line).toContain(line);
    }
  });

  it('gets the lognormal parameters of its worked example right', () => {
    const sigma2 = Math.log(1 + 1 * 1);
    const mu = Math.log(240) - sigma2 / 2;
    expect(doc).toContain(`σ ≈ ${Math.sqrt(sigma2).toFixed(3)}`);
    expect(doc).toContain(`μ = ln 240 − ${(sigma2 / 2).toFixed(3)} ≈ ${mu.toFixed(3)}`);
    expect(doc).toContain(`median is exp(μ) ≈ ${Math.round(Math.exp(mu))} s`);
  });
});
