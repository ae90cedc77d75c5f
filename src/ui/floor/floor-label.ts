// A text label that floats in the scene: an HTML element placed over the canvas at a point of the scene
// (three's CSS2DObject, laid out by the stage's CSS2DRenderer). Being page text, not a texture drawn into the
// WebGL canvas, it stays sharp whatever the canvas's pixel ratio (a software renderer draws the scene at 0.4 of
// it) and never hides behind desks. Its size follows the camera within readable bounds (floor-view-styles.ts).
import { CSS2DObject } from 'three/examples/jsm/renderers/CSS2DRenderer.js';

export type FloorLabelKind = 'zone' | 'queue' | 'landmark';

export interface FloorLabelStyle {
  /** Height of one line of the label in the scene, metres: the size it has when the camera allows. */
  heightMetres: number;
  kind: FloorLabelKind;
  /** The widest the label may be, metres of the floor (a zone's width): longer text wraps instead. */
  maxWidthMetres?: number;
}

export class FloorLabel {
  readonly object: CSS2DObject;
  private readonly element: HTMLDivElement;
  private text = '';

  constructor(text: string, style: FloorLabelStyle) {
    this.element = document.createElement('div');
    this.element.className = `floor-label ${style.kind}`;
    // Through the CSSOM (allowed by the page's Content-Security-Policy, unlike a style attribute).
    this.element.style.setProperty('--label-metres', String(style.heightMetres));
    if (style.maxWidthMetres !== undefined)
      this.element.style.setProperty('--label-max-metres', String(style.maxWidthMetres));
    this.object = new CSS2DObject(this.element);
    this.setText(text);
  }

  /** Shows new text (a queue's count); a no-op when it is the same. Lines split at '\n'. */
  setText(text: string): void {
    if (text === this.text) return;
    this.text = text;
    this.element.textContent = text;
  }

  set name(name: string) {
    this.object.name = name;
    this.element.dataset['label'] = name;
  }

  dispose(): void {
    // CSS2DObject takes its element out of the page when it leaves the scene.
    this.object.removeFromParent();
    this.element.remove();
  }
}

/** Which labels give way when two would overlap: zone names before the live queue counts and landmarks. */
function rank(label: HTMLElement): number {
  return label.classList.contains('zone') ? 1 : 0;
}

/**
 * Hides (CSS class `crowded`, still laid out) every label that would overlap one already shown, queues and
 * landmarks first, then zones in the scene's order, so a crowded floor shows fewer names rather than a pile
 * of them; zooming in spreads them apart and brings them back. Called when the labels are laid out again.
 */
export function declutterLabels(layer: HTMLElement): void {
  const labels = [...layer.querySelectorAll<HTMLElement>('.floor-label')].sort((a, b) => rank(a) - rank(b));
  for (const label of labels) label.classList.remove('crowded');
  const boxes = labels.map((label) => label.getBoundingClientRect());
  const shown: DOMRect[] = [];
  labels.forEach((label, i) => {
    const box = boxes[i] as DOMRect;
    if (label.style.display === 'none' || box.width === 0) return;
    const overlaps = shown.some(
      (s) => box.left < s.right && s.left < box.right && box.top < s.bottom && s.top < box.bottom,
    );
    if (overlaps) label.classList.add('crowded');
    else shown.push(box);
  });
}
