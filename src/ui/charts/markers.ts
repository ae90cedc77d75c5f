// Vertical marker lines with short labels at given x values, drawn on a uPlot chart by a plugin: events on a
// time axis (an inject, a decision, a fork). The plugin reads its markers through a getter on every draw, so
// new markers need only a redraw, not a new plot. Canvas only; the chart lists them in text as well.
import type uPlot from 'uplot';

export interface ChartMarker {
  /** Where, in the x scale's units (hours from the start on the live charts). */
  x: number;
  /** What the marker stands for (the chart lists it under the plot). */
  label: string;
  /** Drawn beside the line instead of `label` when given (a plot is narrow: e.g. a number the list explains). */
  shortLabel?: string;
  /** CSS colour of the line and label; default a dark grey. */
  color?: string;
  /** Dashed line (e.g. a decision) instead of solid (e.g. an event). */
  isDashed?: boolean;
}

const DEFAULT_COLOR = '#3d4650';
/** Label rows below the top of the plot, so that labels of close markers do not overprint. */
const LABEL_ROWS = 3;

/** A uPlot plugin that draws `markers()` as vertical lines across the plotting area, labelled at the top. */
export function markersPlugin(markers: () => readonly ChartMarker[]): uPlot.Plugin {
  return {
    hooks: {
      draw: (u: uPlot) => {
        const list = markers();
        if (list.length === 0) return;
        const { ctx } = u;
        const { left, top, width, height } = u.bbox;
        const ratio = typeof devicePixelRatio === 'number' ? devicePixelRatio : 1;
        const fontPx = Math.round(11 * ratio);
        ctx.save();
        ctx.font = `${fontPx}px system-ui, sans-serif`;
        ctx.textBaseline = 'top';
        list.forEach((marker, i) => {
          const x = Math.round(u.valToPos(marker.x, 'x', true));
          if (!(x >= left && x <= left + width)) return;
          const color = marker.color ?? DEFAULT_COLOR;
          ctx.strokeStyle = color;
          ctx.lineWidth = Math.max(1, ratio);
          ctx.setLineDash(marker.isDashed ? [4 * ratio, 3 * ratio] : []);
          ctx.beginPath();
          ctx.moveTo(x + 0.5, top);
          ctx.lineTo(x + 0.5, top + height);
          ctx.stroke();
          const text = marker.shortLabel ?? marker.label;
          const textWidth = ctx.measureText(text).width;
          const y = top + 2 * ratio + (i % LABEL_ROWS) * (fontPx + 3 * ratio);
          // Right of the line, or left of it near the right edge, and never outside the plotting area.
          const beside = x + 3 * ratio + textWidth > left + width ? x - 3 * ratio - textWidth : x + 3 * ratio;
          const tx = Math.max(left, Math.min(beside, left + width - textWidth));
          ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
          ctx.fillRect(tx - ratio, y - ratio, textWidth + 2 * ratio, fontPx + 2 * ratio);
          ctx.fillStyle = color;
          ctx.fillText(text, tx, y);
        });
        ctx.restore();
      },
    },
  };
}
