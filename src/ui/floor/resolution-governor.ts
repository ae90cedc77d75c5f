// Keeps the floor from freezing the page on a slow renderer. Where WebGL is drawn in software (no GPU, or
// Chromium's software compositing) each frame is read back on the main thread, and a full-resolution frame of a
// big floor can block it for 70–270 ms. The governor watches long tasks (> 50 ms) that happen while the floor
// draws and lowers its pixel ratio a step at a time (fewer pixels to draw and read back), down to a floor. When
// frames have been drawn for a while with no long task blamed on them (the run paused, the floor calmer, another
// tab closed), it raises the ratio a step again, up to where it started; a step up that brings long tasks back
// doubles the wait before the next one, so the picture settles instead of pumping. Pure: no DOM, the caller
// feeds it.

/** Long tasks within this window after a floor frame are blamed on the floor. */
export const BLAME_WINDOW_MS = 100;
/** Each step multiplies the pixel ratio by this. */
export const STEP = 0.75;
/** The lowest pixel ratio: below it the floor is too blurry to read. */
export const MIN_PIXEL_RATIO = 0.4;
/** Long tasks caught in the window before a step down (one slow frame can be a fluke: a GC, a layout). */
export const LONG_TASKS_PER_STEP = 2;
/** Quiet drawing time (ms, no long task blamed on the floor) before a step back up. */
export const RECOVER_AFTER_MS = 4000;
/** The longest wait before a step up, after repeated failed tries. */
export const MAX_RECOVER_AFTER_MS = 64_000;

export class ResolutionGovernor {
  private ratio: number;
  private readonly initialRatio: number;
  private lastFrameAt = -Infinity;
  /** The last long task blamed on the floor, or the last step up: quiet time counts from there. */
  private lastTroubleAt = -Infinity;
  private lastStepUpAt = -Infinity;
  private recoverAfterMs = RECOVER_AFTER_MS;
  private strikes = 0;
  private steps = 0;
  private stepsUpCount = 0;

  constructor(initialPixelRatio: number) {
    this.ratio = initialPixelRatio;
    this.initialRatio = initialPixelRatio;
  }

  get pixelRatio(): number {
    return this.ratio;
  }

  /** Times the ratio went down. */
  get stepsDown(): number {
    return this.steps;
  }

  /** Times the ratio went back up. */
  get stepsUp(): number {
    return this.stepsUpCount;
  }

  /**
   * A floor frame was drawn at `now` (ms, the clock of the long-task entries). Returns the new pixel ratio when
   * quiet frames let it rise, otherwise undefined.
   */
  frameDrawn(now: number): number | undefined {
    this.lastFrameAt = now;
    if (this.ratio >= this.initialRatio) return undefined;
    if (this.lastTroubleAt === -Infinity) this.lastTroubleAt = now;
    if (now - this.lastTroubleAt < this.recoverAfterMs) return undefined;
    this.ratio = Math.min(this.initialRatio, this.ratio / STEP);
    this.stepsUpCount++;
    this.lastStepUpAt = now;
    this.lastTroubleAt = now;
    this.strikes = 0;
    return this.ratio;
  }

  /**
   * A long task started at `startMs` and lasted `durationMs`. Returns the new pixel ratio when it changes,
   * otherwise undefined.
   */
  longTask(startMs: number, durationMs: number): number | undefined {
    if (durationMs <= 50) return undefined;
    // The task must overlap the last frame (give or take the window): otherwise something else was slow.
    const overlaps =
      startMs <= this.lastFrameAt + BLAME_WINDOW_MS && startMs + durationMs >= this.lastFrameAt - BLAME_WINDOW_MS;
    if (!overlaps) return undefined;
    this.lastTroubleAt = Math.max(this.lastTroubleAt, startMs);
    if (++this.strikes < LONG_TASKS_PER_STEP) return undefined;
    this.strikes = 0;
    const next = Math.max(MIN_PIXEL_RATIO, this.ratio * STEP);
    if (next >= this.ratio) return undefined;
    // Trouble soon after a step up: that step was too far; wait twice as long before trying again.
    if (startMs - this.lastStepUpAt < this.recoverAfterMs)
      this.recoverAfterMs = Math.min(MAX_RECOVER_AFTER_MS, this.recoverAfterMs * 2);
    this.ratio = next;
    this.steps++;
    return next;
  }
}
