// What the app shows of a run's organisation KPIs (docs/organisation.md): a readable label and unit per KPI,
// the rows worth showing (defined and non-zero), and their text. Pure, no DOM; the same rows serve a finished
// run with replications (mean ± 95% CI) and a live run so far (one value).
import { msg } from '@lit/localize';
import type { Estimate, OrganisationKpis } from '../sim/results';
import type { Scenario } from '../sim/scenario/schema';
import { formatHalfWidth, formatMoney, formatValue, hasInterval } from './format';

/** Counts, a duration, a money amount in the scenario's currency, or a share shown as a percentage. */
export type OrganisationKind = 'count' | 'seconds' | 'money' | 'percent';

export interface OrganisationSpec {
  label: string;
  kind: OrganisationKind;
  /** What the number counts, for a tooltip. */
  hint: string;
}

/**
 * Every organisation KPI, in the order the app lists them (the record makes a new KPI a type error here).
 * Labels and hints are getters: they read the catalogue in the language in force.
 */
export const ORGANISATION_SPECS: Readonly<Record<keyof OrganisationKpis, OrganisationSpec>> = {
  peerConsults: {
    get label() {
      return msg('Peer consults', { id: 'org.peerConsults' });
    },
    kind: 'count',
    get hint() {
      return msg('Calls about to be escalated that an idle peer looked at first', { id: 'org.peerConsults.hint' });
    },
  },
  peerConsultsResolved: {
    get label() {
      return msg('Solved by the peers', { id: 'org.peerConsultsResolved' });
    },
    kind: 'count',
    get hint() {
      return msg('Peer consults that ended without an escalation', { id: 'org.peerConsultsResolved.hint' });
    },
  },
  peerUnavailable: {
    get label() {
      return msg('Escalated, no idle peer', { id: 'org.peerUnavailable' });
    },
    kind: 'count',
    get hint() {
      return msg('Escalations with no idle peer to consult', { id: 'org.peerUnavailable.hint' });
    },
  },
  agentsReassigned: {
    get label() {
      return msg('Agents moved at reviews', { id: 'org.agentsReassigned' });
    },
    kind: 'count',
    get hint() {
      return msg('Idle agents a supervisor moved to a group serving a queue in trouble', {
        id: 'org.agentsReassigned.hint',
      });
    },
  },
  breaksShifted: {
    get label() {
      return msg('Breaks put off', { id: 'org.breaksShifted' });
    },
    kind: 'count',
    get hint() {
      return msg('Breaks delayed because callers were waiting', { id: 'org.breaksShifted.hint' });
    },
  },
  breakShiftMeanSeconds: {
    get label() {
      return msg('Mean delay of a break put off', { id: 'org.breakShiftMeanSeconds' });
    },
    kind: 'seconds',
    get hint() {
      return msg('How long a break that was put off waited', { id: 'org.breakShiftMeanSeconds.hint' });
    },
  },
  meetingSessions: {
    get label() {
      return msg('Team meeting sessions', { id: 'org.meetingSessions' });
    },
    kind: 'count',
    get hint() {
      return msg('People times meetings', { id: 'org.meetingSessions.hint' });
    },
  },
  coachingSessions: {
    get label() {
      return msg('Coaching sessions', { id: 'org.coachingSessions' });
    },
    kind: 'count',
    get hint() {
      return msg('Sessions of a team lead with an agent', { id: 'org.coachingSessions.hint' });
    },
  },
  qaReviews: {
    get label() {
      return msg('QA reviews', { id: 'org.qaReviews' });
    },
    kind: 'count',
    get hint() {
      return msg('Calls a QA analyst reviewed', { id: 'org.qaReviews.hint' });
    },
  },
  qaFeedbackSessions: {
    get label() {
      return msg('QA feedback sessions', { id: 'org.qaFeedbackSessions' });
    },
    kind: 'count',
    get hint() {
      return msg('Feedback sessions agents took off the phones', { id: 'org.qaFeedbackSessions.hint' });
    },
  },
  trainingSessions: {
    get label() {
      return msg('Training sessions', { id: 'org.trainingSessions' });
    },
    kind: 'count',
    get hint() {
      return msg('People times training sessions that add experience', { id: 'org.trainingSessions.hint' });
    },
  },
  supportStaffCost: {
    get label() {
      return msg('Support staff cost', { id: 'org.supportStaffCost' });
    },
    kind: 'money',
    get hint() {
      return msg('Supervisors, QA analysts and staff who take no calls (included in the labour cost)', {
        id: 'org.supportStaffCost.hint',
      });
    },
  },
  meanEfficiency: {
    get label() {
      return msg('Mean efficiency', { id: 'org.meanEfficiency' });
    },
    kind: 'percent',
    get hint() {
      return msg('Learning-curve efficiency of agents still learning, at the end (100% = tenured)', {
        id: 'org.meanEfficiency.hint',
      });
    },
  },
  meanSlowdown: {
    get label() {
      return msg('Mean fatigue slowdown', { id: 'org.meanSlowdown' });
    },
    kind: 'percent',
    get hint() {
      return msg('Share of speed lost to fatigue, at the end', { id: 'org.meanSlowdown.hint' });
    },
  },
};

export interface OrganisationRow extends OrganisationSpec {
  field: keyof OrganisationKpis;
  estimate: Estimate;
}

/** The organisation KPIs that are defined and not zero, as rows; none for a run that uses no organisation. */
export function organisationRows(total: { readonly [K in keyof OrganisationKpis]?: Estimate }): OrganisationRow[] {
  return (Object.keys(ORGANISATION_SPECS) as (keyof OrganisationKpis)[]).flatMap((field) => {
    const estimate = total[field];
    if (estimate === undefined || !Number.isFinite(estimate.mean) || estimate.mean === 0) return [];
    return [{ field, ...ORGANISATION_SPECS[field], estimate }];
  });
}

/** One run's value as an estimate without an interval (a live run so far). */
export function singleEstimate(value: number): Estimate {
  return { mean: value, halfWidth: NaN, stdDev: NaN, n: Number.isNaN(value) ? 0 : 1 };
}

/** A live run's organisation KPIs as estimates without intervals. */
export function singleEstimates(total: OrganisationKpis): { [K in keyof OrganisationKpis]: Estimate } {
  const out = {} as { [K in keyof OrganisationKpis]: Estimate };
  for (const field of Object.keys(ORGANISATION_SPECS) as (keyof OrganisationKpis)[])
    out[field] = singleEstimate(total[field]);
  return out;
}

/** The scenario's currency (ISO 4217); USD when the scenario gives no costs, as the simulator's default. */
export function currencyOf(scenario: Scenario | undefined): string {
  return scenario?.costs?.currency ?? 'USD';
}

// Whole units: support staff cost runs to hundreds or thousands a day, cents would be noise.
const money = (amount: number, currency: string) => formatMoney(amount, currency, 0);

/** A value with its unit, e.g. `24`, `95 s`, `$1,491` or `78.4%`; `—` when undefined. */
export function formatOrganisationValue(value: number, kind: OrganisationKind, currency: string): string {
  if (kind !== 'money') return formatValue(value, kind);
  return money(value, currency);
}

/** The 95% half-width as `±x` in the KPI's unit, '' without an interval (one run, or every run alike). */
export function formatOrganisationHalfWidth(estimate: Estimate, kind: OrganisationKind, currency: string): string {
  if (kind !== 'money') return formatHalfWidth(estimate, kind);
  if (!hasInterval(estimate) || estimate.halfWidth === 0) return '';
  return `±${money(estimate.halfWidth, currency)}`;
}
