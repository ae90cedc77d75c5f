// The live service over the real engine: open, step, intervene, and play to the end at full speed with real
// timers, the worker's usage without the worker.
import { describe, expect, it } from 'vitest';
import type { FloorSnapshot } from '../../../src/sim/api';
import { createLiveService } from '../../../src/sim/live/live-service';
import helpDesk from '../../../src/scenarios/help-desk.json';

describe('createLiveService', () => {
  it('refuses an invalid scenario with the field named, and has no run to play then', () => {
    const live = createLiveService();
    const response = live.openLive({ ...helpDesk, agentGroups: [] });
    expect(response.ok).toBe(false);
    if (!response.ok) expect(response.issues.some((i) => i.path.startsWith('agentGroups'))).toBe(true);
    expect(() => live.snapshot()).toThrow(/openLive/);
  });

  it('opens paused at time 0, steps, and takes interventions that change the layout', () => {
    const live = createLiveService();
    const opened = live.openLive(helpDesk);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.layout.agents).toHaveLength(6);
    expect(live.snapshot().atSeconds).toBe(0);
    const stepped = live.step(1800);
    expect(stepped.atSeconds).toBe(1800);
    expect(stepped.flows.arrived).toBeGreaterThan(0);
    const added = live.intervene({ kind: 'set-agents', group: 'agents', agents: 9 });
    expect(added.ok && added.layout.agents.length).toBe(9);
    const bad = live.intervene({ kind: 'set-agents', group: 'nobody', agents: 1 });
    expect(bad.ok).toBe(false);
  });

  it('plays at full speed to the end, snapshots in order, the last one finished', async () => {
    const live = createLiveService();
    live.openLive(helpDesk);
    const snapshots: FloorSnapshot[] = [];
    await new Promise<void>((resolve) => {
      live.play(Number.POSITIVE_INFINITY, (s) => {
        snapshots.push(s);
        if (s.finished) resolve();
      });
    });
    expect(snapshots.at(-1)!.atSeconds).toBeGreaterThanOrEqual(helpDesk.horizon.seconds);
    for (let i = 1; i < snapshots.length; i++)
      expect(snapshots[i]!.atSeconds).toBeGreaterThanOrEqual(snapshots[i - 1]!.atSeconds);
    expect(snapshots.at(-1)!.total.offered).toBeGreaterThan(0);
  });

  it('a new openLive replaces the run and starts again from 0 with the same seed', () => {
    const live = createLiveService();
    live.openLive(helpDesk);
    const first = live.step(3600).flows.arrived;
    live.openLive(helpDesk);
    expect(live.snapshot().atSeconds).toBe(0);
    expect(live.step(3600).flows.arrived).toBe(first);
  });
});
