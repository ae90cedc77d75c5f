// CSV and JSON export of a replicated run: one row per scope and KPI with the numbers of the result, RFC 4180
// quoting, NaN as an empty cell.
import { describe, expect, it } from 'vitest';
import { runReplications } from '../../src/sim/replications';
import { CSV_HEADER, csvField, resultToCsv, resultToJson } from '../../src/ui/export-results';
import { findBuiltInScenario } from '../../src/scenarios/index';

const scenario = findBuiltInScenario('help-desk')!;
const result = runReplications(scenario, { replications: 2 });

function parse(csv: string): string[][] {
  return csv
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(','));
}

describe('resultToCsv', () => {
  const rows = parse(resultToCsv(result));

  it('starts with the header and has a row per KPI of the total, queue, group and interval', () => {
    expect(rows[0]).toEqual([...CSV_HEADER]);
    const kpis = Object.keys(result.total).length;
    const expected =
      kpis +
      Object.values(result.queues).reduce((n, q) => n + Object.keys(q).length, 0) +
      Object.values(result.groups).reduce((n, g) => n + Object.keys(g).length, 0) +
      result.intervals.reduce((n, i) => n + Object.keys(i).length, 0);
    expect(rows.length - 1).toBe(expected);
  });

  it('writes the estimates of the result', () => {
    const row = rows.find((r) => r[0] === 'total' && r[3] === 'serviceLevel')!;
    expect(Number(row[4])).toBe(result.total.serviceLevel.mean);
    expect(Number(row[5])).toBe(result.total.serviceLevel.halfWidth);
    expect(row[6]).toBe('2');
    const interval = rows.find((r) => r[0] === 'interval' && r[1] === '3' && r[3] === 'offered')!;
    expect(Number(interval[2])).toBe(3 * scenario.intervalMinutes * 60);
    expect(Number(interval[4])).toBe(result.intervals[3]!.offered.mean);
  });
});

describe('csvField and JSON', () => {
  it('quotes commas, quotes and line breaks; NaN is empty', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(0.25)).toBe('0.25');
  });

  it('JSON carries the scenario and the result', () => {
    const data = JSON.parse(resultToJson(scenario, result));
    expect(data.format).toBe('switchboard-result');
    expect(data.scenario).toEqual(JSON.parse(JSON.stringify(scenario)));
    expect(data.result.total.offered.mean).toBe(result.total.offered.mean);
  });
});
