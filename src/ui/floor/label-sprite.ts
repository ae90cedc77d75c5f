// A text label that floats in the scene and always faces the camera: a sprite with a canvas texture. Labels
// are drawn over the scene (no depth test) so that desks never hide a department's or a queue's name.
import { CanvasTexture, SRGBColorSpace, Sprite, SpriteMaterial } from 'three';

export interface LabelStyle {
  /** Height of one line of the label in the scene, metres. */
  heightMetres: number;
  /** Lines of text (split at '\n'); fixed, so that the texture never changes size. Default 1. */
  lines?: number;
  /** Canvas pixels per label, fixed so that the text can change without reallocating the texture. */
  widthPixels?: number;
  background?: string;
  color?: string;
  bold?: boolean;
}

const LINE_PIXELS = 80;
const PADDING_PIXELS = 16;
const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

export class LabelSprite {
  readonly sprite: Sprite;
  private readonly canvas: HTMLCanvasElement;
  private readonly texture: CanvasTexture;
  private readonly material: SpriteMaterial;
  private readonly style: Required<LabelStyle>;
  private text = '';

  constructor(text: string, style: LabelStyle) {
    this.style = {
      lines: style.lines ?? 1,
      widthPixels: style.widthPixels ?? Math.max(256, Math.ceil(text.length * 30 + 64)),
      background: style.background ?? 'rgba(255, 255, 255, 0.92)',
      color: style.color ?? '#1a1f26',
      bold: style.bold ?? true,
      heightMetres: style.heightMetres,
    };
    this.canvas = document.createElement('canvas');
    this.canvas.width = this.style.widthPixels;
    this.canvas.height = this.style.lines * LINE_PIXELS + 2 * PADDING_PIXELS;
    this.texture = new CanvasTexture(this.canvas);
    this.texture.colorSpace = SRGBColorSpace;
    this.texture.anisotropy = 4;
    this.material = new SpriteMaterial({ map: this.texture, depthTest: false, depthWrite: false, transparent: true });
    this.sprite = new Sprite(this.material);
    this.sprite.renderOrder = 10;
    const heightMetres = (this.style.heightMetres * this.canvas.height) / LINE_PIXELS;
    this.sprite.scale.set((heightMetres * this.canvas.width) / this.canvas.height, heightMetres, 1);
    this.setText(text);
  }

  /** Redraws the label when its text changes (a queue's count); a no-op otherwise. */
  setText(text: string): void {
    if (text === this.text) return;
    this.text = text;
    const context = this.canvas.getContext('2d');
    if (context === null) return;
    const { width, height } = this.canvas;
    context.clearRect(0, 0, width, height);
    const lines = text.split('\n').slice(0, this.style.lines);
    let fontPixels = 52;
    const weight = this.style.bold ? '600' : '400';
    const widest = (): number => Math.max(...lines.map((line) => context.measureText(line).width));
    context.font = `${weight} ${fontPixels}px ${FONT_FAMILY}`;
    // Shrink long text to fit rather than cutting it.
    while (widest() > width - 48 && fontPixels > 20) {
      fontPixels -= 2;
      context.font = `${weight} ${fontPixels}px ${FONT_FAMILY}`;
    }
    const boxWidth = Math.min(width - 4, widest() + 48);
    const boxHeight = lines.length * LINE_PIXELS + 2 * PADDING_PIXELS - 12;
    const left = (width - boxWidth) / 2;
    const top = (height - boxHeight) / 2;
    context.fillStyle = this.style.background;
    context.strokeStyle = 'rgba(26, 31, 38, 0.35)';
    context.lineWidth = 3;
    context.beginPath();
    context.roundRect(left, top, boxWidth, boxHeight, 20);
    context.fill();
    context.stroke();
    context.fillStyle = this.style.color;
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    lines.forEach((line, k) => {
      const y = height / 2 + (k - (lines.length - 1) / 2) * LINE_PIXELS + 2;
      context.fillText(line, width / 2, y);
    });
    this.texture.needsUpdate = true;
  }

  dispose(): void {
    this.sprite.removeFromParent();
    this.texture.dispose();
    this.material.dispose();
  }
}
