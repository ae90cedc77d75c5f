// Draft paths: the editor writes fields by path without touching the original, and its path text matches
// the validator's, so each field finds its own error.
import { describe, expect, it } from 'vitest';
import { getAt, numberFromText, numberListFromText, pathText, setAt } from '../../../src/ui/editor/draft-path';
import { validateScenario } from '../../../src/sim/scenario/validate';
import helpDesk from '../../../src/scenarios/help-desk.json';

describe('draft paths', () => {
  it('sets a nested value in a copy and removes a key with undefined', () => {
    const draft = structuredClone(helpDesk);
    const changed = setAt(draft, ['agentGroups', 0, 'agents'], 9);
    expect(getAt(changed, ['agentGroups', 0, 'agents'])).toBe(9);
    expect(draft.agentGroups[0]!.agents).toBe(helpDesk.agentGroups[0]!.agents);
    const removed = setAt(changed, ['callTypes', 0, 'patience'], undefined);
    expect(getAt(removed, ['callTypes', 0])).not.toHaveProperty('patience');
  });

  it("writes paths as the validator does, so a field's error is found by its path", () => {
    const path = ['agentGroups', 0, 'agents'] as const;
    const result = validateScenario(setAt(helpDesk, [...path], -3));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toContain(pathText([...path]));
  });

  it('keeps typed text that is not a number, so the validator names the field', () => {
    expect(numberFromText(' 12 ')).toBe(12);
    expect(numberFromText('2', 3600)).toBe(7200);
    expect(numberFromText('ten')).toBe('ten');
    expect(numberFromText('  ')).toBeUndefined();
    expect(numberListFromText('40, 55 x, 70')).toEqual([40, 55, 'x', 70]);
  });
});
