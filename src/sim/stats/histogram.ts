// A bounded histogram: fixed-width bins plus one overflow bin, in constant memory whatever the number of
// observations. Pure, no DOM.
import type { HistogramData } from '../results';

export class Histogram {
  readonly binSeconds: number;
  readonly counts: Float64Array;
  /** Index of the overflow bin. */
  private readonly last: number;
  constructor(binSeconds: number, bins: number) {
    if (!(binSeconds > 0) || !Number.isInteger(bins) || bins < 1)
      throw new RangeError(`histogram: needs binSeconds > 0 and bins >= 1 (got ${binSeconds}, ${bins})`);
    this.binSeconds = binSeconds;
    // The last bin collects everything at or beyond bins × binSeconds.
    this.counts = new Float64Array(bins + 1);
    this.last = bins;
  }

  add(valueSeconds: number): void {
    const i = Math.floor(valueSeconds / this.binSeconds);
    this.counts[i < this.last ? i : this.last]!++;
  }

  toData(): HistogramData {
    return { binSeconds: this.binSeconds, counts: Array.from(this.counts) };
  }
}

/** The value below which a share p of the observations lie, interpolated within its bin; NaN if empty. */
export function histogramQuantile(h: HistogramData, p: number): number {
  const total = h.counts.reduce((a, b) => a + b, 0);
  if (total === 0) return NaN;
  const target = p * total;
  let below = 0;
  for (let i = 0; i < h.counts.length; i++) {
    const c = h.counts[i] as number;
    if (below + c >= target && c > 0) {
      if (i === h.counts.length - 1) return i * h.binSeconds; // in the overflow bin: a lower bound
      return (i + (target - below) / c) * h.binSeconds;
    }
    below += c;
  }
  return (h.counts.length - 1) * h.binSeconds;
}
