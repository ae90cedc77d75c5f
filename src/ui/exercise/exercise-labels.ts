// Words of the exercise screens in the page's language: roles, decision kinds, a decision in a few words, its
// status, an active condition and the scoring rule with its numbers (the simulator's own English sentences are
// for the CLI and the JSON; the page says them again here through the catalogue). No DOM.
import { msg, str } from '@lit/localize';
import type { FloorLayout } from '../../sim/api';
import type {
  ActiveCondition,
  DecisionRecord,
  Exercise,
  ExerciseAction,
  ExerciseActionKind,
  ScorePart,
  TraineeRole,
} from '../../sim/exercise/types';
import { formatDecimal, formatDuration, formatInteger, formatMoney, formatPercent } from '../format';
import { injectTitle } from '../i18n/exercise-text';

export function roleName(role: TraineeRole): string {
  switch (role) {
    case 'team-lead':
      return msg('Team lead', { id: 'exercise.role.teamLead' });
    case 'supervisor':
      return msg('Supervisor', { id: 'exercise.role.supervisor' });
    case 'wfm-planner':
      return msg('WFM planner', { id: 'exercise.role.wfmPlanner' });
  }
}

export function actionKindName(kind: ExerciseActionKind): string {
  switch (kind) {
    case 'add-agents':
      return msg('Call in agents', { id: 'exercise.kind.addAgents' });
    case 'set-agents':
      return msg('Set agents logged in', { id: 'exercise.kind.setAgents' });
    case 'move-agents':
      return msg('Move agents', { id: 'live.form.moveAgents' });
    case 'arrival-surge':
      return msg('Arrival surge', { id: 'live.form.arrivalSurge' });
    case 'ivr-outage':
      return msg('IVR outage', { id: 'live.form.ivrOutage' });
    case 'set-routing-policy':
      return msg('Routing rule', { id: 'live.form.routingRule' });
    case 'set-structure':
      return msg('Department structure', { id: 'exercise.kind.setStructure' });
  }
}

/** A group's name from the layout, else its id. */
export function groupName(layout: FloorLayout | undefined, id: string): string {
  return layout?.groups.find((g) => g.id === id)?.name ?? id;
}

/** A decision in a few words, e.g. "Call in for Billing: 5". */
export function describeDecision(action: ExerciseAction, layout: FloorLayout | undefined): string {
  switch (action.kind) {
    case 'add-agents': {
      const group = groupName(layout, action.group);
      const n = formatInteger(action.agents);
      return msg(str`Call in for ${group}: ${n}`, { id: 'exercise.action.addAgents' });
    }
    case 'set-agents': {
      const group = groupName(layout, action.group);
      const n = formatInteger(action.agents);
      return msg(str`${group}: ${n} logged in`, { id: 'exercise.action.setAgents' });
    }
    case 'move-agents': {
      const from = groupName(layout, action.from);
      const to = groupName(layout, action.to);
      const n = formatInteger(action.agents);
      return msg(str`Move from ${from} to ${to}: ${n}`, { id: 'exercise.action.moveAgents' });
    }
    case 'arrival-surge': {
      const factor = formatDecimal(action.factor, 2);
      const length = formatDuration(action.durationSeconds);
      return msg(str`Arrivals ×${factor} for ${length}`, { id: 'exercise.action.surge' });
    }
    case 'ivr-outage': {
      const length = formatDuration(action.durationSeconds);
      return msg(str`IVR down for ${length}`, { id: 'exercise.action.ivrOutage' });
    }
    case 'set-routing-policy':
      return action.policy === 'longest-idle'
        ? msg('Routing: longest idle agent', { id: 'exercise.action.routingLongestIdle' })
        : msg('Routing: most proficient group first', { id: 'exercise.action.routingMostProficient' });
    case 'set-structure': {
      const structure = structureName(action.structure);
      const department = layout?.departments.find((d) => d.id === action.department)?.name ?? action.department;
      return msg(str`${department}: ${structure}`, { id: 'exercise.action.structure' });
    }
  }
}

export function structureName(structure: 'hierarchical' | 'self-managed' | 'none'): string {
  switch (structure) {
    case 'hierarchical':
      return msg('hierarchical', { id: 'exercise.structure.hierarchical' });
    case 'self-managed':
      return msg('self-managed', { id: 'exercise.structure.selfManaged' });
    case 'none':
      return msg('no structure', { id: 'exercise.structure.none' });
  }
}

export function statusName(status: DecisionRecord['status']): string {
  switch (status) {
    case 'pending':
      return msg('on its way', { id: 'exercise.status.pending' });
    case 'applied':
      return msg('in effect', { id: 'exercise.status.applied' });
    case 'failed':
      return msg('had no effect', { id: 'exercise.status.failed' });
  }
}

/** What is going on, e.g. "Mailing surge" or "Requested, not yet in effect: Call in for Billing: 5". */
export function conditionText(
  condition: ActiveCondition,
  exercise: Exercise,
  decisions: readonly DecisionRecord[],
  layout: FloorLayout | undefined,
): string {
  if (condition.kind !== 'decision-pending') return injectTitle(exercise, condition.source);
  const decision = decisions.find((d) => String(d.index) === condition.source);
  const what = decision === undefined ? condition.label : describeDecision(decision.action, layout);
  return msg(str`Requested, not yet in effect: ${what}`, { id: 'exercise.condition.pending' });
}

export function conditionKindName(kind: ActiveCondition['kind']): string {
  switch (kind) {
    case 'arrival-surge':
      return msg('Surge running', { id: 'exercise.condition.surge' });
    case 'ivr-outage':
      return msg('IVR down', { id: 'exercise.condition.ivr' });
    case 'system-slowdown':
      return msg('Systems slow', { id: 'exercise.condition.slowdown' });
    case 'decision-pending':
      return msg('On its way', { id: 'exercise.condition.decision' });
  }
}

/** One part of the scoring rule in words with its numbers (the same rule the simulator applies). */
export function ruleWords(part: ScorePart, serviceLevelTarget: number, currency: string): string {
  switch (part.kind) {
    case 'service-level': {
      const target = formatPercent(serviceLevelTarget, 0);
      return msg(str`Share of the intervals with calls whose service level reaches the target ${target}.`, {
        id: 'exercise.rule.serviceLevel',
      });
    }
    case 'abandonment': {
      const good = formatPercent(part.good, 1);
      const zero = formatPercent(part.zeroAt, 1);
      return msg(
        str`Full marks at or below ${good} of callers abandoning, none at ${zero} or more, a straight line between.`,
        {
          id: 'exercise.rule.abandonment',
        },
      );
    }
    case 'occupancy': {
      const min = formatPercent(part.min, 0);
      const max = formatPercent(part.max, 0);
      return msg(str`Share of the intervals whose occupancy stays between ${min} and ${max}.`, {
        id: 'exercise.rule.occupancy',
      });
    }
    case 'cost': {
      const good = formatMoney(part.good, currency, 0);
      const zero = formatMoney(part.zeroAt, currency, 0);
      return msg(
        str`Full marks at a cost (labour plus decisions) of ${good} or less, none at ${zero} or more, a straight line between.`,
        {
          id: 'exercise.rule.cost',
        },
      );
    }
    case 'escalations': {
      const good = formatInteger(part.good);
      const zero = formatInteger(part.zeroAt);
      return msg(str`Full marks at ${good} calls escalated or transferred or fewer, none at ${zero} or more.`, {
        id: 'exercise.rule.escalations',
      });
    }
    case 'response-time': {
      const good = formatDuration(part.good);
      const zero = formatDuration(part.zeroAt);
      return msg(
        str`Full marks for a mean response to the events within ${good}, none at ${zero} or more; an event you do not answer counts ${zero}.`,
        {
          id: 'exercise.rule.responseTime',
        },
      );
    }
  }
}

export function rulePartName(kind: ScorePart['kind']): string {
  switch (kind) {
    case 'service-level':
      return msg('Service level', { id: 'exercise.part.serviceLevel' });
    case 'abandonment':
      return msg('Abandonment', { id: 'exercise.part.abandonment' });
    case 'occupancy':
      return msg('Occupancy', { id: 'exercise.part.occupancy' });
    case 'cost':
      return msg('Cost', { id: 'exercise.part.cost' });
    case 'escalations':
      return msg('Escalations', { id: 'exercise.part.escalations' });
    case 'response-time':
      return msg('Response to events', { id: 'exercise.part.responseTime' });
  }
}
