// The floor's colours: one distinct colour per agent state, from Okabe & Ito's colour-blind-safe set (grey for
// logged out); a heat ramp that runs from light to dark, so occupancy reads in greyscale too.
import { describe, expect, it } from 'vitest';
import { AGENT_STATES } from '../../../src/sim/api';
import { STATE_COLORS, cssHex, heatColor, stateColor } from '../../../src/ui/floor/floor-palette';
import { stateLabel } from '../../../src/ui/floor/floor-labels';

/** Okabe & Ito (2008), "Color Universal Design": the eight colours of their palette. */
const OKABE_ITO = [0x000000, 0xe69f00, 0x56b4e9, 0x009e73, 0xf0e442, 0x0072b2, 0xd55e00, 0xcc79a7];

/** Relative luminance (WCAG 2), 0 black .. 1 white. */
function luminance(color: number): number {
  const linear = [16, 8, 0].map((shift) => {
    const c = ((color >> shift) & 0xff) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * linear[0]! + 0.7152 * linear[1]! + 0.0722 * linear[2]!;
}

describe('state colours', () => {
  it('give each state its own colour and label', () => {
    const colors = AGENT_STATES.map((state) => STATE_COLORS[state]);
    expect(new Set(colors).size).toBe(AGENT_STATES.length);
    for (const state of AGENT_STATES) expect(stateLabel(state).length).toBeGreaterThan(0);
  });

  it('come from the Okabe–Ito palette, except the neutral grey of logged-out agents', () => {
    for (const state of AGENT_STATES) {
      if (state !== 'logged-out') expect(OKABE_ITO, state).toContain(STATE_COLORS[state]);
    }
    const grey = STATE_COLORS['logged-out'];
    const channels = [16, 8, 0].map((shift) => (grey >> shift) & 0xff);
    expect(Math.max(...channels) - Math.min(...channels)).toBeLessThan(16);
  });

  it('follow AGENT_STATES order by index, with grey for an unknown index', () => {
    expect(stateColor(AGENT_STATES.indexOf('talking'))).toBe(STATE_COLORS.talking);
    expect(stateColor(99)).toBe(STATE_COLORS['logged-out']);
    expect(cssHex(STATE_COLORS.idle)).toBe('#009e73');
  });
});

describe('the occupancy heat ramp', () => {
  it('darkens steadily from 0% to 100%', () => {
    let previous = Infinity;
    for (let k = 0; k <= 20; k++) {
      const l = luminance(heatColor(k / 20));
      expect(l).toBeLessThan(previous);
      previous = l;
    }
    expect(luminance(heatColor(0)) - luminance(heatColor(1))).toBeGreaterThan(0.7);
  });

  it('clamps values outside 0..1 and treats NaN (no data yet) as 0', () => {
    expect(heatColor(-0.5)).toBe(heatColor(0));
    expect(heatColor(1.7)).toBe(heatColor(1));
    expect(heatColor(Number.NaN)).toBe(heatColor(0));
  });
});
