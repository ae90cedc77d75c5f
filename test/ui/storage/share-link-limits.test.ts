// Share links read as a hostile link would be: a decompression bomb stops at the output cap, an oversized, a
// damaged, a truncated, a deeply nested or a non-JSON link each come back as the problem they are, in words
// that name it and never repeat the link. Node has the same DecompressionStream as the browser.
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  LINK_LIMITS,
  encodeShareHash,
  inflateCapped,
  jsonNestingExceeds,
  linkProblemText,
  readShareHash,
  type LinkProblem,
} from '../../../src/ui/storage/share-link';
import { INPUT_LIMITS } from '../../../src/sim/scenario/input-limits';
import helpDesk from '../../../src/scenarios/help-desk.json';

const hashOf = (bytes: Uint8Array) => `#scenario=${Buffer.from(bytes).toString('base64url')}`;
const hashOfText = (text: string) => hashOf(deflateRawSync(Buffer.from(text)));

describe('reading a share link', () => {
  it('reads a valid link as its scenario', async () => {
    expect(await readShareHash(await encodeShareHash(helpDesk))).toEqual({ kind: 'scenario', scenario: helpDesk });
    expect(await readShareHash('#results')).toEqual({ kind: 'none' });
  });

  it('stops inflating a bomb at the cap: 200 MB of zeros in a ~200 KB link', async () => {
    const bomb = deflateRawSync(Buffer.alloc(200 * 1024 * 1024));
    const hash = hashOf(bomb);
    expect(hash.length).toBeLessThan(LINK_LIMITS.maxLinkChars);
    const started = performance.now();
    expect(await readShareHash(hash)).toEqual({ kind: 'bad', problem: { kind: 'too-large' } });
    // Inflating all of it takes seconds; stopping at 4 MB takes a fraction of that.
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('inflates exactly up to the cap and refuses one byte more', async () => {
    const bytes = new Uint8Array(deflateRawSync(Buffer.alloc(10_000, 7)));
    const exact = await inflateCapped(bytes, 10_000);
    expect(exact.ok && exact.bytes.length).toBe(10_000);
    expect(await inflateCapped(bytes, 9_999)).toEqual({ ok: false, kind: 'too-large' });
  });

  it('refuses an oversized link before decoding it', async () => {
    const read = await readShareHash(`#scenario=${'A'.repeat(LINK_LIMITS.maxLinkChars + 1)}`);
    expect(read).toEqual({ kind: 'bad', problem: { kind: 'too-long', chars: LINK_LIMITS.maxLinkChars + 1 } });
  });

  it('calls a link cut short truncated, wherever it was cut', async () => {
    const hash = await encodeShareHash(helpDesk);
    for (const cut of [1, 2, 12, Math.floor(hash.length / 2)])
      expect(await readShareHash(hash.slice(0, -cut))).toEqual({ kind: 'bad', problem: { kind: 'truncated' } });
  });

  it('calls a link with characters base64url never has damaged', async () => {
    expect(await readShareHash('#scenario=abc$def')).toEqual({ kind: 'bad', problem: { kind: 'damaged' } });
  });

  it('refuses a deeply nested link before JSON.parse, and text that is not JSON', async () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(await readShareHash(hashOfText(deep))).toEqual({ kind: 'bad', problem: { kind: 'too-deep' } });
    expect(await readShareHash(hashOfText('hello, class'))).toEqual({ kind: 'bad', problem: { kind: 'not-json' } });
    expect(await readShareHash(hashOf(new Uint8Array(deflateRawSync(Buffer.from([0xff, 0xfe, 0x00])))))).toEqual({
      kind: 'bad',
      problem: { kind: 'not-json' },
    });
  });

  it("measures nesting with the validator's own limit", () => {
    expect(LINK_LIMITS.maxDepth).toBe(INPUT_LIMITS.maxDepth);
  });

  it('counts nesting outside strings only', () => {
    expect(jsonNestingExceeds('{"a":"[[[[[{{{{"}', 1)).toBe(false);
    expect(jsonNestingExceeds('{"a":"\\"[[[["}', 1)).toBe(false);
    expect(jsonNestingExceeds('{"a":[[1]]}', 2)).toBe(true);
    expect(jsonNestingExceeds('{"a":[[1]]}', 3)).toBe(false);
  });

  it('words every problem in a short sentence without the link', () => {
    const problems: LinkProblem[] = [
      { kind: 'too-long', chars: 2_000_000 },
      { kind: 'damaged' },
      { kind: 'truncated' },
      { kind: 'too-large' },
      { kind: 'not-json' },
      { kind: 'too-deep' },
    ];
    const texts = problems.map(linkProblemText);
    expect(new Set(texts).size).toBe(problems.length);
    for (const text of texts) {
      expect(text.length).toBeLessThan(200);
      expect(text).toMatch(/^The link/);
    }
    expect(texts[3]).toContain('4 MB');
    expect(texts[4]).not.toContain('hello');
  });
});
