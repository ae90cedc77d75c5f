// A link that carries a scenario (with its seed) in the URL hash, compressed, so a trainer can hand the same
// day to a whole class. deflate-raw through the platform's CompressionStream, then base64url. Reading a link
// never trusts it: its length is capped, it is inflated a kilobyte at a time and abandoned the moment its
// output passes LINK_LIMITS.maxJsonBytes (a "decompression bomb" costs at most that much), its nesting is
// measured before JSON.parse; the worker's validator then applies its own limits and rules. A bad link comes
// back as a LinkProblem, which linkProblemText words for the page. No DOM.
import { msg, str } from '@lit/localize';
import { formatInteger } from '../format';

const PREFIX = '#scenario=';

/**
 * Why these numbers: the full centre's link is about 1,600 characters; 500,000 characters (a quarter of what
 * Chromium accepts in a URL, and already slow for the browser to open) leave room for scripted arrivals. The inflated JSON may be 4 MB (a link
 * compresses about 5 to 1); 4 MB of JSON parses well within the page's 200 ms, where 300 MB froze it for 13 s.
 */
export const LINK_LIMITS = {
  maxLinkChars: 500_000,
  maxJsonBytes: 4 * 1024 * 1024,
  /** Compressed bytes handed to the decompressor at once: at most ~1 MB of output each (deflate's ratio). */
  inflateSliceBytes: 1024,
  /**
   * Nesting of arrays and objects: the validator's own limit (INPUT_LIMITS.maxDepth, a test keeps them equal),
   * checked here too because a document is copied to the worker before the validator sees it, and the page's
   * chunks hold no simulator code.
   */
  maxDepth: 32,
} as const;

export type LinkProblem =
  | { kind: 'too-long'; chars: number }
  | { kind: 'damaged' }
  | { kind: 'truncated' }
  | { kind: 'too-large' }
  | { kind: 'not-json' }
  | { kind: 'too-deep' };

export type SharedLink =
  { kind: 'none' } | { kind: 'scenario'; scenario: unknown } | { kind: 'bad'; problem: LinkProblem };

/** Lets the page's other tasks run: the decompressor's output arrives in microtasks, which never yield. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Longest stretch of reading a link without yielding to the page, ms (the page's budget is 200). */
const SLICE_MS = 25;

async function compress(bytes: Uint8Array): Promise<Uint8Array> {
  const piped = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

/**
 * Inflates `bytes`, at most `cap` bytes of output: the input goes in small slices while the output is read,
 * so the decompressor never makes more than about a megabyte beyond what was read, and stops at the cap.
 */
export async function inflateCapped(
  bytes: Uint8Array<ArrayBuffer>,
  cap: number,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; kind: 'too-large' | 'truncated' }> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let stopped = false;
  const feed = (async () => {
    for (let at = 0; at < bytes.length && !stopped; at += LINK_LIMITS.inflateSliceBytes)
      await writer.write(bytes.subarray(at, at + LINK_LIMITS.inflateSliceBytes));
    if (!stopped) await writer.close();
  })().catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let total = 0;
  let since = performance.now();
  try {
    for (;;) {
      if (performance.now() - since > SLICE_MS) {
        await yieldToPage();
        since = performance.now();
      }
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > cap) {
        stopped = true;
        await reader.cancel().catch(() => undefined);
        await feed;
        return { ok: false, kind: 'too-large' };
      }
      chunks.push(value);
    }
  } catch {
    // The decompressor refuses input that ends early or is not deflate data.
    stopped = true;
    await feed;
    return { ok: false, kind: 'truncated' };
  }
  await feed;
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return { ok: true, bytes: out };
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The bytes, 'damaged' for a character base64url never has, 'truncated' for a length it never ends at. */
function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | 'damaged' | 'truncated' {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return 'damaged';
  if (text.length % 4 === 1 || text.length === 0) return 'truncated';
  const padded = text.replaceAll('-', '+').replaceAll('_', '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * The deepest nesting of arrays and objects in JSON text, counted without parsing (strings skipped), stopping
 * as soon as it passes `limit`: a link of a million `[` is refused before JSON.parse or the validator see it.
 */
export function jsonNestingExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > limit) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}

/** The hash part (`#scenario=…`) for a scenario given as JSON data. */
export async function encodeShareHash(scenario: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(scenario));
  return PREFIX + toBase64Url(await compress(json));
}

/** What a page's hash carries: no scenario, a scenario (JSON data, not yet validated), or what is wrong with it. */
export async function readShareHash(hash: string): Promise<SharedLink> {
  if (!hash.startsWith(PREFIX)) return { kind: 'none' };
  const text = hash.slice(PREFIX.length);
  if (text.length > LINK_LIMITS.maxLinkChars) return { kind: 'bad', problem: { kind: 'too-long', chars: text.length } };
  const bytes = fromBase64Url(text);
  if (typeof bytes === 'string') return { kind: 'bad', problem: { kind: bytes } };
  await yieldToPage();
  const inflated = await inflateCapped(bytes, LINK_LIMITS.maxJsonBytes);
  if (!inflated.ok) return { kind: 'bad', problem: { kind: inflated.kind } };
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes);
  } catch {
    return { kind: 'bad', problem: { kind: 'not-json' } };
  }
  await yieldToPage();
  if (jsonNestingExceeds(json, LINK_LIMITS.maxDepth)) return { kind: 'bad', problem: { kind: 'too-deep' } };
  await yieldToPage();
  let scenario: unknown;
  try {
    scenario = JSON.parse(json) as unknown;
    await yieldToPage();
  } catch {
    // The parser's own message quotes the input: the page says only what is wrong.
    return { kind: 'bad', problem: { kind: 'not-json' } };
  }
  return { kind: 'scenario', scenario };
}

/** The scenario data in a hash made by encodeShareHash; undefined when the hash carries none or is damaged. */
export async function decodeShareHash(hash: string): Promise<unknown> {
  const read = await readShareHash(hash);
  return read.kind === 'scenario' ? read.scenario : undefined;
}

/** What is wrong with a link, in a sentence for the page (the link itself is never repeated). */
export function linkProblemText(problem: LinkProblem): string {
  switch (problem.kind) {
    case 'too-long': {
      const chars = formatInteger(problem.chars);
      const max = formatInteger(LINK_LIMITS.maxLinkChars);
      return msg(str`The link is too long to be a scenario: ${chars} characters (at most ${max}).`, {
        id: 'link.tooLong',
      });
    }
    case 'damaged':
      return msg('The link is damaged: its scenario part holds characters a link never has.', { id: 'link.damaged' });
    case 'truncated':
      return msg('The link is incomplete or damaged: it was probably cut off when it was copied.', {
        id: 'link.truncated',
      });
    case 'too-large': {
      const mb = formatInteger(LINK_LIMITS.maxJsonBytes / 1024 / 1024);
      return msg(str`The link unpacks to more than ${mb} MB, far more than any scenario: it was not opened.`, {
        id: 'link.tooLarge',
      });
    }
    case 'not-json':
      return msg('The link does not carry a scenario: what it unpacks to is not scenario text (JSON).', {
        id: 'link.notJson',
      });
    case 'too-deep': {
      const max = formatInteger(LINK_LIMITS.maxDepth);
      return msg(str`The link's scenario is nested too deeply (at most ${max} levels).`, { id: 'link.tooDeep' });
    }
  }
}
