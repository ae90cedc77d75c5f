// The chart markers plugin draws one vertical line per marker inside the plotting area, at the x scale's
// position, with its label kept inside the plot; markers outside the x range are not drawn. A fake uPlot (bbox,
// valToPos, a recording 2D context) stands in for the canvas.
import { describe, expect, it } from 'vitest';
import type uPlot from 'uplot';
import { markersPlugin, type ChartMarker } from '../../../src/ui/charts/markers';

interface Drawn {
  lines: { x: number; fromY: number; toY: number; dash: number[]; color: string }[];
  texts: { text: string; x: number; y: number }[];
}

/** A plot 400 px wide from left 50, x scale 0..10 (hours), device pixel ratio 1. */
function fakePlot(): { plot: uPlot; drawn: Drawn } {
  const drawn: Drawn = { lines: [], texts: [] };
  let from = { x: 0, y: 0 };
  let dash: number[] = [];
  const ctx = {
    font: '',
    textBaseline: '',
    strokeStyle: '',
    fillStyle: '',
    lineWidth: 1,
    save() {},
    restore() {},
    setLineDash(d: number[]) {
      dash = d;
    },
    beginPath() {},
    moveTo(x: number, y: number) {
      from = { x, y };
    },
    lineTo(x: number, y: number) {
      if (x === from.x) drawn.lines.push({ x, fromY: from.y, toY: y, dash, color: ctx.strokeStyle });
    },
    stroke() {},
    measureText: (text: string) => ({ width: text.length * 6 }),
    fillRect() {},
    fillText(text: string, x: number, y: number) {
      drawn.texts.push({ text, x, y });
    },
  };
  const plot = {
    ctx,
    bbox: { left: 50, top: 10, width: 400, height: 200 },
    valToPos: (value: number) => 50 + (value / 10) * 400,
  } as unknown as uPlot;
  return { plot, drawn };
}

function draw(markers: ChartMarker[]): Drawn {
  const { plot, drawn } = fakePlot();
  const hook = markersPlugin(() => markers).hooks.draw;
  (hook as (u: uPlot) => void)(plot);
  return drawn;
}

describe('markersPlugin', () => {
  it('draws a full-height line at each marker x inside the range, and skips those outside', () => {
    const drawn = draw([
      { x: 1, label: 'Surge', color: '#d55e00' },
      { x: 2.5, label: 'Decision 1', isDashed: true },
      { x: 12, label: 'Beyond the data' },
    ]);
    expect(drawn.lines.map((l) => l.x)).toEqual([90.5, 150.5]);
    expect(drawn.lines.every((l) => l.fromY === 10 && l.toY === 210)).toBe(true);
    expect(drawn.lines[0]?.dash).toEqual([]);
    expect(drawn.lines[1]?.dash.length).toBe(2);
    expect(drawn.lines[0]?.color).toBe('#d55e00');
    expect(drawn.texts.map((t) => t.text)).toEqual(['Surge', 'Decision 1']);
  });

  it('draws the short label when given, and keeps every label inside the plot', () => {
    const drawn = draw([
      { x: 9.9, label: 'A long label near the right edge' },
      { x: 5, label: 'Decision 2: move agents', shortLabel: '2' },
    ]);
    const [edge, short] = drawn.texts;
    expect(short?.text).toBe('2');
    // Near the right edge the label goes left of the line and ends inside the plot (right edge 450).
    expect((edge?.x ?? 0) + 'A long label near the right edge'.length * 6).toBeLessThanOrEqual(450);
    expect(edge?.x).toBeGreaterThanOrEqual(50);
    // Labels of successive markers go on different rows.
    expect(edge?.y).not.toBe(short?.y);
  });

  it('draws nothing without markers', () => {
    expect(draw([])).toEqual({ lines: [], texts: [] });
  });
});
