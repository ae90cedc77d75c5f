// Everything WebGL behind <sb-floor-view>: one renderer on one canvas, the camera and its controls, and the
// scene of the current layout (rebuilt, and the old one disposed of, when the layout changes). The element
// owns the DOM and the events; this class owns three.js.
import { MathUtils, Raycaster, Vector2, Vector3, WebGLRenderer } from 'three';
import { CSS2DRenderer } from 'three/examples/jsm/renderers/CSS2DRenderer.js';
import { declutterLabels } from './floor-label';
import type { FloorLayout, FloorSnapshot } from '../../sim/api';
import { FloorCamera } from './floor-camera';
import type { FloorDebug, ScreenPoint } from './floor-debug';
import { outlineOf, type FloorStructure } from './floor-layout';
import { FloorScene, type FloorPick } from './floor-scene';

const scratchPointer = new Vector2();
const scratchWorld = new Vector3();

/** A WebGL 2 context (three.js needs WebGL 2), or undefined where there is none; never throws. */
function webgl2Context(canvas: HTMLCanvasElement): WebGL2RenderingContext | undefined {
  try {
    return (
      canvas.getContext('webgl2', { antialias: false, alpha: false, powerPreference: 'high-performance' }) ?? undefined
    );
  } catch {
    return undefined;
  }
}

export class FloorStage {
  readonly canvas: HTMLCanvasElement;
  /** The layer of the scene's labels, page text over the canvas (floor-label.ts); the element places it. */
  readonly labelLayer: HTMLElement;
  private readonly renderer: WebGLRenderer;
  private readonly labelRenderer = new CSS2DRenderer();
  private heightPixels = 0;
  private readonly camera: FloorCamera;
  private readonly raycaster = new Raycaster();
  private scene: FloorScene | undefined;
  private frames = 0;
  private lastSyncMs = 0;
  private lastTickMs = 0;
  private lastRenderMs = 0;
  /** What the labels were last laid out for: the camera's two matrices, the canvas size, the scene. */
  private readonly labelsPlacedFor = new Float64Array(34);
  private labelsPlacedScene: FloorScene | undefined;
  private labelPlacements = 0;

  /** A stage, or undefined when this browser has no WebGL 2 (the caller then says so instead). */
  static create(onCameraChange: () => void): FloorStage | undefined {
    const canvas = document.createElement('canvas');
    const context = webgl2Context(canvas);
    if (context === undefined) return undefined;
    try {
      return new FloorStage(canvas, context, onCameraChange);
    } catch {
      return undefined;
    }
  }

  private constructor(canvas: HTMLCanvasElement, context: WebGL2RenderingContext, onCameraChange: () => void) {
    this.canvas = canvas;
    this.renderer = new WebGLRenderer({ canvas, context, antialias: false });
    // A software renderer (no GPU) draws every pixel on the CPU and the page waits for it: start at a lower
    // resolution there; the resolution governor (floor-view.ts) lowers it further if frames still block.
    const fullRatio = Math.min(2, window.devicePixelRatio || 1);
    this.renderer.setPixelRatio(isSoftwareRenderer(context) ? Math.min(fullRatio, SOFTWARE_PIXEL_RATIO) : fullRatio);
    this.labelLayer = this.labelRenderer.domElement;
    this.labelLayer.className = 'label-layer';
    this.camera = new FloorCamera(canvas);
    this.camera.controls.addEventListener('change', onCameraChange);
  }

  /** True when the scene on show is the one of `layout` drawn as `structure`. */
  shows(layout: FloorLayout, structure: FloorStructure): boolean {
    return this.scene?.layout === layout && this.scene.plan.structure === structure;
  }

  /** Builds the scene of `layout`; the previous scene is disposed of. A new scenario reframes the camera. */
  setLayout(layout: FloorLayout, structure: FloorStructure): void {
    const previous = this.scene;
    previous?.dispose();
    this.scene = new FloorScene(layout, structure);
    const isSameFloor = previous?.layout.scenarioId === layout.scenarioId && previous.plan.structure === structure;
    this.camera.frame(outlineOf(this.scene.plan), !isSameFloor);
  }

  sync(snapshot: FloorSnapshot, now: number): void {
    const startedAt = performance.now();
    this.scene?.sync(snapshot, now);
    this.lastSyncMs = performance.now() - startedAt;
  }

  /** Draws a frame at `now` (ms); true while something still moves. */
  frame(now: number): boolean {
    const startedAt = performance.now();
    const cameraMoving = this.camera.update();
    const animating = this.scene?.tick(now) ?? false;
    const tickedAt = performance.now();
    if (this.scene !== undefined) {
      this.renderer.render(this.scene.scene, this.camera.camera);
      this.placeLabels(this.scene);
    }
    this.lastTickMs = tickedAt - startedAt;
    this.lastRenderMs = performance.now() - tickedAt;
    this.frames++;
    return cameraMoving || animating;
  }

  /**
   * Lays the labels over the frame, sized by how many CSS pixels a metre takes at the camera's target (the
   * stylesheet turns each label's height in metres into a font size, within readable bounds).
   */
  private placeLabels(scene: FloorScene): void {
    const camera = this.camera.camera;
    // Labels stand still unless the camera, the canvas or the scene changed (a queue's count is new text in
    // place, set by sync): laying them out again would restyle every label for nothing, every frame.
    if (!this.labelsNeedPlacing(scene)) return;
    this.labelPlacements++;
    const distance = camera.position.distanceTo(this.camera.controls.target);
    const pixelsPerMetre = this.heightPixels / (2 * distance * Math.tan(MathUtils.degToRad(camera.fov) / 2));
    if (Number.isFinite(pixelsPerMetre))
      this.labelLayer.style.setProperty('--pixels-per-metre', pixelsPerMetre.toFixed(2));
    this.labelRenderer.render(scene.scene, camera);
    declutterLabels(this.labelLayer);
  }

  /** True when the camera, the canvas size or the scene differ from the last layout of the labels. */
  private labelsNeedPlacing(scene: FloorScene): boolean {
    const camera = this.camera.camera;
    const key = this.labelsPlacedFor;
    let changed = this.labelsPlacedScene !== scene;
    const note = (i: number, value: number) => {
      if (key[i] !== value) {
        key[i] = value;
        changed = true;
      }
    };
    camera.matrixWorld.elements.forEach((value, i) => note(i, value));
    camera.projectionMatrix.elements.forEach((value, i) => note(16 + i, value));
    note(32, this.heightPixels);
    note(33, this.canvas.width);
    this.labelsPlacedScene = scene;
    return changed;
  }

  /** Draws with fewer (or more) device pixels per CSS pixel from the next frame on. */
  setPixelRatio(ratio: number): void {
    this.renderer.setPixelRatio(ratio);
  }

  resize(widthPixels: number, heightPixels: number): void {
    if (widthPixels <= 0 || heightPixels <= 0) return;
    this.renderer.setSize(widthPixels, heightPixels, false);
    this.labelRenderer.setSize(widthPixels, heightPixels);
    this.heightPixels = heightPixels;
    this.camera.setAspect(widthPixels, heightPixels);
  }

  handleKey(event: KeyboardEvent): boolean {
    return this.camera.handleKey(event);
  }

  resetCamera(): void {
    this.camera.reset();
  }

  setHeatMap(isOn: boolean): void {
    this.scene?.setHeatMap(isOn);
  }

  select(agentIndex: number, groupIndex: number): void {
    this.scene?.selectAgent(agentIndex);
    this.scene?.selectZone(groupIndex);
  }

  /** What is under the client point (x, y), CSS pixels. */
  pick(clientX: number, clientY: number): FloorPick | undefined {
    const rect = this.canvas.getBoundingClientRect();
    if (this.scene === undefined || rect.width === 0 || rect.height === 0) return undefined;
    scratchPointer.set(((clientX - rect.left) / rect.width) * 2 - 1, -((clientY - rect.top) / rect.height) * 2 + 1);
    this.raycaster.setFromCamera(scratchPointer, this.camera.camera);
    return this.scene.pick(this.raycaster);
  }

  private toScreen(world: Vector3): ScreenPoint | null {
    const rect = this.canvas.getBoundingClientRect();
    const ndc = world.project(this.camera.camera);
    if (ndc.z > 1 || Math.abs(ndc.x) > 1 || Math.abs(ndc.y) > 1) return null;
    return { x: rect.left + ((ndc.x + 1) / 2) * rect.width, y: rect.top + ((1 - ndc.y) / 2) * rect.height };
  }

  /** The test hook: numbers are read when asked for, so one object stays current. */
  get debug(): FloorDebug {
    // The getters run later, on an object of their own: they read the stage through this name.
    const stage = this;
    const info = this.renderer.info;
    return {
      get agentCount() {
        return stage.scene?.agentCount ?? 0;
      },
      get drawCalls() {
        return info.render.calls;
      },
      get geometries() {
        return info.memory.geometries;
      },
      get textures() {
        return info.memory.textures;
      },
      get labels() {
        return stage.labelLayer.childElementCount;
      },
      get frames() {
        return stage.frames;
      },
      get labelPlacements() {
        return stage.labelPlacements;
      },
      get pixelRatio() {
        return stage.renderer.getPixelRatio();
      },
      get lastSyncMs() {
        return stage.lastSyncMs;
      },
      get lastTickMs() {
        return stage.lastTickMs;
      },
      get lastRenderMs() {
        return stage.lastRenderMs;
      },
      agentColorAt: (i) => this.scene?.agentColorHex(i) ?? '',
      deskColorAt: (i) => this.scene?.deskColorHex(i) ?? '',
      agentShownAt: (i) => this.scene?.isAgentShown(i) ?? false,
      agentBadgeAt: (i) => this.scene?.agentBadge(i) ?? '',
      agentScreenPoint: (i) => (this.scene === undefined ? null : this.toScreen(this.scene.agentHead(i, scratchWorld))),
      zoneScreenPoint: (g) => {
        const zone = this.scene?.plan.zones[g];
        if (zone === undefined) return null;
        return this.toScreen(scratchWorld.set(zone.centre.x, 0, zone.centre.z + zone.depthMetres / 2 - 0.4));
      },
      renderNow: () => {
        this.frame(performance.now());
      },
    };
  }

  dispose(): void {
    this.scene?.dispose();
    this.scene = undefined;
    this.camera.dispose();
    this.renderer.dispose();
    // Browsers cap live WebGL contexts (about 16); give this one back now rather than at garbage collection.
    this.renderer.forceContextLoss();
    this.canvas.remove();
    this.labelLayer.remove();
  }
}

/** The pixel ratio a software renderer starts at: a third of the pixels of a 1:1 canvas. */
const SOFTWARE_PIXEL_RATIO = 0.56;

/** True when WebGL is drawn on the CPU (SwiftShader, llvmpipe, a software rasteriser), as far as the browser tells. */
function isSoftwareRenderer(gl: WebGL2RenderingContext): boolean {
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(gl.getParameter(info === null ? gl.RENDERER : info.UNMASKED_RENDERER_WEBGL) ?? '');
  return /swiftshader|llvmpipe|software/i.test(renderer);
}
