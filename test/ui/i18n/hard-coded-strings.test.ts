// No user-facing English outside the catalogue in src/ui. Every file is converted: untranslated-baseline.json is
// empty, so a hard-coded label anywhere fails. (It stays as a ratchet for a file converted in steps: listed with
// its count, which may only shrink, and must be lowered when a conversion lowers it.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanSource } from './source-scan';
import { uiSources } from './ui-files';

const baseline = JSON.parse(readFileSync(new URL('./untranslated-baseline.json', import.meta.url), 'utf8')) as Record<
  string,
  number
>;

describe('hard-coded user-facing strings in src/ui', () => {
  const scanned = uiSources().map((f) => ({ path: f.path, result: scanSource(f.path, f.text) }));

  it('every msg() has a literal id', () => {
    // plural.ts builds the ids of a plural family from the literal base its callers pass (checked there).
    const unnamed = scanned
      .filter((f) => f.path !== 'src/ui/i18n/plural.ts')
      .flatMap((f) => f.result.unnamed.map((u) => `${f.path}:${u.line} ${u.text}`));
    expect(unnamed).toEqual([]);
  });

  it('the baseline lists no file: every file of src/ui is converted', () => {
    expect(baseline).toEqual({});
  });

  it('no file has more hard-coded strings than its baseline (0 for a converted file)', () => {
    const over = scanned
      .filter((f) => f.result.findings.length > (baseline[f.path] ?? 0))
      .map((f) => ({
        file: f.path,
        allowed: baseline[f.path] ?? 0,
        found: f.result.findings.map((x) => `${x.line} ${x.where}: ${x.text}`),
      }));
    expect(over).toEqual([]);
  });

  it('the baseline is tight: a file converted further has its count lowered', () => {
    const counts = Object.fromEntries(scanned.map((f) => [f.path, f.result.findings.length]));
    const loose = Object.entries(baseline)
      .filter(([path, allowed]) => (counts[path] ?? 0) < allowed)
      .map(([path, allowed]) => `${path}: baseline ${allowed}, found ${counts[path] ?? 0}`);
    expect(loose).toEqual([]);
  });
});

describe('the scanner catches what a person would see', () => {
  const fixture = `
    import { html } from 'lit';
    import { msg } from '@lit/localize';
    const tabs = [{ id: 'live', label: 'Live' }];
    class X {
      render() {
        return html\`<button title="Start the run" class="primary" data-testid="go">Run now</button>
          <p>\${this.done ? 'Finished' : msg('Running', { id: 'run.running' })}</p>
          <sb-panel heading=\${'Organisation'} .note=\${'so far'} data-kind=\${'live-tab'}></sb-panel>
          <span>\${msg('Safe', { id: 'safe' })} · 12 s</span><h1>Switchboard</h1>\`;
      }
      oops() { this.fail('The scenario was rejected.'); msg('No id'); }
    }`;
  const result = scanSource('fixture.ts', fixture);
  const texts = result.findings.map((f) => f.text).sort();

  it('flags a hard-coded text node, a title, bound literals, sink arguments and tab labels', () => {
    expect(texts).toEqual(
      ['Finished', 'Live', 'Organisation', 'Run now', 'Start the run', 'The scenario was rejected.', 'so far'].sort(),
    );
  });

  it('leaves alone catalogue messages, class names, test ids, symbols and allowed names', () => {
    expect(texts).not.toContain('primary');
    expect(texts).not.toContain('live-tab');
    expect(texts).not.toContain('Switchboard');
    expect(result.messages.map((m) => m.id)).toEqual(['run.running', 'safe']);
  });

  it('reports a msg() without an id', () => {
    expect(result.unnamed.map((u) => u.text)).toEqual(["msg('No id')"]);
  });
});
