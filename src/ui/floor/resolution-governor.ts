// Keeps the floor from freezing the page on a slow renderer. Where WebGL is drawn in software (no GPU, or
// Chromium's software compositing) each frame is read back on the main thread, and a full-resolution frame of a
// big floor can block it for 70–270 ms. The governor watches long tasks (> 50 ms) that happen while the floor
// draws and lowers its pixel ratio a step at a time (fewer pixels to draw and read back), down to a floor. When
// frames have been drawn for a while with no long task blamed on them (the run paused, the floor calmer, another
// tab closed), it raises the ratio a step again, up to where it started; a step up that brings long tasks back
// doubles the wait before the next one, so the picture settles instead of pumping.
// Where the frame is rasterised outside the page's thread (Chromium compositing in its GPU process on a
// software rasteriser) nothing blocks the page, yet frames come slowly: the governor also measures the frame
// rate from the times between the floor's animation frames, over windows of about a second of drawing, and
// steps down when a window runs under LOW_FRAMES_PER_SECOND. A window counts as quiet only at RECOVER_FRAMES_
// PER_SECOND or more, well above the step-down mark (a step up costs about 1/STEP² as many pixels again), so
// a step up does not undo itself. Pure: no DOM, the caller feeds it.

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
/** A window of measured frames under this rate steps the ratio down. */
export const LOW_FRAMES_PER_SECOND = 24;
/**
 * A window must run at least this fast to count as quiet (towards a step up). A step up draws 1/STEP² ≈ 1.8
 * times the pixels; where the pixels set the pace, 45 fps becomes about 25, still above LOW_FRAMES_PER_SECOND.
 */
export const RECOVER_FRAMES_PER_SECOND = 45;
/** Drawing time (ms) a frame-rate window covers before it is judged. */
export const RATE_WINDOW_MS = 1000;
/** Frames a window needs before it is judged (a few slow frames alone say little). */
export const RATE_WINDOW_FRAMES = 8;
/** A longer gap between two floor frames is the loop resting (nothing moved), not a slow frame: not counted. */
export const IDLE_GAP_MS = 500;

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
  /** The frame-rate window being filled: frames and the time between them (ms). */
  private windowFrames = 0;
  private windowMs = 0;
  private measuredRate = NaN;

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

  /** Frames per second over the last judged window; NaN before the first. */
  get framesPerSecond(): number {
    return this.measuredRate;
  }

  /**
   * A floor frame was drawn at `now` (ms, the clock of the long-task entries: the animation frame's
   * timestamp). Returns the new pixel ratio when it changes (down on a slow frame rate, up after quiet
   * frames), otherwise undefined.
   */
  frameDrawn(now: number): number | undefined {
    const sinceLast = now - this.lastFrameAt;
    this.lastFrameAt = now;
    if (sinceLast > 0 && sinceLast <= IDLE_GAP_MS) {
      this.windowFrames++;
      this.windowMs += sinceLast;
    }
    if (this.windowMs >= RATE_WINDOW_MS && this.windowFrames >= RATE_WINDOW_FRAMES) {
      const lowered = this.judgeWindow(now);
      if (lowered !== undefined) return lowered;
    }
    if (this.ratio >= this.initialRatio) return undefined;
    if (this.lastTroubleAt === -Infinity) this.lastTroubleAt = now;
    if (now - this.lastTroubleAt < this.recoverAfterMs) return undefined;
    this.ratio = Math.min(this.initialRatio, this.ratio / STEP);
    this.stepsUpCount++;
    this.lastStepUpAt = now;
    this.lastTroubleAt = now;
    this.strikes = 0;
    this.restartWindow();
    return this.ratio;
  }

  /** A full window: too slow steps down; not fast enough to try higher restarts the quiet time. */
  private judgeWindow(now: number): number | undefined {
    this.measuredRate = (this.windowFrames * 1000) / this.windowMs;
    this.restartWindow();
    if (this.measuredRate >= RECOVER_FRAMES_PER_SECOND) return undefined;
    this.lastTroubleAt = now;
    if (this.measuredRate >= LOW_FRAMES_PER_SECOND) return undefined;
    return this.stepDown(now);
  }

  private restartWindow(): void {
    this.windowFrames = 0;
    this.windowMs = 0;
  }

  /** One step down (not below the minimum); the new ratio, or undefined at the minimum already. */
  private stepDown(at: number): number | undefined {
    const next = Math.max(MIN_PIXEL_RATIO, this.ratio * STEP);
    if (next >= this.ratio) return undefined;
    // Trouble soon after a step up: that step was too far; wait twice as long before trying again.
    if (at - this.lastStepUpAt < this.recoverAfterMs)
      this.recoverAfterMs = Math.min(MAX_RECOVER_AFTER_MS, this.recoverAfterMs * 2);
    this.ratio = next;
    this.steps++;
    // Frames at the new ratio are measured afresh.
    this.restartWindow();
    return next;
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
    return this.stepDown(startMs);
  }
}
