// The KPI glossary of the page: each KPI's name and one-line definition, from the catalogue, in the words the
// industry uses in each language (docs/app.md, /KPIs in DOMAIN). Functions, not constants: a name is read at
// render time, in the language then in force. No DOM.
import { msg } from '@lit/localize';

export type GlossaryKpi =
  'serviceLevel' | 'asa' | 'aht' | 'abandonment' | 'occupancy' | 'utilisation' | 'shrinkage' | 'adherence' | 'fcr';

export const GLOSSARY_KPIS: readonly GlossaryKpi[] = [
  'serviceLevel',
  'asa',
  'aht',
  'abandonment',
  'occupancy',
  'utilisation',
  'shrinkage',
  'adherence',
  'fcr',
];

export function kpiName(kpi: GlossaryKpi): string {
  switch (kpi) {
    case 'serviceLevel':
      return msg('Service level', { id: 'kpi.serviceLevel.name' });
    case 'asa':
      return msg('Average speed of answer', { id: 'kpi.asa.name' });
    case 'aht':
      return msg('Average handle time', { id: 'kpi.aht.name' });
    case 'abandonment':
      return msg('Abandonment rate', { id: 'kpi.abandonment.name' });
    case 'occupancy':
      return msg('Agent occupancy', { id: 'kpi.occupancy.name' });
    case 'utilisation':
      return msg('Utilisation', { id: 'kpi.utilisation.name' });
    case 'shrinkage':
      return msg('Shrinkage', { id: 'kpi.shrinkage.name' });
    case 'adherence':
      return msg('Schedule adherence', { id: 'kpi.adherence.name' });
    case 'fcr':
      return msg('First-contact resolution', { id: 'kpi.fcr.name' });
  }
}

export function kpiDefinition(kpi: GlossaryKpi): string {
  switch (kpi) {
    case 'serviceLevel':
      return msg('Share of calls answered within the threshold, e.g. 80% in 20 seconds', {
        id: 'kpi.serviceLevel.definition',
      });
    case 'asa':
      return msg('Mean wait of answered calls', { id: 'kpi.asa.definition' });
    case 'aht':
      return msg('Talk + after-call work', { id: 'kpi.aht.definition' });
    case 'abandonment':
      return msg('Abandoned ÷ offered', { id: 'kpi.abandonment.definition' });
    case 'occupancy':
      return msg('Busy ÷ available time (breaks excluded)', { id: 'kpi.occupancy.definition' });
    case 'utilisation':
      return msg('Busy ÷ paid time (breaks included)', { id: 'kpi.utilisation.definition' });
    case 'shrinkage':
      return msg('Share of paid time off the phones: breaks, meetings, coaching, training', {
        id: 'kpi.shrinkage.definition',
      });
    case 'adherence':
      return msg('Share of the time agents do what the schedule says', { id: 'kpi.adherence.definition' });
    case 'fcr':
      return msg('Share of callers whose need is met on the first call', { id: 'kpi.fcr.definition' });
  }
}
