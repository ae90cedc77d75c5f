// Text as base64url (UTF-8) for links and copy-paste codes, and a short checksum that tells a truncated or
// mistyped code from a good one. Pure: TextEncoder, btoa and atob exist in browsers, workers and Node. No DOM.
import { hash53 } from '../exercise/code';

export function toBase64Url(text: string): string {
  let binary = '';
  for (const b of new TextEncoder().encode(text)) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The text back, or undefined when it is not base64url of UTF-8 text. */
export function fromBase64Url(code: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(code)) return undefined;
  try {
    const binary = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

/** Six base-36 characters of the text's 53-bit hash: a cut or changed code fails it (1 in 2 billion passes). */
export function checksum(text: string): string {
  return hash53(text).toString(36).toUpperCase().padStart(11, '0').slice(-6);
}
