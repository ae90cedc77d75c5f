// Colours of the floor, as sRGB hex numbers: agent states (Okabe–Ito, safe for the common colour-vision
// deficiencies), flow markers, and the occupancy heat-map ramp. Pure data and arithmetic; no three, no DOM.
import { AGENT_STATES, type AgentStateName } from '../../sim/api';

/**
 * One colour per agent state, in AGENT_STATES order. Okabe & Ito's palette (2008); "logged out" is a neutral
 * grey because it is the absence of work, not a state to look for.
 */
export const STATE_COLORS: Readonly<Record<AgentStateName, number>> = {
  idle: 0x009e73,
  talking: 0x0072b2,
  hold: 0x56b4e9,
  'wrap-up': 0xe69f00,
  break: 0xcc79a7,
  'off-phone': 0xf0e442,
  'logged-out': 0xa7adb4,
};

/** Colour of state index `stateIndex` (an index into AGENT_STATES); unknown indices get the logged-out grey. */
export function stateColor(stateIndex: number): number {
  const name = AGENT_STATES[stateIndex];
  return name === undefined ? STATE_COLORS['logged-out'] : STATE_COLORS[name];
}

export const WAITING_CALLER_COLOR = 0x3d4652;
export const SUPERVISOR_COLOR = 0x1b1f24;
export const DESK_COLOR = 0xe3dccf;
/** Role badges over figures: dark, so they read over any state colour and the light floor; shapes differ. */
export const ROLE_BADGE_COLORS: Readonly<Record<'diamond' | 'triangle', number>> = {
  diamond: SUPERVISOR_COLOR,
  triangle: 0x4b3f72,
};

/**
 * Flow markers: a call coming in, a call answered at a desk, a caller hanging up, a call handed on. Each differs
 * from every state colour and from the waiting caller (test/ui/floor/floor-palette.test.ts measures how far
 * apart, also as seen with protanopia and deuteranopia), so a marker is never read as a state.
 */
export const FLOW_KINDS = ['arrival', 'answer', 'abandon', 'transfer'] as const;
export type FlowKind = (typeof FLOW_KINDS)[number];
export const FLOW_COLORS: Readonly<Record<FlowKind, number>> = {
  // Dark olive: a new caller, before it joins the (dark slate) waiting line.
  arrival: 0x4d4d00,
  // Navy: darker than "talking", so the answer reads as the moment before the talk.
  answer: 0x1d3f6e,
  abandon: 0xd55e00,
  // Dark violet: apart from the state colours and the other markers in hue and lightness.
  transfer: 0x5e3c99,
};
/**
 * Stops of the occupancy ramp, from 0 to 1: pale sand to dark umber. Its order is carried by lightness alone,
 * so it reads the same with any colour-vision deficiency and in greyscale, and its low saturation keeps desks
 * apart from the agents' state colours standing at them (a blue ramp would blend with "talking").
 */
const HEAT_STOPS: readonly number[] = [0xf7f2e6, 0xe6d5b8, 0xcdb08a, 0xa6845f, 0x77583b, 0x44301d];

function channel(color: number, shift: number): number {
  return (color >> shift) & 0xff;
}

/** The ramp colour for an occupancy in 0..1 (clamped; NaN counts as 0), as an sRGB hex number. */
export function heatColor(occupancy: number): number {
  const t = Number.isFinite(occupancy) ? Math.min(1, Math.max(0, occupancy)) : 0;
  const scaled = t * (HEAT_STOPS.length - 1);
  const lower = Math.min(HEAT_STOPS.length - 2, Math.floor(scaled));
  const f = scaled - lower;
  const a = HEAT_STOPS[lower] ?? 0;
  const b = HEAT_STOPS[lower + 1] ?? 0;
  let color = 0;
  for (const shift of [16, 8, 0]) {
    color |= Math.round(channel(a, shift) + (channel(b, shift) - channel(a, shift)) * f) << shift;
  }
  return color;
}

/** `#rrggbb` for CSS. */
export function cssHex(color: number): string {
  return `#${color.toString(16).padStart(6, '0')}`;
}

/** CSS gradient of the heat ramp, for the legend. */
export function heatGradientCss(): string {
  return `linear-gradient(to right, ${HEAT_STOPS.map(cssHex).join(', ')})`;
}
