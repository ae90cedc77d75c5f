// The fate of one caller in an M/M/c+M queue who arrives to find every agent busy and j callers waiting
// ahead: answered or abandoned, and how long it waits. Pure math for erlang-a.ts; no dependencies.
//
// While i callers are ahead, the queue ahead shrinks at rate a + iθ (a = cμ: an agent frees up and takes
// the head; iθ: one of those ahead abandons), so the time S to reach an agent is a sum of exponential
// phases with rates a + iθ, i = j..0, and the caller is answered iff S beats its own patience τ ~ Exp(θ).
// For rates in arithmetic progression the density of S has the positive closed form
//   f(s) = K_j·e^{−as}·(1 − e^{−θs})^j,
// and the substitution u = 1 − e^{−θs} turns the probabilities below into regularised incomplete beta
// functions I_x(j+1, q) with x = 1 − e^{−θT} and q = a/θ. For integer j those are negative binomial
// sums, 1 − I_x(j+1, q) = Σ_{k=0..j} C(q+k−1, k)·x^k·(1−x)^q, with positive terms only (no cancellation).
// Each term is kept as a logarithm, so (1−x)^q = e^{−aT} may be far below the smallest double without
// harm. Advancing j by one costs O(1).
//   P(answered | j)               = a / (a + (j+1)θ)                  (the product telescopes)
//   E[W | j]                      = (j+1) / (a + (j+1)θ)
//   E[W·1{answered} | j]          = P(answered | j) · Σ_{i=1..j+1} 1/(a + iθ)
//   P(answered, W ≤ T | j)        = E[e^{−θS}; S ≤ T] = P(answered | j) · I_x(j+1, q+1)
//   P(W ≤ T | j)                  = 1 − P(S > T)·e^{−θT},  P(S ≤ T) = I_x(j+1, q)
//   P(abandoned, W ≤ T | j)       = P(W ≤ T | j) − P(answered, W ≤ T | j)

/** A running sum with Neumaier compensation: the log terms add thousands of increments to a value of size aT. */
class CompensatedSum {
  private sum = 0;
  private compensation = 0;

  constructor(start: number) {
    this.sum = start;
  }

  add(value: number): void {
    // A term that became exactly 0 (log −∞) stays 0; without this the compensation would turn into NaN.
    if (value === -Infinity || this.sum === -Infinity) {
      this.sum = -Infinity;
      this.compensation = 0;
      return;
    }
    const next = this.sum + value;
    if (Math.abs(this.sum) >= Math.abs(value)) this.compensation += this.sum - next + value;
    else this.compensation += value - next + this.sum;
    this.sum = next;
  }

  get value(): number {
    return this.sum + this.compensation;
  }
}

/** Walks j = 0, 1, 2, … and exposes the outcome probabilities and mean waits for the current j. */
export class QueuedCallerOutcomes {
  /** Callers waiting ahead; −1 before the first `advance()`. */
  ahead = -1;
  answered = 0;
  abandoned = 0;
  answeredWithinThreshold = 0;
  abandonedWithinThreshold = 0;
  /** E[W·1{answered} | j], seconds. */
  answeredWaitSeconds = 0;
  /** E[W | j], seconds. */
  meanWaitSeconds = 0;

  private readonly q: number;
  private readonly logX: number;
  private readonly patienceSurvivalAtThreshold: number;
  private logTerm: CompensatedSum;
  private logTermShifted: CompensatedSum;
  private cumulative = 0;
  private cumulativeShifted = 0;
  private inverseRateSum = 0;

  /**
   * @param agentRatePerSecond a = cμ, agents × service rate (≥ 0).
   * @param abandonRatePerSecond θ = 1 / mean patience (> 0).
   * @param thresholdSeconds T ≥ 0.
   */
  constructor(
    private readonly agentRatePerSecond: number,
    private readonly abandonRatePerSecond: number,
    thresholdSeconds: number,
  ) {
    const theta = abandonRatePerSecond;
    this.q = agentRatePerSecond / theta;
    // x = 1 − e^{−θT}; log(0) = −∞ at T = 0 makes every term after the first exactly 0, as it should.
    this.logX = Math.log(-Math.expm1(-theta * thresholdSeconds));
    this.patienceSurvivalAtThreshold = Math.exp(-theta * thresholdSeconds);
    // First terms: (1−x)^q = e^{−aT} and (1−x)^{q+1} = e^{−(a+θ)T}.
    this.logTerm = new CompensatedSum(-agentRatePerSecond * thresholdSeconds);
    this.logTermShifted = new CompensatedSum(-(agentRatePerSecond + theta) * thresholdSeconds);
  }

  /** Moves to the next j and updates every field. */
  advance(): void {
    const j = this.ahead + 1;
    this.ahead = j;
    if (j > 0) {
      // Ratio of consecutive negative binomial terms: x·(q + j − 1)/j, and x·(q + j)/j for shape q + 1.
      // With a = 0 the first ratio is 0 and its log −∞: every later term is 0, S never ends (no agents).
      this.logTerm.add(this.logX + Math.log((this.q + j - 1) / j));
      this.logTermShifted.add(this.logX + Math.log((this.q + j) / j));
    }
    this.cumulative += Math.exp(this.logTerm.value);
    this.cumulativeShifted += Math.exp(this.logTermShifted.value);

    const theta = this.abandonRatePerSecond;
    const exitRate = this.agentRatePerSecond + (j + 1) * theta;
    this.inverseRateSum += 1 / exitRate;
    this.answered = this.agentRatePerSecond / exitRate;
    this.abandoned = ((j + 1) * theta) / exitRate;
    this.meanWaitSeconds = (j + 1) / exitRate;
    this.answeredWaitSeconds = this.answered * this.inverseRateSum;

    // The cumulative sums are CDF values; rounding may push them a hair past 1.
    const reachedAgentByThreshold = 1 - Math.min(1, this.cumulative);
    const answeredWithin = this.answered * Math.max(0, 1 - Math.min(1, this.cumulativeShifted));
    const leftByThreshold = 1 - (1 - reachedAgentByThreshold) * this.patienceSurvivalAtThreshold;
    this.answeredWithinThreshold = answeredWithin;
    this.abandonedWithinThreshold = Math.max(0, leftByThreshold - answeredWithin);
  }
}
