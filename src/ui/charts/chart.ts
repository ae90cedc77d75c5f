// <sb-chart>: one uPlot chart inside a shadow root. Properties: spec (title, series, axes: a ChartSpec),
// data (uPlot's AlignedData: x values first, then one array per series), markers (vertical labelled lines at
// x values, see markers.ts; also listed in text under the plot). It follows its container's width, updates in
// place when only the data or the markers change, and can render itself as a PNG (`toPngBlob()`).
import { LitElement, css, html, nothing, unsafeCSS, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import uPlot from 'uplot';
import uPlotCss from 'uplot/dist/uPlot.min.css?inline';
import { markersPlugin, type ChartMarker } from './markers';

export type { ChartMarker };

/** What a chart shows, without its size: uPlot's options minus width and height, plus a title and a height. */
export interface ChartSpec {
  title: string;
  /** Plot height in CSS pixels (the width follows the container). */
  heightPx?: number;
  options: Omit<uPlot.Options, 'width' | 'height' | 'title'>;
}

@customElement('sb-chart')
export class Chart extends LitElement {
  static override styles = [
    unsafeCSS(uPlotCss),
    css`
      :host {
        display: block;
        min-inline-size: 0;
      }
      figure {
        margin: 0;
        padding: 0.6rem 0.7rem 0.4rem;
        border: 1px solid var(--sb-border);
        border-radius: var(--sb-radius);
        background: var(--sb-surface);
      }
      figcaption {
        font-weight: 650;
        font-size: 0.95rem;
        margin: 0 0 0.3rem 0.2rem;
      }
      .plot {
        min-block-size: 8rem;
      }
      .markers {
        display: flex;
        flex-wrap: wrap;
        gap: 0.2rem 0.8rem;
        margin: 0.2rem 0.2rem 0;
        padding: 0;
        list-style: none;
        font-size: 0.75rem;
        color: var(--sb-muted, #56606b);
      }
      .markers li::before {
        content: '│ ';
        color: var(--marker-color);
      }
      .u-legend {
        font-size: 0.78rem;
        text-align: start;
      }
    `,
  ];

  @property({ attribute: false }) spec: ChartSpec | undefined;
  @property({ attribute: false }) data: uPlot.AlignedData | undefined;
  @property({ attribute: false }) markers: readonly ChartMarker[] = [];

  @query('.plot') private plotElement!: HTMLElement;
  private plot: uPlot | undefined;
  private resizeObserver: ResizeObserver | undefined;

  override render() {
    return html`<figure role="group" aria-label=${this.spec?.title ?? msg('Chart', { id: 'chart.label' })}>
      <figcaption>${this.spec?.title ?? ''}</figcaption>
      <div class="plot"></div>
      ${
        this.markers.length === 0
          ? nothing
          : html`<ul class="markers">
              ${this.markers.map(
                (m) =>
                  html`<li data-testid="chart-marker" data-x=${String(m.x)} style=${`--marker-color: ${m.color ?? 'currentColor'}`}>
                      ${m.shortLabel === undefined ? '' : html`<b>${m.shortLabel}</b> `}${m.label}
                    </li>`,
              )}
            </ul>`
      }
    </figure>`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver(() => this.fitWidth());
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.plot?.destroy();
    this.plot = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.spec === undefined || this.data === undefined) return;
    if (changed.has('spec') || this.plot === undefined) this.create();
    else if (changed.has('data')) this.plot.setData(this.data);
    else if (changed.has('markers')) this.plot.redraw(false, false);
  }

  private widthPx(): number {
    // The figure's padding and border: 2 × (0.7rem + 1px).
    return Math.max(200, Math.floor(this.getBoundingClientRect().width - 26));
  }

  private create(): void {
    if (this.spec === undefined || this.data === undefined || !this.isConnected) return;
    this.plot?.destroy();
    this.plot = new uPlot(
      {
        ...this.spec.options,
        plugins: [...(this.spec.options.plugins ?? []), markersPlugin(() => this.markers)],
        width: this.widthPx(),
        height: this.spec.heightPx ?? 220,
      },
      this.data,
      this.plotElement,
    );
  }

  private fitWidth(): void {
    if (this.plot === undefined) return;
    const width = this.widthPx();
    if (Math.abs(width - this.plot.width) >= 2) this.plot.setSize({ width, height: this.plot.height });
  }

  /** The plot on a white background under its title, as a PNG. */
  async toPngBlob(): Promise<Blob> {
    const plot = this.plot;
    if (plot === undefined) throw new Error('the chart has not been drawn yet');
    const source = plot.ctx.canvas;
    const titleHeight = Math.round(34 * devicePixelRatio);
    const canvas = document.createElement('canvas');
    canvas.width = source.width;
    canvas.height = source.height + titleHeight;
    const ctx = canvas.getContext('2d');
    if (ctx === null) throw new Error('no 2D canvas available');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.fillStyle = '#1a1f26';
    ctx.font = `600 ${Math.round(15 * devicePixelRatio)}px system-ui, sans-serif`;
    ctx.fillText(this.spec?.title ?? '', 10 * devicePixelRatio, 22 * devicePixelRatio);
    ctx.drawImage(source, 0, titleHeight);
    return new Promise((resolve, reject) =>
      canvas.toBlob(
        (blob) =>
          blob === null ? reject(new Error(msg('PNG encoding failed', { id: 'chart.pngFailed' }))) : resolve(blob),
        'image/png',
      ),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-chart': Chart;
  }
}
