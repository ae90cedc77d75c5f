// The exercise's short code: a 53-bit non-cryptographic hash of its canonical JSON (keys sorted), shown as
// e.g. "K3F9-2Q7X". It identifies an exercise, it does not secure one: replaying a session verifies it. No DOM.

/** JSON with object keys sorted at every level, so the same exercise always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Two 32-bit multiply-xorshift lanes mixed into 53 bits (the integer range a double holds exactly). */
export function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The short code of an exercise: 8 base-36 characters of its hash, in two groups of four. */
export function exerciseCode(exercise: unknown): string {
  const digits = hash53(canonicalJson(exercise)).toString(36).toUpperCase().padStart(11, '0').slice(-8);
  return `${digits.slice(0, 4)}-${digits.slice(4)}`;
}
