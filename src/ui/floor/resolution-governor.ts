// Keeps the floor from freezing the page on a slow renderer. Where WebGL is drawn in software (no GPU, or
// Chromium's software compositing) each frame is read back on the main thread, and a full-resolution frame of a
// big floor can block it for 70–270 ms. The governor watches long tasks (> 50 ms) that happen while the floor
// draws and lowers its pixel ratio a step at a time (fewer pixels to draw and read back), down to a floor; it
// never raises it again in the same session, so the picture does not pump. Pure: no DOM, the caller feeds it.

/** Long tasks within this window after a floor frame are blamed on the floor. */
export const BLAME_WINDOW_MS = 100;
/** Each step multiplies the pixel ratio by this. */
export const STEP = 0.75;
/** The lowest pixel ratio: below it the floor is too blurry to read. */
export const MIN_PIXEL_RATIO = 0.4;
/** Long tasks caught in the window before a step down (one slow frame can be a fluke: a GC, a layout). */
export const LONG_TASKS_PER_STEP = 2;

export class ResolutionGovernor {
  private ratio: number;
  private lastFrameAt = -Infinity;
  private strikes = 0;
  private steps = 0;

  constructor(initialPixelRatio: number) {
    this.ratio = initialPixelRatio;
  }

  get pixelRatio(): number {
    return this.ratio;
  }

  /** Times the ratio went down. */
  get stepsDown(): number {
    return this.steps;
  }

  /** A floor frame was drawn at `now` (ms, the clock of the long-task entries). */
  frameDrawn(now: number): void {
    this.lastFrameAt = now;
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
    if (++this.strikes < LONG_TASKS_PER_STEP) return undefined;
    this.strikes = 0;
    const next = Math.max(MIN_PIXEL_RATIO, this.ratio * STEP);
    if (next >= this.ratio) return undefined;
    this.ratio = next;
    this.steps++;
    return next;
  }
}
