// docs/architecture.md keeps up with the event kinds: §3's table lists every member of EventKind under its
// number, in the module that handles it, and §16's recipe names the next free kind.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string): string => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const doc = read('docs/architecture.md');
const section3 = doc.slice(doc.indexOf('## 3.'), doc.indexOf('## 4.'));

/** EventKind's members as written in event-kinds.ts, `Arrival = 0` → ['ARRIVAL', 0]. */
function enumMembers(): [string, number][] {
  const source = read('src/sim/engine/event-kinds.ts');
  const body = source.slice(source.indexOf('export const enum EventKind {'), source.indexOf('}'));
  return [...body.matchAll(/^\s+([A-Z]\w*) = (\d+),/gm)].map((m) => [
    (m[1] as string).replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase(),
    Number(m[2]),
  ]);
}

/** The rows of §3's event table: number, kind and the `Class.method` that handles it. */
function tableRows(): { kind: number; name: string; handler: string }[] {
  return [...section3.matchAll(/^\| (\d+) \| `([A-Z_]+)` \([^|]*\) \| `([\w.]+)` \|/gm)].map((m) => ({
    kind: Number(m[1]),
    name: m[2] as string,
    handler: m[3] as string,
  }));
}

const FILE_OF_CLASS: Record<string, string> = {
  Simulation: 'simulation.ts',
  ContactQueue: 'contact-queue.ts',
  CallFlow: 'call-flow.ts',
  Workforce: 'workforce.ts',
  OrganisationRunner: 'organisation-runner.ts',
};

describe('the architecture document and the event kinds', () => {
  const members = enumMembers();

  it('reads the enum (a sanity check of this test)', () => {
    expect(members.length).toBeGreaterThan(20);
    expect(members[0]).toEqual(['ARRIVAL', 0]);
  });

  it('lists every event kind under its number, once', () => {
    const rows = tableRows().map((r): [string, number] => [r.name, r.kind]);
    expect(rows).toEqual(members);
  });

  it('names a handler that exists in the module it names, and a dispatch row for each kind', () => {
    const simulation = read('src/sim/engine/simulation.ts');
    for (const row of tableRows()) {
      const [cls, method] = row.handler.split('.') as [string, string | undefined];
      const file = FILE_OF_CLASS[cls];
      expect(file, `${row.name}: unknown module of ${cls}`).toBeDefined();
      if (method !== undefined)
        expect(read(`src/sim/engine/${file}`)).toMatch(new RegExp(`\\n  (?:private |protected )?${method}\\(`));
    }
    for (const [name] of members) {
      const pascal = name.toLowerCase().replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase());
      expect(simulation).toContain(`case EventKind.${pascal}:`);
    }
  });

  it("gives the recipe's next free kind", () => {
    const next = Math.max(...members.map(([, n]) => n)) + 1;
    expect(doc).toContain(`next free: ${next};`);
  });
});
