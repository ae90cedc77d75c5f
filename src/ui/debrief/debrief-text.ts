// The debrief's words in the page's language, built from the Debrief's structured fields (the simulator's own
// English sentences stay for the CLI): decisions, score rules with their numbers, measured values, verdicts and
// the counterfactual sentences. No DOM.
import { msg, str } from '@lit/localize';
import type {
  Counterfactual,
  DebriefNames,
  ExerciseAction,
  ScorePart,
  ScorePartKind,
  ScorePartResult,
} from '../../sim/exercise/types';
import { roleCount } from '../floor/floor-roles';
import { runTimeLabel } from '../charts/time-of-day';
import { formatDecimal, formatDuration, formatInteger, formatMoney, formatPercent, secondsSymbol } from '../format';

/** A signed count, e.g. `+37`, `−4`, `0`. */
export function signed(value: number, text: (v: number) => string = formatInteger): string {
  if (value === 0) return text(0);
  return value > 0 ? `+${text(value)}` : `−${text(-value)}`;
}

export function signedMoney(value: number, currency: string): string {
  return signed(value, (v) => formatMoney(v, currency, 0));
}

function policyName(policy: 'longest-idle' | 'most-proficient'): string {
  return policy === 'longest-idle'
    ? msg('longest idle agent', { id: 'live.form.policy.longestIdle' })
    : msg('most proficient group first', { id: 'live.form.policy.mostProficient' });
}

function structureName(structure: 'hierarchical' | 'self-managed' | 'none'): string {
  if (structure === 'hierarchical') return msg('hierarchical', { id: 'live.structure.name.hierarchical' });
  if (structure === 'self-managed') return msg('self-managed', { id: 'live.structure.name.selfManaged' });
  return msg('no structure', { id: 'live.structure.name.none' });
}

/** The scenario's name of a group, queue, department or call type (its id only when the debrief has no names). */
export function nameOf(names: DebriefNames | undefined, kind: keyof DebriefNames, id: string): string {
  return names?.[kind][id] ?? id;
}

/** A trainee decision or an expected action in words, with the scenario's names of its groups and departments. */
export function actionText(action: ExerciseAction, names?: DebriefNames): string {
  switch (action.kind) {
    case 'add-agents': {
      const agents = roleCount('agent', action.agents);
      const group = nameOf(names, 'groups', action.group);
      return msg(str`call in ${agents} to ${group}`, { id: 'debrief.action.addAgents' });
    }
    case 'set-agents': {
      const agents = roleCount('agent', action.agents);
      const group = nameOf(names, 'groups', action.group);
      return msg(str`${group} set to ${agents}`, { id: 'debrief.action.setAgents' });
    }
    case 'move-agents': {
      const agents = roleCount('agent', action.agents);
      const from = nameOf(names, 'groups', action.from);
      const to = nameOf(names, 'groups', action.to);
      return msg(str`move ${agents} from ${from} to ${to}`, { id: 'debrief.action.moveAgents' });
    }
    case 'arrival-surge': {
      const factor = formatDecimal(action.factor, 2);
      const duration = formatDuration(action.durationSeconds);
      return msg(str`arrivals ×${factor} for ${duration}`, { id: 'debrief.action.surge' });
    }
    case 'ivr-outage': {
      const duration = formatDuration(action.durationSeconds);
      return msg(str`IVR down for ${duration}`, { id: 'debrief.action.ivrOutage' });
    }
    case 'set-routing-policy': {
      const policy = policyName(action.policy);
      return msg(str`routing rule: ${policy}`, { id: 'debrief.action.routing' });
    }
    case 'set-structure': {
      const structure = structureName(action.structure);
      const department = nameOf(names, 'departments', action.department);
      return msg(str`${department}: ${structure}`, { id: 'debrief.action.structure' });
    }
  }
}

export function partName(kind: ScorePartKind): string {
  switch (kind) {
    case 'service-level':
      return msg('Service level', { id: 'debrief.part.serviceLevel' });
    case 'abandonment':
      return msg('Abandonment', { id: 'debrief.part.abandonment' });
    case 'occupancy':
      return msg('Occupancy', { id: 'debrief.part.occupancy' });
    case 'cost':
      return msg('Cost', { id: 'debrief.part.cost' });
    case 'escalations':
      return msg('Escalations', { id: 'debrief.part.escalations' });
    case 'response-time':
      return msg('Response to injects', { id: 'debrief.part.responseTime' });
  }
}

const seconds = (s: number): string => `${formatInteger(s)} ${secondsSymbol()}`;

/** The rule of a score part in words and numbers (the exercise's own part, with its thresholds). */
export function ruleText(part: ScorePart, serviceLevelTarget: number, currency: string): string {
  switch (part.kind) {
    case 'service-level': {
      const target = formatPercent(serviceLevelTarget, 0);
      return msg(str`share of intervals with calls whose service level reaches the target ${target}`, {
        id: 'debrief.rule.serviceLevel',
      });
    }
    case 'abandonment': {
      const good = formatPercent(part.good, 1);
      const zero = formatPercent(part.zeroAt, 1);
      return msg(str`full marks at or below ${good} abandoned, none at ${zero} or more, a straight line between`, {
        id: 'debrief.rule.abandonment',
      });
    }
    case 'occupancy': {
      const min = formatPercent(part.min, 0);
      const max = formatPercent(part.max, 0);
      return msg(str`share of intervals whose occupancy stays between ${min} and ${max}`, {
        id: 'debrief.rule.occupancy',
      });
    }
    case 'cost': {
      const good = formatMoney(part.good, currency, 0);
      const zero = formatMoney(part.zeroAt, currency, 0);
      return msg(str`full marks at or below a cost of ${good}, none at ${zero} or more, a straight line between`, {
        id: 'debrief.rule.cost',
      });
    }
    case 'escalations': {
      const good = formatInteger(part.good);
      const zero = formatInteger(part.zeroAt);
      return msg(
        str`full marks at or below ${good} escalated or transferred calls, none at ${zero} or more, a straight line between`,
        { id: 'debrief.rule.escalations' },
      );
    }
    case 'response-time': {
      const good = seconds(part.good);
      const zero = seconds(part.zeroAt);
      return msg(
        str`full marks for a mean response to injects within ${good}, none at ${zero} or more (a missed inject counts ${zero})`,
        { id: 'debrief.rule.responseTime' },
      );
    }
  }
}

/** The value a part's rule was applied to, formatted for its kind. */
export function measuredText(part: ScorePartResult, currency: string): string {
  switch (part.kind) {
    case 'service-level':
    case 'occupancy': {
      const share = formatPercent(part.value, 1);
      return msg(str`${share} of intervals`, { id: 'debrief.measured.intervals' });
    }
    case 'abandonment': {
      const share = formatPercent(part.value, 1);
      return msg(str`${share} of calls offered`, { id: 'debrief.measured.abandoned' });
    }
    case 'cost':
      return formatMoney(part.value, currency, 0);
    case 'escalations':
      return formatInteger(part.value);
    case 'response-time': {
      const mean = seconds(Math.round(part.value));
      return msg(str`mean ${mean}`, { id: 'debrief.measured.response' });
    }
  }
}

/** A counterfactual as a sentence; the numbers are the trainee's day against the other one. */
export function counterfactualText(
  c: Counterfactual,
  decision: { requestedAt: number; action: ExerciseAction } | undefined,
  currency: string,
  names?: DebriefNames,
  clockStartAt?: number,
): string {
  if (c.kind === 'without') {
    const time = runTimeLabel(decision?.requestedAt ?? 0, clockStartAt);
    const action = decision === undefined ? '' : actionText(decision.action, names);
    const answered = signed(-c.answeredDelta);
    const abandoned = signed(-c.abandonedDelta);
    const cost = signedMoney(-c.costDelta, currency);
    return msg(
      str`Your decision at ${time} (${action}) compared with the same day without it: callers answered ${answered}, abandoned ${abandoned}, cost ${cost}.`,
      { id: 'debrief.cf.without' },
    );
  }
  const shift = formatDuration(c.shiftSeconds);
  const answered = signed(c.answeredDelta);
  const abandoned = signed(c.abandonedDelta);
  const cost = signedMoney(c.costDelta, currency);
  return msg(
    str`Taking it ${shift} earlier, compared with your day: callers answered ${answered}, abandoned ${abandoned}, cost ${cost}.`,
    { id: 'debrief.cf.earlier' },
  );
}
