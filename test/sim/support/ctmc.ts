// The stationary distribution of a small continuous-time Markov chain, solved exactly (dense Gaussian
// elimination with partial pivoting on πQ = 0, Σπ = 1). For the exact-value tests of routing rules: a few
// hundred states at most.

/** A chain given by its states (each with a unique key) and, per state, the transitions out of it. */
export interface Chain<S> {
  states: readonly S[];
  key(state: S): string;
  /** [next state, rate] pairs; a next state outside `states` is a modelling error and throws. */
  out(state: S): [S, number][];
}

export function stationary<S>(chain: Chain<S>): Map<string, number> {
  const n = chain.states.length;
  const index = new Map(chain.states.map((s, i) => [chain.key(s), i]));
  if (index.size !== n) throw new Error('ctmc: two states share a key');
  // Rows of A are the balance equations (columns of Q): A[j][i] = Q[i][j]; the last is replaced by Σπ = 1.
  const a = Array.from({ length: n }, () => new Float64Array(n + 1));
  chain.states.forEach((s, i) => {
    for (const [next, rate] of chain.out(s)) {
      if (rate === 0) continue;
      const j = index.get(chain.key(next));
      if (j === undefined) throw new Error(`ctmc: transition to an unknown state ${chain.key(next)}`);
      if (j === i) continue;
      (a[j] as Float64Array)[i]! += rate;
      (a[i] as Float64Array)[i]! -= rate;
    }
  });
  const last = a[n - 1] as Float64Array;
  last.fill(1);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    const p = a[col] as Float64Array;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const row = a[r] as Float64Array;
      const f = row[col]! / p[col]!;
      if (f === 0) continue;
      for (let c = col; c <= n; c++) row[c]! -= f * p[c]!;
    }
  }
  return new Map(chain.states.map((s, i) => [chain.key(s), a[i]![n]! / a[i]![i]!]));
}

/** E[f(state)] under the stationary distribution. */
export function expectation<S>(chain: Chain<S>, pi: Map<string, number>, f: (state: S) => number): number {
  return chain.states.reduce((sum, s) => sum + (pi.get(chain.key(s)) as number) * f(s), 0);
}
