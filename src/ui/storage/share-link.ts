// A link that carries a scenario (with its seed) in the URL hash, compressed, so a trainer can hand the same
// day to a whole class. deflate-raw through the platform's CompressionStream, then base64url. No DOM.

const PREFIX = '#scenario=';

async function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const piped = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const padded = text.replaceAll('-', '+').replaceAll('_', '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const binary = atob(padded);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The hash part (`#scenario=…`) for a scenario given as JSON data. */
export async function encodeShareHash(scenario: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(scenario));
  return PREFIX + toBase64Url(await transform(json, new CompressionStream('deflate-raw')));
}

/** The scenario data in a hash made by encodeShareHash; undefined when the hash carries none or is damaged. */
export async function decodeShareHash(hash: string): Promise<unknown> {
  if (!hash.startsWith(PREFIX)) return undefined;
  try {
    const bytes = await transform(fromBase64Url(hash.slice(PREFIX.length)), new DecompressionStream('deflate-raw'));
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
}
