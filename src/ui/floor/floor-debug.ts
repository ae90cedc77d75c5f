// The test hook of <sb-floor-view>: read-only facts about the scene and the renderer, for browser tests and
// the benchmark, read live when asked for. No three types leak through it.

export interface ScreenPoint {
  /** Client (viewport) coordinates, CSS pixels. */
  x: number;
  y: number;
}

export interface FloorDebug {
  /** Agent figures in the scene (instances of the agents' mesh). */
  readonly agentCount: number;
  /** Draw calls of the last rendered frame (renderer.info.render.calls). */
  readonly drawCalls: number;
  /** Geometries and textures the renderer holds on the GPU (renderer.info.memory). */
  readonly geometries: number;
  readonly textures: number;
  /** Labels laid over the canvas (page text, floor-label.ts). */
  readonly labels: number;
  /** Frames rendered since the element connected. */
  readonly frames: number;
  /** Frames that laid the labels out again (only when the camera, the canvas or the scene changed). */
  readonly labelPlacements: number;
  /**
   * Milliseconds of main-thread time in the latest `sync` step (snapshot onto the scene), the latest frame's
   * animation step (fades, queue lines, markers) and its render call. GPU time is not included.
   */
  readonly lastSyncMs: number;
  readonly lastTickMs: number;
  readonly lastRenderMs: number;
  /** Device pixels per CSS pixel the floor draws with now (lowered on a slow renderer, resolution-governor.ts). */
  readonly pixelRatio: number;
  /** The colour agent i is drawn with now, `#rrggbb`. */
  agentColorAt(index: number): string;
  /** Whether agent i's figure stands at its desk (logged-out agents leave the desk empty). */
  agentShownAt(index: number): boolean;
  /** The role badge drawn over agent i: 'diamond' (team lead), 'triangle' (specialist) or '' (none, or hidden). */
  agentBadgeAt(index: number): string;
  /** The colour agent i's desk is drawn with now (plain, or the heat map's), `#rrggbb`. */
  deskColorAt(index: number): string;
  /** Where agent i's head is on screen, or null when it is off screen. */
  agentScreenPoint(index: number): ScreenPoint | null;
  /** A point of zone g's floor clear of desks (the middle of its front aisle) on screen, or null. */
  zoneScreenPoint(groupIndex: number): ScreenPoint | null;
  /** Renders a frame now, synchronously (tests and the benchmark). */
  renderNow(): void;
}
