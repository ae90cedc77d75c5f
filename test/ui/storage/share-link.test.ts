// Share links: a scenario survives the round trip through the URL hash exactly, the hash is URL-safe and
// shorter than the JSON, and a damaged or foreign hash gives nothing instead of throwing.
import { describe, expect, it } from 'vitest';
import { decodeShareHash, encodeShareHash } from '../../../src/ui/storage/share-link';
import mondayPeak from '../../../src/scenarios/monday-peak.json';

describe('share links', () => {
  it('carries a scenario and its seed exactly, URL-safe and compressed', async () => {
    const hash = await encodeShareHash({ ...mondayPeak, seed: 'class-of-2024' });
    expect(hash).toMatch(/^#scenario=[A-Za-z0-9_-]+$/);
    expect(hash.length).toBeLessThan(JSON.stringify(mondayPeak).length);
    expect(await decodeShareHash(hash)).toEqual({ ...mondayPeak, seed: 'class-of-2024' });
  });

  it('gives undefined for another hash or a damaged one', async () => {
    expect(await decodeShareHash('')).toBeUndefined();
    expect(await decodeShareHash('#results')).toBeUndefined();
    const hash = await encodeShareHash(mondayPeak);
    expect(await decodeShareHash(hash.slice(0, -12))).toBeUndefined();
  });
});
