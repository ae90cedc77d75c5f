// The floor's one render loop as a Lit reactive controller: it runs while the element is connected and asks
// for animation frames only when something changed (a snapshot, a camera move, an animation in progress).
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Draws one frame at `now` (ms); returns true if another frame is needed (something is still moving). */
export type FrameCallback = (now: number) => boolean;

export class RenderLoopController implements ReactiveController {
  private readonly frame: FrameCallback;
  private isRunning = false;
  private handle = 0;

  constructor(host: ReactiveControllerHost, frame: FrameCallback) {
    this.frame = frame;
    host.addController(this);
  }

  hostConnected(): void {
    this.isRunning = true;
    this.request();
  }

  hostDisconnected(): void {
    this.isRunning = false;
    if (this.handle !== 0) cancelAnimationFrame(this.handle);
    this.handle = 0;
  }

  /** Asks for a frame; several requests before the next frame make one frame. */
  request(): void {
    if (!this.isRunning || this.handle !== 0) return;
    this.handle = requestAnimationFrame((now) => {
      this.handle = 0;
      if (this.frame(now)) this.request();
    });
  }
}
