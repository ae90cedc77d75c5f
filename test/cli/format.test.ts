// Formatting of the CLI's tables and JSON, on hand-made reports whose numbers are known, so nothing here
// depends on the engine.
import { describe, expect, it } from 'vitest';
import { formatJson, toJsonReport } from '../../src/cli/format-json';
import { formatReport, MAX_INTERVAL_ROWS } from '../../src/cli/format-table';
import {
  formatClock,
  formatCount,
  formatLevel,
  formatPercent,
  formatSeconds,
  MISSING,
} from '../../src/cli/format-value';
import type { CellRecord, Report } from '../../src/cli/report';
import { renderTable } from '../../src/cli/text-table';
import type { Scenario } from '../../src/sim/scenario/schema';
import { parseScenario } from '../../src/sim/scenario/validate';

const estimate = (mean: number, halfWidth: number, n = 5) => ({ mean, halfWidth, stdDev: NaN, n });

const scenario: Scenario = parseScenario({
  schemaVersion: 2,
  id: 'shop',
  name: 'Shop',
  seed: 's',
  intervalMinutes: 30,
  horizon: { kind: 'duration', seconds: 3600 },
  serviceLevel: { thresholdSeconds: 30, target: 0.9, convention: 'answered' },
  queues: [{ id: 'sales' }],
  callTypes: [
    { id: 'c', queue: 'sales', arrivals: { callsPerHour: [10] }, talk: { kind: 'exponential', meanSeconds: 60 } },
  ],
  agentGroups: [{ id: 'team', queues: ['sales'], agents: 2 }],
});

function calls(overrides: Partial<Record<string, number>> = {}): CellRecord {
  return {
    offered: 10,
    answered: 8,
    abandoned: 1,
    waitingAtEnd: 1,
    abandonRate: 0.1,
    serviceLevel: 0.75,
    serviceLevelAnswered: 0.75,
    serviceLevelOffered: 0.6,
    serviceLevelExcludeShortAbandons: 0.6667,
    asaSeconds: 12.34,
    ahtSeconds: 200,
    maxWaitSeconds: 95,
    staffedAgents: 2,
    busyAgents: 1.5,
    occupancy: 0.75,
    ...overrides,
  } as CellRecord;
}

function singleRunReport(intervalCount = 2): Report {
  return {
    scenarioId: 'shop',
    seed: 's',
    replications: 1,
    confidenceLevel: 0.95,
    total: calls(),
    queues: { sales: calls() },
    groups: { team: { staffedAgents: 2, busyAgents: 1.5, occupancy: 0.75, answered: 8 } },
    intervals: Array.from({ length: intervalCount }, (_, i) => ({
      index: i,
      startSeconds: i * 1800,
      endSeconds: (i + 1) * 1800,
      kpis: calls({ asaSeconds: i === 1 ? NaN : 3 }),
    })),
  };
}

describe('format-value', () => {
  it('formats a single run and a mean ± half-width', () => {
    expect(formatCount(12)).toBe('12');
    expect(formatCount(estimate(12.34, 1.26))).toBe('12.3 ± 1.3');
    expect(formatPercent(0.8123)).toBe('81.2%');
    expect(formatPercent(estimate(0.8123, 0.0251))).toBe('81.2% ± 2.5');
    expect(formatSeconds(66.09)).toBe('66.1');
    expect(formatLevel(estimate(18.016, 0.331))).toBe('18.02 ± 0.33');
  });

  it('shows undefined values as a dash', () => {
    expect(formatSeconds(NaN)).toBe(MISSING);
    expect(formatPercent(estimate(NaN, NaN, 0))).toBe(MISSING);
    expect(formatCount(estimate(4, NaN, 1))).toBe(`4.0 ± ${MISSING}`);
  });

  it('writes simulated time as hh:mm, prefixing later days', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(5400)).toBe('01:30');
    expect(formatClock(86_399)).toBe('23:59');
    expect(formatClock(86_400 + 8 * 3600)).toBe('d2 08:00');
  });
});

describe('renderTable', () => {
  it('aligns columns by their widest cell, counting "±" and "—" as one character', () => {
    const lines = renderTable(
      [
        { header: 'name', align: 'left' },
        { header: 'v', align: 'right' },
      ],
      [
        ['a', '1 ± 2'],
        ['long name', '—'],
      ],
    );
    expect(lines).toEqual(['name           v', '---------  -----', 'a          1 ± 2', 'long name      —']);
  });
});

describe('formatReport', () => {
  it('names the headline service-level convention and shows the other two beside it', () => {
    const text = formatReport(scenario, singleRunReport());
    expect(text).toContain('SL 90/30 (answered): answered ≤ 30 s ÷ answered');
    expect(text).toContain('SL ex-short (excludeShortAbandons): answered ≤ 30 s ÷ (answered + abandoned > 30 s)');
    expect(text).toContain('SL offered (offered): answered ≤ 30 s ÷ offered');
    const serviceHeader = text.split('\n').find((l) => l.startsWith('service'));
    expect(serviceHeader?.split(/\s{2,}/)).toEqual([
      'service',
      'SL 90/30',
      'SL ex-short',
      'SL offered',
      'ASA s',
      'AHT s',
      'max wait s',
    ]);
    const salesRow = text.split('\n').filter((l) => l.startsWith('sales '))[1];
    expect(salesRow?.split(/\s{2,}/)).toEqual(['sales', '75.0%', '66.7%', '60.0%', '12.3', '200.0', '95.0']);
  });

  it('has a row for the total, each queue, each group and each interval', () => {
    const lines = formatReport(scenario, singleRunReport()).split('\n');
    expect(lines.filter((l) => l.startsWith('total '))).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('sales '))).toHaveLength(2);
    expect(lines.some((l) => l.startsWith('team '))).toBe(true);
    expect(lines.find((l) => l.startsWith('00:30'))?.split(/\s{2,}/)).toEqual([
      '00:30',
      '10',
      '8',
      '1',
      '75.0%',
      MISSING,
      '75.0%',
    ]);
  });

  it('shows mean ± half-width and names the confidence level with several replications', () => {
    const report = singleRunReport();
    report.replications = 5;
    report.total = { ...report.total, offered: estimate(10.2, 1.5) };
    const text = formatReport(scenario, report);
    expect(text).toContain('5 replications, each value is mean ± half-width of the 95% confidence interval');
    expect(text.split('\n').find((l) => l.startsWith('total'))).toContain('10.2 ± 1.5');
  });

  it(`stops after ${MAX_INTERVAL_ROWS} interval rows unless asked for all`, () => {
    const report = singleRunReport(MAX_INTERVAL_ROWS + 3);
    const intervalRows = (text: string) => text.split('\n').filter((l) => /^(d\d+ )?\d\d:\d\d /.test(l));
    const short = formatReport(scenario, report);
    expect(intervalRows(short)).toHaveLength(MAX_INTERVAL_ROWS);
    expect(short).toContain('… 3 more intervals');
    expect(intervalRows(formatReport(scenario, report, { allIntervals: true }))).toHaveLength(MAX_INTERVAL_ROWS + 3);
  });
});

describe('formatJson', () => {
  it('prints plain numbers for one replication, with NaN as null', () => {
    const json = JSON.parse(formatJson(scenario, singleRunReport()));
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining(['scenarioId', 'seed', 'replications', 'total', 'queues', 'groups', 'intervals']),
    );
    expect(json.total.offered).toBe(10);
    expect(json.intervals[1]).toMatchObject({ index: 1, startSeconds: 1800, endSeconds: 3600, asaSeconds: null });
    expect(json.serviceLevel).toEqual({ thresholdSeconds: 30, target: 0.9, convention: 'answered' });
  });

  it('prints { mean, halfWidth, n } for several replications, with NaN as null', () => {
    const report = singleRunReport();
    report.replications = 5;
    report.total = {
      offered: estimate(10.2, 1.5),
      asaSeconds: estimate(NaN, NaN, 0),
      occupancy: estimate(0.7, NaN, 1),
    };
    const json = toJsonReport(scenario, report);
    expect(json.total).toEqual({
      offered: { mean: 10.2, halfWidth: 1.5, n: 5 },
      asaSeconds: { mean: null, halfWidth: null, n: 0 },
      occupancy: { mean: 0.7, halfWidth: null, n: 1 },
    });
  });

  it('is one indented JSON object ending in a newline', () => {
    const text = formatJson(scenario, singleRunReport());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "scenarioId": "shop",')).toBe(true);
  });
});
