// The comparison's fairness warnings in the page's language. The simulator words them in English (src/sim stays
// free of the UI's catalogue); each kind it writes is read back here into its parts and said again through the
// catalogue (a horizon of a duration as a length, `10 h`, rather than its JSON). A warning of a kind not known
// here is shown as the simulator wrote it. Field names (`serviceLevel`, `horizon`, the convention) stay as in the
// scenario file. Pure, no DOM.
import { msg, str } from '@lit/localize';
import { formatDuration } from '../format';

export type ParsedWarning =
  | {
      kind: 'serviceLevel';
      variant: string;
      /** Threshold (seconds, as written) and convention of the variant, then of A. */
      threshold: string;
      convention: string;
      baseThreshold: string;
      baseConvention: string;
    }
  | {
      kind: 'horizon';
      variant: string;
      /** The horizon's JSON and the warm-up (seconds, as written) of the variant, then of A. */
      horizon: string;
      warmup: string;
      baseHorizon: string;
      baseWarmup: string;
    };

const SERVICE_LEVEL =
  /^serviceLevel: ([A-Z]) measures it differently \((\S+) s, (\S+)\) from A \((\S+) s, (\S+)\), so its difference mixes the change with the definition$/;
const HORIZON =
  /^horizon: ([A-Z]) observes a different window \((.+), warm-up (\S+) s\) from A \((.+), warm-up (\S+) s\): counts and costs are not comparable$/;

/** The parts of a warning of a known kind, or undefined. */
export function parseWarning(text: string): ParsedWarning | undefined {
  const sl = SERVICE_LEVEL.exec(text);
  if (sl !== null) {
    const [, variant = '', threshold = '', convention = '', baseThreshold = '', baseConvention = ''] = sl;
    return { kind: 'serviceLevel', variant, threshold, convention, baseThreshold, baseConvention };
  }
  const window = HORIZON.exec(text);
  if (window !== null) {
    const [, variant = '', horizon = '', warmup = '', baseHorizon = '', baseWarmup = ''] = window;
    return { kind: 'horizon', variant, horizon, warmup, baseHorizon, baseWarmup };
  }
  return undefined;
}

/** A horizon's JSON as the page shows it: a duration as its length (`10 h`), anything else as written. */
function horizonText(json: string): string {
  try {
    const horizon = JSON.parse(json) as { kind?: unknown; seconds?: unknown };
    if (horizon.kind === 'duration' && typeof horizon.seconds === 'number') return formatDuration(horizon.seconds);
  } catch {
    // not JSON: shown as written
  }
  return json;
}

/** A warning of the comparison as the page shows it. */
export function warningText(text: string): string {
  const parsed = parseWarning(text);
  if (parsed === undefined) return text;
  const variant = parsed.variant;
  if (parsed.kind === 'serviceLevel') {
    const own = msg(str`${parsed.threshold} s, ${parsed.convention}`, { id: 'compare.warning.slDefinition' });
    const base = msg(str`${parsed.baseThreshold} s, ${parsed.baseConvention}`, {
      id: 'compare.warning.slDefinition',
    });
    return msg(
      str`serviceLevel: ${variant} measures it differently (${own}) from A (${base}), so its difference mixes the change with the definition`,
      { id: 'compare.warning.serviceLevel' },
    );
  }
  const ownHorizon = horizonText(parsed.horizon);
  const baseHorizon = horizonText(parsed.baseHorizon);
  const own = msg(str`${ownHorizon}, warm-up ${parsed.warmup} s`, { id: 'compare.warning.window' });
  const base = msg(str`${baseHorizon}, warm-up ${parsed.baseWarmup} s`, { id: 'compare.warning.window' });
  return msg(
    str`horizon: ${variant} observes a different window (${own}) from A (${base}): counts and costs are not comparable`,
    { id: 'compare.warning.horizon' },
  );
}
