// The floor's camera and its controls: a perspective camera framed on the floor plan, OrbitControls for the
// mouse and touch (orbit, pan, zoom), and the keyboard (arrows rotate, Shift+arrows pan, + and − zoom).
import { PerspectiveCamera, Vector3 } from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import type { FloorPoint } from './floor-layout';

const FIELD_OF_VIEW_DEGREES = 40;
/** The camera looks down at the floor from this elevation, slightly from the left, for depth. */
const ELEVATION_RADIANS = (52 * Math.PI) / 180;
const AZIMUTH_RADIANS = (-12 * Math.PI) / 180;
const ROTATE_STEP_RADIANS = Math.PI / 24;
const PAN_STEP_PIXELS = 60;
const ZOOM_STEP = 0.85;
/** Share of the view (each way) that the framed floor fills. */
const FILL = 0.94;

const scratchRight = new Vector3();
const scratchForward = new Vector3();
const scratchCorner = new Vector3();

export class FloorCamera {
  readonly camera = new PerspectiveCamera(FIELD_OF_VIEW_DEGREES, 1, 0.5, 2000);
  readonly controls: OrbitControls;
  private points: readonly FloorPoint[] = [];

  constructor(domElement: HTMLElement) {
    this.controls = new OrbitControls(this.camera, domElement);
    this.controls.enableDamping = true;
    this.controls.dampingFactor = 0.12;
    this.controls.screenSpacePanning = false;
    // Stay above the floor.
    this.controls.maxPolarAngle = (84 * Math.PI) / 180;
    this.controls.minDistance = 3;
  }

  setAspect(width: number, height: number): void {
    if (width <= 0 || height <= 0) return;
    this.camera.aspect = width / height;
    this.camera.updateProjectionMatrix();
    this.frame(this.points, false);
  }

  /**
   * Frames the floor's outline `points` (the corners of zones and queues, the IVR, the exit); with `force` also
   * when the user has moved the camera (a new scenario), otherwise only when the camera is still framed.
   */
  frame(points: readonly FloorPoint[], force = true): void {
    const wasHome = !force && this.isAtHome();
    this.points = points;
    if ((!force && !wasHome) || points.length === 0) return;
    const xs = points.map((p) => p.x);
    const zs = points.map((p) => p.z);
    const target = new Vector3((Math.min(...xs) + Math.max(...xs)) / 2, 0, (Math.min(...zs) + Math.max(...zs)) / 2);
    let distance = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...zs) - Math.min(...zs)) * 1.2 + 5;
    // Perspective makes the near edge look bigger than the far one: project the floor's corners, then move and
    // scale until they fill the view with a margin. A few rounds converge.
    for (let round = 0; round < 6; round++) {
      this.place(target, distance);
      const box = this.projectedBox(points);
      const halfHeight = distance * Math.tan((FIELD_OF_VIEW_DEGREES * Math.PI) / 360);
      scratchRight.setFromMatrixColumn(this.camera.matrixWorld, 0).setY(0).normalize();
      scratchForward.set(-Math.sin(AZIMUTH_RADIANS), 0, -Math.cos(AZIMUTH_RADIANS));
      target.addScaledVector(scratchRight, ((box.minX + box.maxX) / 2) * halfHeight * this.camera.aspect);
      target.addScaledVector(scratchForward, (((box.minY + box.maxY) / 2) * halfHeight) / Math.sin(ELEVATION_RADIANS));
      distance *= Math.max((box.maxX - box.minX) / 2, (box.maxY - box.minY) / 2) / FILL;
    }
    this.place(target, distance);
    this.camera.far = distance * 4 + 200;
    this.camera.updateProjectionMatrix();
    this.controls.target.copy(target);
    this.controls.maxDistance = distance * 3;
    this.controls.update();
    this.controls.saveState();
  }

  private place(target: Vector3, distance: number): void {
    const horizontal = distance * Math.cos(ELEVATION_RADIANS);
    this.camera.position.set(
      target.x + horizontal * Math.sin(AZIMUTH_RADIANS),
      distance * Math.sin(ELEVATION_RADIANS),
      target.z + horizontal * Math.cos(AZIMUTH_RADIANS),
    );
    this.camera.lookAt(target);
    this.camera.updateMatrixWorld();
  }

  /** The screen box (normalised device coordinates) of the points, from the floor up to the labels. */
  private projectedBox(points: readonly FloorPoint[]): { minX: number; maxX: number; minY: number; maxY: number } {
    const box = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
    for (const point of points) {
      for (const y of [0, 3.6]) {
        scratchCorner.set(point.x, y, point.z).project(this.camera);
        box.minX = Math.min(box.minX, scratchCorner.x);
        box.maxX = Math.max(box.maxX, scratchCorner.x);
        box.minY = Math.min(box.minY, scratchCorner.y);
        box.maxY = Math.max(box.maxY, scratchCorner.y);
      }
    }
    return box;
  }

  private isAtHome(): boolean {
    const controls = this.controls;
    return (
      this.camera.position.distanceTo(controls.position0) < 1e-3 && controls.target.distanceTo(controls.target0) < 1e-3
    );
  }

  /** Back to the framed view of the whole floor. */
  reset(): void {
    // Finish any damped motion first, or its remainder would carry the camera away from the framed view.
    this.controls.enableDamping = false;
    this.controls.update();
    this.controls.enableDamping = true;
    this.controls.reset();
  }

  /** Applies a camera key; false for keys the floor does not use (they keep their default action). */
  handleKey(event: KeyboardEvent): boolean {
    const controls = this.controls;
    const isPan = event.shiftKey;
    switch (event.key) {
      case 'ArrowLeft':
        if (isPan) controls.pan(PAN_STEP_PIXELS, 0);
        else controls.rotateLeft(ROTATE_STEP_RADIANS);
        return true;
      case 'ArrowRight':
        if (isPan) controls.pan(-PAN_STEP_PIXELS, 0);
        else controls.rotateLeft(-ROTATE_STEP_RADIANS);
        return true;
      case 'ArrowUp':
        if (isPan) controls.pan(0, PAN_STEP_PIXELS);
        else controls.rotateUp(ROTATE_STEP_RADIANS / 2);
        return true;
      case 'ArrowDown':
        if (isPan) controls.pan(0, -PAN_STEP_PIXELS);
        else controls.rotateUp(-ROTATE_STEP_RADIANS / 2);
        return true;
      case '+':
      case '=':
        controls.dollyIn(ZOOM_STEP);
        return true;
      case '-':
      case '_':
        controls.dollyOut(ZOOM_STEP);
        return true;
      default:
        return false;
    }
  }

  /** Advances damping; true while the camera is still moving. */
  update(): boolean {
    return this.controls.update();
  }

  dispose(): void {
    this.controls.dispose();
  }
}
