// A small exercise on the built-in help desk (one queue, six agents, no retrials) for the exercise tests.
import { findBuiltInScenario } from '../../../src/scenarios/index';
import type { Scenario } from '../../../src/sim/scenario/schema';
import type { Exercise } from '../../../src/sim/exercise/types';

export const helpDesk = findBuiltInScenario('help-desk') as Scenario;
export const mondayPeak = findBuiltInScenario('monday-peak') as Scenario;

/** Two hours of the help desk: a sick wave at 0:30, agency staff 10 min away, a 15-min cooldown. */
export function smallExercise(): Exercise {
  return {
    schemaVersion: 1,
    id: 'small',
    name: 'Small',
    teaches: 'Tests.',
    scenario: 'help-desk',
    seed: 'small-1',
    endSeconds: 7200,
    playSpeed: 10,
    briefing: { situation: 'A help desk.', role: 'team-lead', mayDo: ['call in agents'] },
    objectives: [
      { id: 'sl', text: 'Service level', scorePart: 'service-level' },
      { id: 'ab', text: 'Abandonment', scorePart: 'abandonment' },
    ],
    decisions: [
      {
        kind: 'add-agents',
        groups: ['agents'],
        delaySeconds: 600,
        cooldownSeconds: 900,
        costPerUse: 25,
        premiumPerAgentHour: 12,
      },
      { kind: 'set-routing-policy', delaySeconds: 0, cooldownSeconds: 0, costPerUse: 0, premiumPerAgentHour: 0 },
    ],
    injects: [
      {
        id: 'sick',
        atSeconds: 1800,
        title: 'Sick calls',
        message: 'Two agents went home.',
        effect: { kind: 'set-agents', group: 'agents', agents: 4 },
        expected: { action: { kind: 'add-agents', group: 'agents', agents: 2 }, withinSeconds: 900 },
      },
      {
        id: 'surge',
        atSeconds: 3000,
        title: 'Surge',
        message: 'Calls up 50% for 20 minutes.',
        effect: { kind: 'arrival-surge', factor: 1.5, durationSeconds: 1200 },
      },
    ],
    scoring: {
      parts: [
        { kind: 'service-level', weight: 50 },
        { kind: 'abandonment', weight: 30, good: 0.05, zeroAt: 0.25 },
        { kind: 'cost', weight: 10, good: 200, zeroAt: 400 },
        { kind: 'response-time', weight: 10, good: 300, zeroAt: 1800 },
      ],
    },
  };
}
