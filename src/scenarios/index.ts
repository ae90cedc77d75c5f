// The scenarios shipped with Switchboard. Each is plain JSON data, migrated and validated when this module
// loads, so a broken built-in fails loudly instead of reaching a user. A new file here must be listed below
// (test/scenarios/built-ins.test.ts checks that none is forgotten).
import { loadScenario } from '../sim/scenario/migrate';
import type { Scenario } from '../sim/scenario/schema';
import helpDesk from './help-desk.json';
import mmcSteady from './mmc-steady.json';
import mmcAbandon from './mmc-abandon.json';
import mondayPeak from './monday-peak.json';
import fullCentre from './full-centre.json';
import serviceFloorHierarchical from './service-floor-hierarchical.json';
import serviceFloorSelfManaged from './service-floor-self-managed.json';
import onboardingWeek from './onboarding-week.json';

export const builtInScenarios: readonly Scenario[] = [
  helpDesk,
  mmcSteady,
  mmcAbandon,
  mondayPeak,
  fullCentre,
  serviceFloorHierarchical,
  serviceFloorSelfManaged,
  onboardingWeek,
].map((data) => loadScenario(data));

export function findBuiltInScenario(id: string): Scenario | undefined {
  return builtInScenarios.find((s) => s.id === id);
}
