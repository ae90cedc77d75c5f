// Changing a department's structure during a live run: the scenario's own parameters when it has a structure of
// that kind, documented defaults otherwise; the layout follows what groups answer and who is in which group;
// bad input is named, never thrown.
import { describe, expect, it } from 'vitest';
import { LiveSession } from '../../../src/sim/live/live-session';
import { createLiveService } from '../../../src/sim/live/live-service';
import { DEFAULT_HIERARCHICAL, DEFAULT_SELF_MANAGED, structureFor } from '../../../src/sim/scenario/default-structures';
import { structureSchema } from '../../../src/sim/scenario/organisation-schema';
import { loadScenario } from '../../../src/sim/scenario/migrate';
import type { FloorLayout, Intervention } from '../../../src/sim/api';
import hierarchical from '../../../src/scenarios/service-floor-hierarchical.json';
import selfManaged from '../../../src/scenarios/service-floor-self-managed.json';
import helpDesk from '../../../src/scenarios/help-desk.json';

const HOUR = 3600;

function open(input: unknown): LiveSession {
  const opened = LiveSession.open(input);
  if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
  return opened.session;
}

function change(session: LiveSession, action: Intervention): FloorLayout {
  const response = session.intervene(action);
  if (!response.ok) throw new Error(JSON.stringify(response.issues));
  return response.layout;
}

const queuesOf = (layout: FloorLayout, group: string): string[] =>
  [...(layout.groups.find((g) => g.id === group)?.queues ?? [])].sort();

describe('default structures', () => {
  it('are valid structures without headcount fields', () => {
    for (const spec of [DEFAULT_SELF_MANAGED, DEFAULT_HIERARCHICAL]) {
      expect(structureSchema.safeParse(spec).success).toBe(true);
      expect(spec).not.toHaveProperty('teamLeads');
      expect(spec).not.toHaveProperty('supervisors');
    }
  });

  it("take the department's own parameters of the same kind, the defaults otherwise", () => {
    const scenario = loadScenario(selfManaged);
    const own = scenario.departments?.find((d) => d.id === 'service')?.structure;
    expect(own?.kind).toBe('self-managed');
    expect(structureFor(scenario, 'service', 'self-managed')).toEqual(own);
    expect(structureFor(scenario, 'service', 'hierarchical')).toEqual(DEFAULT_HIERARCHICAL);
    expect(structureFor(scenario, 'tier2', 'self-managed')).toEqual(DEFAULT_SELF_MANAGED);
    expect(structureFor(scenario, 'service', 'none')).toBeUndefined();
  });
});

describe('set-structure', () => {
  it('pools the queues from that moment, and the run counts peer consults afterwards', () => {
    const changed = open(hierarchical);
    const unchanged = open(hierarchical);
    for (const s of [changed, unchanged]) s.advanceTo(3 * HOUR);
    const before = changed.layout;
    expect(before.departments.find((d) => d.id === 'service')?.structure).toBe('hierarchical');
    expect(queuesOf(before, 'billing-team')).toEqual(['billing']);

    const after = change(changed, { kind: 'set-structure', department: 'service', structure: 'self-managed' });
    expect(after.version).toBeGreaterThan(before.version);
    expect(after.departments.find((d) => d.id === 'service')?.structure).toBe('self-managed');
    // The floor shows what the groups answer now: each team also takes the department's other queue.
    expect(queuesOf(after, 'billing-team')).toEqual(['billing', 'orders']);
    expect(queuesOf(after, 'orders-team')).toEqual(['billing', 'orders']);
    expect(queuesOf(after, 'leads')).toEqual(['escalations']);
    expect(changed.layout).toBe(after); // no further change, no new version
    expect(changed.snapshot().layoutVersion).toBe(after.version);
    // The scenario has no self-managed structure of its own for the department: the defaults apply, and the
    // department keeps the supervisors it has (a live change dismisses nobody).
    const supervisors = loadScenario(hierarchical).departments?.find((d) => d.id === 'service')?.structure?.supervisors;
    expect(supervisors).toBeDefined();
    expect(changed.structureOf('service')).toEqual({ ...DEFAULT_SELF_MANAGED, supervisors });

    for (const s of [changed, unchanged]) s.advanceTo(Infinity);
    expect(changed.isFinished).toBe(true);
    expect(changed.snapshot().total.peerConsults).toBeGreaterThan(0);
    expect(unchanged.snapshot().total.peerConsults).toBe(0);
  });

  it("goes back to the scenario's own structure, and to none", () => {
    const session = open(selfManaged);
    const own = loadScenario(selfManaged).departments?.find((d) => d.id === 'service')?.structure;
    session.advanceTo(HOUR);
    let layout = change(session, { kind: 'set-structure', department: 'service', structure: 'hierarchical' });
    expect(session.structureOf('service')).toEqual({ ...DEFAULT_HIERARCHICAL, supervisors: own?.supervisors });
    expect(queuesOf(layout, 'billing-team')).toEqual(['billing']);
    session.advanceTo(2 * HOUR);
    layout = change(session, { kind: 'set-structure', department: 'service', structure: 'self-managed' });
    expect(session.structureOf('service')).toEqual(own);
    expect(queuesOf(layout, 'billing-team')).toEqual(['billing', 'orders']);
    layout = change(session, { kind: 'set-structure', department: 'service', structure: 'none' });
    expect(session.structureOf('service')).toBeUndefined();
    expect(layout.departments.find((d) => d.id === 'service')).not.toHaveProperty('structure');
    expect(queuesOf(layout, 'orders-team')).toEqual(['orders']);
    session.advanceTo(Infinity);
    expect(session.isFinished).toBe(true);
  });

  it('names the field of bad input and changes nothing', () => {
    const session = open(hierarchical);
    session.advanceTo(HOUR);
    const version = session.layout.version;
    const unknownDepartment = session.intervene({
      kind: 'set-structure',
      department: 'sales',
      structure: 'self-managed',
    });
    expect(unknownDepartment).toEqual({
      ok: false,
      issues: [{ path: 'department', message: expect.stringMatching(/unknown department "sales".*service, tier2/) }],
    });
    const unknownKind = session.intervene({ kind: 'set-structure', department: 'service', structure: 'flat' as never });
    expect(unknownKind).toEqual({
      ok: false,
      issues: [
        { path: 'structure', message: expect.stringMatching(/hierarchical, self-managed, none \(got "flat"\)/) },
      ],
    });
    const missing = session.intervene({ kind: 'set-structure' } as never);
    expect(missing.ok ? [] : missing.issues.map((i) => i.path)).toEqual(['department', 'structure']);
    expect(session.layout.version).toBe(version);
    expect(session.structureOf('service')?.kind).toBe('hierarchical');

    const plain = open(helpDesk);
    const none = plain.intervene({ kind: 'set-structure', department: 'support', structure: 'hierarchical' });
    expect(none).toEqual({ ok: false, issues: [{ path: 'department', message: 'this scenario has no departments' }] });
  });

  it('is refused once the run has finished', () => {
    const session = open(hierarchical);
    session.advanceTo(Infinity);
    const response = session.intervene({ kind: 'set-structure', department: 'service', structure: 'none' });
    expect(response.ok).toBe(false);
  });
});

describe('the layout follows agents moved at reviews', () => {
  it('gives a moved agent its new group and number, without any intervention', () => {
    const session = open(hierarchical);
    const initial = session.layout;
    const perGroup = (layout: FloorLayout, group: number) => layout.agents.filter((a) => a.group === group).length;
    let t = 0;
    while (session.layout.version === initial.version && !session.isFinished) session.advanceTo((t += 300));
    const moved = session.layout;
    expect(moved.version).toBe(initial.version + 1);
    expect(session.snapshot().layoutVersion).toBe(moved.version);
    // The same people, some in another group now: a move hires nobody.
    expect(moved.agents).toHaveLength(initial.agents.length);
    const changed = moved.agents.flatMap((agent, i) => (agent.group === initial.agents[i]!.group ? [] : [i]));
    expect(changed.length).toBeGreaterThan(0);
    for (const i of changed) {
      const group = moved.groups[moved.agents[i]!.group]!.id;
      const number = Number(moved.agents[i]!.id.slice(group.length + 1));
      expect(moved.agents[i]!.id.startsWith(`${group}-`)).toBe(true);
      // Numbers are never reused: a newcomer gets one past every agent the group had at the start.
      expect(number).toBeGreaterThan(perGroup(initial, moved.agents[i]!.group));
    }
    const ids = moved.agents.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Agents who did not move keep their ids.
    moved.agents.forEach((agent, i) => {
      if (!changed.includes(i)) expect(agent.id).toBe(initial.agents[i]!.id);
    });
  });

  it('is what the live service hands the page', () => {
    const service = createLiveService();
    const opened = service.openLive(hierarchical);
    expect(opened.ok).toBe(true);
    expect(service.layout().version).toBe(1);
    service.step(HOUR);
    const response = service.intervene({ kind: 'set-structure', department: 'service', structure: 'self-managed' });
    expect(response.ok && response.layout.version).toBe(2);
    expect(service.layout()).toEqual(response.ok ? response.layout : undefined);
    expect(service.snapshot().layoutVersion).toBe(2);
  });
});
