// docs/scenario-format.md must not drift from the schema: it documents every field, and its complete
// example is a real fixture that validates and uses every field and every distribution kind.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInScenarios } from '../../../src/scenarios/index';
import { loadScenario } from '../../../src/sim/scenario/migrate';
import { scenarioSchema } from '../../../src/sim/scenario/schema';

const doc = readFileSync(new URL('../../../docs/scenario-format.md', import.meta.url), 'utf8');
const exampleText = readFileSync(new URL('../../fixtures/scenario-format-example.json', import.meta.url), 'utf8');

interface SchemaNode {
  _zod: { def: { type: string; shape?: Record<string, SchemaNode>; element?: SchemaNode; innerType?: SchemaNode; options?: SchemaNode[] } };
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
    expect(fields).toEqual(expect.arrayContaining(['schemaVersion', 'callTypes', 'meanSeconds', 'cv', 'atSeconds', 'drain', 'priority']));
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
    // A horizon is either a duration or a call count; the example uses a duration.
    expect(unused).toEqual(['count']);
    const kinds = example.callTypes.flatMap((ct) => [ct.talk, ct.afterCallWork, ct.patience]).map((d) => d?.kind);
    for (const kind of ['exponential', 'deterministic', 'uniform', 'lognormal', 'gamma', 'erlang', 'empirical'])
      expect(kinds, kind).toContain(kind);
  });

  it('lists every built-in scenario', () => {
    for (const s of builtInScenarios) expect(doc).toContain(`| \`${s.id}\` |`);
  });

  it('gets the lognormal parameters of its worked example right', () => {
    const sigma2 = Math.log(1 + 1 * 1);
    const mu = Math.log(240) - sigma2 / 2;
    expect(doc).toContain(`σ ≈ ${Math.sqrt(sigma2).toFixed(3)}`);
    expect(doc).toContain(`μ = ln 240 − ${(sigma2 / 2).toFixed(3)} ≈ ${mu.toFixed(3)}`);
    expect(doc).toContain(`median is exp(μ) ≈ ${Math.round(Math.exp(mu))} s`);
  });
});
