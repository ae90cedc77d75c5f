// The class's leaderboard and spread: verified hand-ins only, ranked by score with a stated tie-break, and each
// KPI's minimum, quartiles and maximum across the class. Pure, no DOM.
import type { ClassResult } from './types';

export interface RankedResult {
  /** 1-based; trainees equal on every criterion share a rank. */
  rank: number;
  result: ClassResult & {
    replayed: NonNullable<ClassResult['replayed']>;
    trainee: NonNullable<ClassResult['trainee']>;
  };
}

/** The tie-break, in words for the page and the docs: score, then fewer abandoned, then lower cost. */
export const TIE_BREAK = ['score (higher first)', 'abandoned calls (fewer first)', 'cost (lower first)'] as const;

/** Scores are compared at the precision they are shown with (two decimals), so a 1e-12 difference is a tie. */
const round2 = (x: number) => Math.round(x * 100) / 100;

function compare(a: RankedResult['result'], b: RankedResult['result']): number {
  return (
    round2(b.replayed.score) - round2(a.replayed.score) ||
    a.replayed.abandoned - b.replayed.abandoned ||
    round2(a.replayed.cost) - round2(b.replayed.cost)
  );
}

/** The leaderboard: verified hand-ins only; equal trainees keep the order they were handed in. */
export function rankResults(results: readonly ClassResult[]): RankedResult[] {
  const verified = results.filter(
    (r): r is RankedResult['result'] => r.status === 'verified' && r.replayed !== undefined && r.trainee !== undefined,
  );
  const sorted = verified
    .map((result, order) => ({ result, order }))
    .sort((a, b) => compare(a.result, b.result) || a.order - b.order);
  const ranked: RankedResult[] = [];
  sorted.forEach(({ result }, i) => {
    const previous = ranked[i - 1];
    const rank = previous !== undefined && compare(previous.result, result) === 0 ? previous.rank : i + 1;
    ranked.push({ rank, result });
  });
  return ranked;
}

/** Quantile by linear interpolation between order statistics (Hyndman & Fan type 7, as R's default). */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return a + (h - lo) * (b - a);
}

export type SpreadKpi = 'score' | 'serviceLevel' | 'abandonmentRate' | 'answered' | 'cost' | 'meanReactionSeconds';
export const SPREAD_KPIS: readonly SpreadKpi[] = [
  'score',
  'serviceLevel',
  'abandonmentRate',
  'answered',
  'cost',
  'meanReactionSeconds',
];

export interface Spread {
  kpi: SpreadKpi;
  /** Trainees with a value (missed reactions count no value, so a class that never reacted has count 0). */
  count: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** A verified trainee's value of a KPI (NaN when it has none: no inject was reacted to). */
export function kpiValue(result: RankedResult['result'], kpi: SpreadKpi): number {
  const k = result.replayed;
  switch (kpi) {
    case 'score':
      return k.score;
    case 'serviceLevel':
      return k.serviceLevel;
    case 'abandonmentRate':
      return k.offered > 0 ? k.abandoned / k.offered : 0;
    case 'answered':
      return k.answered;
    case 'cost':
      return k.cost;
    case 'meanReactionSeconds': {
      const reacted = (result.reactions ?? []).flatMap((r) => (r.latencySeconds === null ? [] : [r.latencySeconds]));
      return reacted.length === 0 ? NaN : reacted.reduce((s, x) => s + x, 0) / reacted.length;
    }
  }
}

/** The spread of the class (verified hand-ins) on each KPI. */
export function classSpread(ranked: readonly RankedResult[]): Spread[] {
  return SPREAD_KPIS.map((kpi) => {
    const values = ranked
      .map((r) => kpiValue(r.result, kpi))
      .filter((v) => !Number.isNaN(v))
      .sort((a, b) => a - b);
    return {
      kpi,
      count: values.length,
      min: values[0] ?? NaN,
      q1: quantile(values, 0.25),
      median: quantile(values, 0.5),
      q3: quantile(values, 0.75),
      max: values[values.length - 1] ?? NaN,
    };
  });
}
