// docs/cli.md must describe the CLI that exists: every option, the built-in ids, and a sample whose header
// is what the formatter prints today.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_CLI_REPLICATIONS, usage } from '../../src/cli/args';
import { formatReport, MAX_INTERVAL_ROWS } from '../../src/cli/format-table';
import type { Report } from '../../src/cli/report';
import { builtInScenarios, findBuiltInScenario } from '../../src/scenarios/index';

const doc = readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8');

describe('docs/cli.md', () => {
  it('documents every option of the usage text', () => {
    const options = [...usage.matchAll(/^\s+(?:-\w, )?(--[a-z-]+)/gm)].map((m) => m[1]);
    expect(options.length).toBeGreaterThanOrEqual(5);
    for (const option of options) expect(doc, option).toContain(`\`${option}`);
  });

  it('names every built-in id and the limits the code uses', () => {
    for (const s of builtInScenarios) expect(doc).toContain(`\`${s.id}\``);
    expect(doc).toContain(`1 to ${MAX_CLI_REPLICATIONS}`);
    expect(doc).toContain(`stops after ${MAX_INTERVAL_ROWS} rows`);
  });

  it('shows a sample whose header lines match the current formatter', () => {
    const scenario = findBuiltInScenario('monday-peak')!;
    const empty: Report = {
      scenarioId: scenario.id,
      seed: String(scenario.seed),
      replications: 10,
      confidenceLevel: 0.95,
      total: {},
      queues: {},
      groups: {},
      intervals: [],
    };
    const header = formatReport(scenario, empty).split('\n').slice(0, 5).join('\n');
    expect(doc).toContain(`\`\`\`\n${header}\n`);
  });
});
