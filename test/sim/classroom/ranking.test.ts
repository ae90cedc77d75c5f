// The leaderboard (verified only, by score, then fewer abandoned, then lower cost; equal trainees share a rank),
// the spread of the class (quartiles checked against values worked out by hand) and the CSV export.
import { describe, expect, it } from 'vitest';
import { classCsv, csvField } from '../../../src/sim/classroom/csv';
import { classSpread, quantile, rankResults } from '../../../src/sim/classroom/ranking';
import type { ClassResult } from '../../../src/sim/classroom/types';
import { callIn, classroom, fluPack, playAndHandIn } from './play';

function result(
  name: string,
  score: number,
  abandoned = 10,
  cost = 1000,
  status: ClassResult['status'] = 'verified',
): ClassResult {
  const kpis = { offered: 100, answered: 100 - abandoned, abandoned, serviceLevel: 0.8, cost, score };
  return { source: `${name}.json`, status, problems: [], trainee: { name }, claimed: kpis, replayed: kpis };
}

describe('ranking and spread', () => {
  it('ranks verified hand-ins by score, then fewer abandoned, then lower cost, and never a flagged one', () => {
    const ranked = rankResults([
      result('low', 40),
      result('cheat', 99, 0, 0, 'tampered'),
      result('tieMoreAbandoned', 70, 12),
      result('top', 90),
      result('tieFewerAbandoned', 70, 8),
      result('tieCheaper', 70, 8, 900),
      result('twin', 70, 8, 900),
    ]);
    expect(ranked.map((r) => [r.rank, r.result.trainee.name])).toEqual([
      [1, 'top'],
      [2, 'tieCheaper'],
      [2, 'twin'],
      [4, 'tieFewerAbandoned'],
      [5, 'tieMoreAbandoned'],
      [6, 'low'],
    ]);
  });

  it('computes quartiles by linear interpolation (type 7)', () => {
    expect([0.25, 0.5, 0.75].map((p) => quantile([1, 2, 3, 4, 5], p))).toEqual([2, 3, 4]);
    expect([0, 0.25, 0.5, 0.75, 1].map((p) => quantile([1, 2, 3, 4], p))).toEqual([1, 1.75, 2.5, 3.25, 4]);
    expect(quantile([7], 0.25)).toBe(7);
  });

  it('gives the spread of each KPI across the verified class only', () => {
    const spread = classSpread(
      rankResults([result('a', 10, 5), result('b', 20, 10), result('c', 40, 20), result('x', 0, 0, 0, 'duplicate')]),
    );
    expect(spread.find((s) => s.kpi === 'score')).toEqual({
      kpi: 'score',
      count: 3,
      min: 10,
      q1: 15,
      median: 20,
      q3: 30,
      max: 40,
    });
    expect(spread.find((s) => s.kpi === 'abandonmentRate')).toMatchObject({ min: 0.05, median: 0.1, max: 0.2 });
    expect(spread.find((s) => s.kpi === 'meanReactionSeconds')).toMatchObject({ count: 0 });
  });

  it('exports ranked rows in rank order, then flagged ones with the reason, quoted and formula-safe', () => {
    const flagged = {
      ...result('Eve, "the tamperer"', 99),
      status: 'tampered' as const,
      problems: ['claimed.score: claims 99'],
    };
    const csv = classCsv('Class 1', 'AB12-CD34', [result('=cmd', 50), flagged, result('Al', 60)]);
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe(
      'class,pack,rank,name,team,status,score,offered,answered,abandoned,service_level,cost,source,problems',
    );
    expect(lines[1]).toMatch(/^Class 1,AB12-CD34,1,Al,,verified,60,/);
    expect(lines[2]).toMatch(/^Class 1,AB12-CD34,2,'=cmd,,verified,50,/);
    expect(lines[3]).toContain('"Eve, ""the tamperer""",,tampered,99,');
    expect(lines[3]).toContain('claimed.score: claims 99');
    expect(csvField(-3)).toBe('-3');
  });

  it('makes a board from real hand-ins: ranked by their replayed scores, each objective a CSV column', () => {
    const pack = fluPack();
    const quick = playAndHandIn(pack, 'Quick', [{ at: 3600, action: callIn(3) }]);
    const idle = playAndHandIn(pack, 'Idle', []);
    expect(quick.handIn.claimed.score).not.toBe(idle.handIn.claimed.score);
    const s = classroom();
    const results = [idle, quick, quick].map((h, i) => s.verifyHandIn(pack.pack, `h${i}`, h.code));
    const board = s.classBoard('Onboarding 12', pack.identity, results);
    expect(board.results.map((r) => r.status)).toEqual(['verified', 'verified', 'duplicate']);
    const byScore = [idle, quick]
      .sort((a, b) => b.handIn.claimed.score - a.handIn.claimed.score)
      .map((h) => h.handIn.trainee.name);
    expect(board.ranked.map((r) => r.result.trainee.name)).toEqual(byScore);
    expect(board.csv.split('\r\n')[0]).toContain(`objective:${results[0]!.objectives![0]!.id}`);
  });
});
