// How the CLI finds its scenario: built-in id or file, with a clear line for each way it can go wrong.
import { describe, expect, it } from 'vitest';
import { loadInput, type InputSources } from '../../src/cli/load-input';
import { builtInScenarios } from '../../src/scenarios/index';

function nodeError(code: string): Error {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

function sources(files: Record<string, string | Error>): InputSources {
  return {
    builtIns: builtInScenarios,
    readFile(path) {
      const entry = files[path];
      if (entry === undefined) throw nodeError('ENOENT');
      if (entry instanceof Error) throw entry;
      return entry;
    },
  };
}

const helpDesk = builtInScenarios.find((s) => s.id === 'help-desk')!;

describe('loadInput', () => {
  it('finds a built-in scenario by id', () => {
    const loaded = loadInput('help-desk', sources({}));
    expect(loaded.ok && loaded.scenario.id).toBe('help-desk');
  });

  it('reads, migrates and validates a file', () => {
    const loaded = loadInput('mine.json', sources({ 'mine.json': JSON.stringify({ ...helpDesk, id: 'mine' }) }));
    expect(loaded.ok && loaded.scenario.id).toBe('mine');
  });

  it('reads a path even when its name is also a built-in id', () => {
    const loaded = loadInput(
      './help-desk',
      sources({ './help-desk': JSON.stringify({ ...helpDesk, id: 'local-copy' }) }),
    );
    expect(loaded.ok && loaded.scenario.id).toBe('local-copy');
  });

  it('lists the built-in ids for a name that is neither a file nor a built-in', () => {
    const loaded = loadInput('helpdesk', sources({}));
    expect(loaded).toEqual({
      ok: false,
      lines: [
        `unknown scenario "helpdesk": not a file, and not a built-in id (${builtInScenarios.map((s) => s.id).join(', ')})`,
      ],
    });
  });

  it('says a missing file is missing', () => {
    expect(loadInput('gone.json', sources({}))).toEqual({
      ok: false,
      lines: ['cannot read "gone.json": no such file'],
    });
    expect(loadInput('dir/', sources({ 'dir/': nodeError('EISDIR') }))).toEqual({
      ok: false,
      lines: ['cannot read "dir/": it is a directory, not a scenario file'],
    });
  });

  it('reports a file that is not JSON', () => {
    const loaded = loadInput('bad.json', sources({ 'bad.json': '{ "schemaVersion": 1, ' }));
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.lines[0]).toMatch(/^"bad\.json" is not valid JSON: /);
  });

  it('prints each validation problem as an indented `path: reason` line', () => {
    const broken = { ...helpDesk, intervalMinutes: 20, extra: 1 };
    const loaded = loadInput('broken.json', sources({ 'broken.json': JSON.stringify(broken) }));
    expect(loaded).toEqual({
      ok: false,
      lines: [
        'invalid scenario "broken.json":',
        '  intervalMinutes: must be 15, 30 or 60 (got 20)',
        '  extra: unknown field',
      ],
    });
  });

  it('reports a version this app cannot read', () => {
    const loaded = loadInput(
      'future.json',
      sources({ 'future.json': JSON.stringify({ ...helpDesk, schemaVersion: 7 }) }),
    );
    expect(loaded.ok ? [] : loaded.lines).toContain('  schemaVersion: 7 is newer than this app supports (2)');
  });
});
