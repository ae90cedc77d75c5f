// <sb-qr-code>: a QR code of `text` (a class link) drawn as one SVG path, large enough for a room projector.
// Error correction M (15% of the code can be dirty or hidden); a text too long for a QR code renders nothing
// and says so through `data-too-long`. Uses qrcode-generator for the encoding only; no simulator code.
import { LitElement, css, html, nothing, svg, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import qrcode from 'qrcode-generator';

/** The dark modules as one path: a 1×1 square per module, on a grid with a 4-module quiet zone. */
export function qrPath(text: string): { size: number; d: string } | undefined {
  const qr = qrcode(0, 'M');
  try {
    qr.addData(text, 'Byte');
    qr.make();
  } catch {
    return undefined;
  }
  const n = qr.getModuleCount();
  const parts: string[] = [];
  for (let row = 0; row < n; row++)
    for (let col = 0; col < n; col++) if (qr.isDark(row, col)) parts.push(`M${col + 4} ${row + 4}h1v1h-1z`);
  return { size: n + 8, d: parts.join('') };
}

@customElement('sb-qr-code')
@localized()
export class QrCode extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    svg {
      display: block;
      inline-size: 100%;
      max-inline-size: 22rem;
      block-size: auto;
      background: #fff;
    }
  `;

  @property() text = '';
  @state() private code: ReturnType<typeof qrPath>;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('text')) this.code = this.text === '' ? undefined : qrPath(this.text);
    this.toggleAttribute('data-too-long', this.text !== '' && this.code === undefined);
  }

  override render() {
    const code = this.code;
    if (code === undefined)
      return this.text === ''
        ? nothing
        : html`<p>${msg('This link is too long for a QR code: hand out the file instead.', { id: 'classroom.qr.tooLong' })}</p>`;
    return html`<svg viewBox="0 0 ${code.size} ${code.size}" role="img" shape-rendering="crispEdges"
      aria-label=${msg('QR code of the class link', { id: 'classroom.qr.label' })}>
      ${svg`<path d=${code.d} fill="#000"></path>`}
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-qr-code': QrCode;
  }
}
