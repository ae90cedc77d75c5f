// The floor's colours: one distinct colour per agent state, from Okabe & Ito's colour-blind-safe set (grey for
// logged out); a heat ramp that runs from light to dark, so occupancy reads in greyscale too.
import { describe, expect, it } from 'vitest';
import { AGENT_STATES } from '../../../src/sim/api';
import {
  FLOW_COLORS,
  FLOW_KINDS,
  STATE_COLORS,
  SUPERVISOR_COLOR,
  WAITING_CALLER_COLOR,
  cssHex,
  heatColor,
  stateColor,
} from '../../../src/ui/floor/floor-palette';
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

/** CIE L*a*b* of an sRGB colour (D65). */
function lab(color: number): [number, number, number] {
  const [r, g, b] = linearRgb(color);
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

function linearRgb(color: number): [number, number, number] {
  const [r, g, b] = [16, 8, 0].map((shift) => {
    const c = ((color >> shift) & 0xff) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return [r!, g!, b!];
}

/** The colour as seen with a red–green deficiency (Viénot, Brettel & Mollon 1999), back in sRGB. */
function simulate(color: number, m: readonly number[]): number {
  const v = linearRgb(color);
  const encode = (c: number) => {
    const k = Math.min(1, Math.max(0, c));
    return Math.round(255 * (k <= 0.0031308 ? 12.92 * k : 1.055 * k ** (1 / 2.4) - 0.055));
  };
  const out = [0, 1, 2].map((i) => encode(m[i * 3]! * v[0] + m[i * 3 + 1]! * v[1] + m[i * 3 + 2]! * v[2]));
  return (out[0]! << 16) | (out[1]! << 8) | out[2]!;
}

const PROTAN = [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998];
const DEUTAN = [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881];

function deltaE(a: number, b: number): number {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

describe("the legend's colours", () => {
  const legend: [string, number][] = [
    ...AGENT_STATES.map((s): [string, number] => [s, STATE_COLORS[s]]),
    ['supervisor', SUPERVISOR_COLOR],
    ['waiting caller', WAITING_CALLER_COLOR],
    ...FLOW_KINDS.map((k): [string, number] => [`flow ${k}`, FLOW_COLORS[k]]),
  ];
  const pairs = legend.flatMap((a, i) => legend.slice(i + 1).map((b) => [a, b] as const));

  it('are all different, well apart for normal vision (ΔE*ab ≥ 15)', () => {
    expect(new Set(legend.map(([, c]) => c)).size).toBe(legend.length);
    for (const [[na, a], [nb, b]] of pairs) expect(deltaE(a, b), `${na} vs ${nb}`).toBeGreaterThanOrEqual(15);
  });

  it('keep the flow markers apart from everything else with protanopia and deuteranopia (ΔE*ab ≥ 10)', () => {
    for (const m of [PROTAN, DEUTAN])
      for (const [[na, a], [nb, b]] of pairs) {
        if (!na.startsWith('flow') && !nb.startsWith('flow')) continue;
        expect(deltaE(simulate(a, m), simulate(b, m)), `${na} vs ${nb}`).toBeGreaterThanOrEqual(10);
      }
  });
});
