// The Classroom tab's labels of hand-in statuses and of the KPIs in the class's spread, in the page's language.
import { msg } from '@lit/localize';
import type { SpreadKpi } from '../../sim/classroom/ranking';
import type { HandInStatus } from '../../sim/classroom/types';
import { formatDecimal, formatInteger, formatMoney, formatPercent } from '../format';

export function statusLabel(status: HandInStatus): string {
  switch (status) {
    case 'verified':
      return msg('verified', { id: 'classroom.status.verified' });
    case 'tampered':
      return msg('tampered: the replay differs from what it claims', { id: 'classroom.status.tampered' });
    case 'other-exercise':
      return msg('another exercise', { id: 'classroom.status.otherExercise' });
    case 'other-seed':
      return msg('another seed', { id: 'classroom.status.otherSeed' });
    case 'duplicate':
      return msg('duplicate', { id: 'classroom.status.duplicate' });
    case 'malformed':
      return msg('unreadable', { id: 'classroom.status.malformed' });
  }
}

export function spreadLabel(kpi: SpreadKpi): string {
  switch (kpi) {
    case 'score':
      return msg('Score', { id: 'classroom.kpi.score' });
    case 'serviceLevel':
      return msg('Service level', { id: 'classroom.kpi.serviceLevel' });
    case 'abandonmentRate':
      return msg('Abandoned', { id: 'classroom.kpi.abandonment' });
    case 'answered':
      return msg('Answered', { id: 'classroom.kpi.answered' });
    case 'cost':
      return msg('Cost', { id: 'classroom.kpi.cost' });
    case 'meanReactionSeconds':
      return msg('Mean reaction (min)', { id: 'classroom.kpi.reaction' });
  }
}

export function spreadValue(kpi: SpreadKpi, value: number, currency: string): string {
  switch (kpi) {
    case 'score':
      return formatDecimal(value, 1);
    case 'serviceLevel':
    case 'abandonmentRate':
      return formatPercent(value);
    case 'answered':
      return formatInteger(value);
    case 'cost':
      return formatMoney(value, currency, 0);
    case 'meanReactionSeconds':
      return formatDecimal(value / 60, 1);
  }
}
