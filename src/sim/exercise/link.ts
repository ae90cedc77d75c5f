// An exercise in a link: its canonical JSON, UTF-8, as base64url, to put after `#exercise=` in the app's URL.
// Decoding checks the size before any work and validates like a file. Pure: TextEncoder, btoa and atob exist
// in browsers, workers and Node. No DOM.
import { canonicalJson } from './code';
import type { Exercise } from './types';
import { MAX_EXERCISE_CHARS, parseExerciseText, type ExerciseResult } from './validate';

export function exerciseToLink(exercise: Exercise): string {
  const bytes = new TextEncoder().encode(canonicalJson(exercise));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function exerciseFromLink(text: string): ExerciseResult {
  // base64 makes 4 characters of 3 bytes: a link longer than this cannot hold an exercise we would accept.
  if (text.length > Math.ceil((MAX_EXERCISE_CHARS * 4) / 3) + 4)
    return { ok: false, issues: [{ path: '', message: `the exercise link is too long (${text.length} characters)` }] };
  if (!/^[A-Za-z0-9_-]*$/.test(text))
    return { ok: false, issues: [{ path: '', message: 'the exercise link is damaged: not base64url text' }] };
  let json: string;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    json = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return { ok: false, issues: [{ path: '', message: 'the exercise link is damaged: it does not decode' }] };
  }
  return parseExerciseText(json);
}
