// The learning curve: new hires start slow and improve with the calls they answer.
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../src/sim/engine/simulation';
import { buildScenario } from '../support/scenario-builder';

const DAY = 86_400;

function onboarding(learning?: { startEfficiency: number; halfwayCalls: number }) {
  return buildScenario({
    horizon: { kind: 'duration', seconds: 5 * DAY },
    intervalMinutes: 60,
    callTypes: [
      {
        id: 'call',
        queue: 'q',
        arrivals: { callsPerHour: [...Array(8).fill(0), ...Array(8).fill(40), ...Array(8).fill(0)] },
        talk: { kind: 'deterministic', valueSeconds: 300 },
        resolution: { probability: 0.8 },
      },
    ],
    agentGroups: [{ id: 'cohort', queues: ['q'], agents: 0, ...(learning ? { learning } : {}) }],
    schedule: [{ group: 'cohort', agents: 12, startAt: 8 * 3600, endAt: 17 * 3600 }],
  });
}

function byDay(result: ReturnType<typeof runScenario>, kpi: 'talkSeconds' | 'firstContactResolution'): number[] {
  return [0, 1, 2, 3, 4].map((d) => {
    const day = result.intervals.filter((i) => Math.floor(i.startSeconds / DAY) === d && i.answered > 0);
    const weight = day.reduce((a, i) => a + i.answered, 0);
    return day.reduce((a, i) => a + (i[kpi] as number) * i.answered, 0) / weight;
  });
}

describe('learning curve', () => {
  it('starts new hires slow and brings them towards tenured handle time over the days', () => {
    const learning = runScenario(onboarding({ startEfficiency: 0.53, halfwayCalls: 40 }));
    const talk = byDay(learning, 'talkSeconds');
    // Day 1: about 300 / 0.53 for the first calls, then faster; every day faster than the one before.
    expect(talk[0]).toBeGreaterThan(300 / 0.8);
    for (let d = 1; d < 5; d++) expect(talk[d]).toBeLessThan(talk[d - 1]!);
    // Each agent answers about 27 calls a day: after about 110–135 calls (day 5), efficiency is
    // 1 − 0.47 × 2^(−n/40) ≈ 0.95–0.96, so talk is about 312–316 s; it was 300 / 0.53 ≈ 566 s at the start.
    expect(talk[4]).toBeGreaterThan(305);
    expect(talk[4]).toBeLessThan(325);
    // Without a learning curve every call takes exactly 300 s.
    expect(byDay(runScenario(onboarding()), 'talkSeconds')).toEqual([300, 300, 300, 300, 300]);
  });

  it('raises first-contact resolution as proficiency grows', () => {
    const fcr = byDay(runScenario(onboarding({ startEfficiency: 0.53, halfwayCalls: 40 })), 'firstContactResolution');
    expect(fcr[4]).toBeGreaterThan(fcr[0]! + 0.05);
  });
});
