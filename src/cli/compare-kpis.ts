// Which KPIs the comparison tables show, under which label, and how each value and difference is printed.
// The JSON output has every KPI; this list only chooses the headline rows. Knows nothing about the terminal.
import type { AgentKpis, CallKpis, RunResult } from '../sim/results';

/** percent: a share 0..1 (differences in percentage points); the others are plain numbers in their unit. */
export type KpiFormat = 'percent' | 'seconds' | 'count' | 'level' | 'money' | 'hours';

export interface KpiDisplay {
  key: string;
  label: string;
  format: KpiFormat;
  /** Shown only when some variant's mean is a number other than 0 (organisation rows on plain floors). */
  whenUsed?: boolean;
}

/** Typed keys, so renaming a KPI in results.ts breaks this file at compile time. */
type TotalKey = keyof RunResult['total'];
const kpi = <K extends string>(key: K, label: string, format: KpiFormat): KpiDisplay => ({ key, label, format });

export const TOTAL_KPIS: readonly KpiDisplay[] = [
  kpi<TotalKey>('serviceLevel', 'service level', 'percent'),
  kpi<TotalKey>('asaSeconds', 'ASA s', 'seconds'),
  kpi<TotalKey>('meanWaitSeconds', 'mean wait s', 'seconds'),
  kpi<TotalKey>('abandonRate', 'abandoned %', 'percent'),
  kpi<TotalKey>('offered', 'offered', 'count'),
  kpi<TotalKey>('answered', 'answered', 'count'),
  kpi<TotalKey>('abandoned', 'abandoned', 'count'),
  kpi<TotalKey>('ahtSeconds', 'AHT s', 'seconds'),
  kpi<TotalKey>('occupancy', 'occupancy', 'percent'),
  kpi<TotalKey>('staffedAgents', 'agents logged in', 'level'),
  kpi<TotalKey>('paidHours', 'paid hours', 'hours'),
  kpi<TotalKey>('cost', 'cost', 'money'),
  kpi<TotalKey>('costPerHandledCall', 'cost per handled call', 'money'),
  { ...kpi<TotalKey>('escalated', 'escalations', 'count'), whenUsed: true },
  { ...kpi<TotalKey>('peerConsults', 'peer consults', 'count'), whenUsed: true },
  { ...kpi<TotalKey>('agentsReassigned', 'agents moved at reviews', 'count'), whenUsed: true },
  { ...kpi<TotalKey>('supportStaffCost', 'support staff cost', 'money'), whenUsed: true },
  { ...kpi<TotalKey>('meanEfficiency', 'learning-curve efficiency', 'percent'), whenUsed: true },
];

export const QUEUE_KPIS: readonly KpiDisplay[] = [
  kpi<keyof CallKpis>('serviceLevel', 'service level', 'percent'),
  kpi<keyof CallKpis>('asaSeconds', 'ASA s', 'seconds'),
  kpi<keyof CallKpis>('abandonRate', 'abandoned %', 'percent'),
  kpi<keyof CallKpis>('offered', 'offered', 'count'),
  kpi<keyof CallKpis>('answered', 'answered', 'count'),
  kpi<keyof CallKpis>('meanQueueLength', 'mean queue length', 'level'),
];

export const GROUP_KPIS: readonly KpiDisplay[] = [
  kpi<keyof AgentKpis>('staffedAgents', 'agents logged in', 'level'),
  kpi<keyof AgentKpis>('occupancy', 'occupancy', 'percent'),
  kpi<keyof AgentKpis>('answered', 'answered', 'count'),
  kpi<keyof AgentKpis>('cost', 'cost', 'money'),
];

/** How to print a KPI that has no headline entry (for --all-kpis), from the naming rules of results.ts. */
export function displayOf(key: string): KpiDisplay {
  if (/^serviceLevel|Rate$|^occupancy$|^utilisation$|^adherence$|Resolution$|^meanEfficiency$|^meanSlowdown$/.test(key))
    return { key, label: key, format: 'percent' };
  if (key.endsWith('Cost')) return { key, label: key, format: 'money' };
  if (key.endsWith('Seconds')) return { key, label: key, format: 'seconds' };
  if (key.endsWith('Hours')) return { key, label: key, format: 'hours' };
  if (key.startsWith('cost')) return { key, label: key, format: 'money' };
  if (key.endsWith('Agents') || key.endsWith('QueueLength')) return { key, label: key, format: 'level' };
  return { key, label: key, format: 'count' };
}
