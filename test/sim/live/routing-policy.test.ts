// Changing the routing rule of a live run: from the moment of the change, most-proficient routing sends new
// calls to the more proficient group while any of its agents is idle; longest-idle spreads them over both.
import { describe, expect, it } from 'vitest';
import { LiveSession } from '../../../src/sim/live/live-session';
import type { FloorSnapshot } from '../../../src/sim/api';

/** One queue served by two groups of three: juniors (listed first, proficiency 0.8) and seniors (1.5). */
const twoGroups = {
  schemaVersion: 2,
  id: 'two-groups',
  name: 'Two groups on one queue',
  seed: 'routing-1',
  intervalMinutes: 60,
  horizon: { kind: 'duration', seconds: 8 * 3600, drain: true },
  serviceLevel: { thresholdSeconds: 20, target: 0.8 },
  queues: [{ id: 'support', name: 'Support' }],
  callTypes: [
    {
      id: 'question',
      queue: 'support',
      // A light load (about 1.3 busy agents of 6), so an idle senior is nearly always there to take a call.
      arrivals: { callsPerHour: [40] },
      talk: { kind: 'exponential', meanSeconds: 120 },
    },
  ],
  agentGroups: [
    { id: 'juniors', queues: ['support'], agents: 3, proficiency: { support: 0.8 } },
    { id: 'seniors', queues: ['support'], agents: 3, proficiency: { support: 1.5 } },
  ],
};

function open(): LiveSession {
  const opened = LiveSession.open(twoGroups);
  if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
  return opened.session;
}

const answered = (snap: FloorSnapshot | undefined, group: string): number =>
  snap === undefined ? 0 : (snap.groups[group]?.answered ?? NaN);

/** The juniors' share of the calls answered between two snapshots (`before` undefined: since the start). */
function juniorShare(before: FloorSnapshot | undefined, after: FloorSnapshot): number {
  const juniors = answered(after, 'juniors') - answered(before, 'juniors');
  const seniors = answered(after, 'seniors') - answered(before, 'seniors');
  return juniors / (juniors + seniors);
}

describe('set-routing-policy', () => {
  it('sends new calls to the more proficient group from the moment of the change', () => {
    const changed = open();
    const unchanged = open();
    expect(changed.routingPolicy).toBe('longest-idle');
    for (const s of [changed, unchanged]) s.advanceTo(4 * 3600);
    const atChange = changed.snapshot();
    // Same seed, same rule so far: identical runs up to the change.
    expect(unchanged.snapshot().groups).toEqual(atChange.groups);
    // Longest-idle spreads the calls over both groups.
    expect(juniorShare(undefined, atChange)).toBeGreaterThan(0.3);

    const response = changed.intervene({ kind: 'set-routing-policy', policy: 'most-proficient' });
    expect(response.ok).toBe(true);
    expect(changed.routingPolicy).toBe('most-proficient');
    for (const s of [changed, unchanged]) s.advanceTo(8 * 3600);
    // After the change the juniors answer only when all three seniors are busy; without it they keep their share.
    expect(juniorShare(atChange, changed.snapshot())).toBeLessThan(0.1);
    expect(juniorShare(atChange, unchanged.snapshot())).toBeGreaterThan(0.3);
  });

  it('goes back to longest-idle when asked', () => {
    const session = open();
    session.intervene({ kind: 'set-routing-policy', policy: 'most-proficient' });
    session.advanceTo(3 * 3600);
    const mid = session.snapshot();
    expect(juniorShare(undefined, mid)).toBeLessThan(0.1);
    session.intervene({ kind: 'set-routing-policy', policy: 'longest-idle' });
    session.advanceTo(8 * 3600);
    expect(juniorShare(mid, session.snapshot())).toBeGreaterThan(0.3);
  });

  it('refuses an unknown policy, naming the field', () => {
    const session = open();
    const response = session.intervene({ kind: 'set-routing-policy', policy: 'random' as 'longest-idle' });
    expect(response).toEqual({
      ok: false,
      issues: [{ path: 'policy', message: 'must be "longest-idle" or "most-proficient" (got "random")' }],
    });
    expect(session.routingPolicy).toBe('longest-idle');
  });
});
