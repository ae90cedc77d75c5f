// The hand-in: a trainee's session (decisions with their times), name or team, and the KPIs and score they saw,
// as a small file or as a text code to copy and paste (`SBH1.<base64url>.<checksum>`: a cut code fails its
// checksum). Validation names each field; sizes are checked before parsing. No DOM.
import type { ExerciseSessionFile, SessionKpis } from '../exercise/types';
import { MAX_SESSION_DECISIONS } from '../exercise/replay';
import { describe, isRecord, join, literal, number, parseJson, seed, text, unknownKeys, type Issues } from './fields';
import { MAX_CLASS_NAME_CHARS } from './pack';
import { checksum, fromBase64Url, toBase64Url } from './text-codec';
import type { HandIn } from './types';

/** A hand-in holds at most MAX_SESSION_DECISIONS decisions of ~150 characters each. */
export const MAX_HAND_IN_CHARS = 200_000;
export const MAX_TRAINEE_NAME_CHARS = 60;
const CODE_PREFIX = 'SBH1.';

export type HandInResult = { ok: true; handIn: HandIn } | { ok: false; issues: Issues };

const KPI_KEYS = ['offered', 'answered', 'abandoned', 'serviceLevel', 'cost', 'score'] as const;

function kpis(value: unknown, path: string, issues: Issues): void {
  if (!isRecord(value)) {
    issues.push({
      path,
      message: `must be the KPIs {offered, answered, abandoned, serviceLevel, cost, score} (got ${describe(value)})`,
    });
    return;
  }
  unknownKeys(value, KPI_KEYS, path, issues);
  for (const key of ['offered', 'answered', 'abandoned'] as const) number(value[key], join(path, key), 0, 1e9, issues);
  number(value.serviceLevel, join(path, 'serviceLevel'), 0, 1, issues);
  number(value.cost, join(path, 'cost'), -1e12, 1e12, issues);
  number(value.score, join(path, 'score'), 0, 100, issues);
}

function session(value: unknown, path: string, issues: Issues): void {
  if (!isRecord(value)) {
    issues.push({ path, message: `must be the played session {...} (got ${describe(value)})` });
    return;
  }
  unknownKeys(value, ['exerciseId', 'exerciseCode', 'seed', 'endedAt', 'decisions'], path, issues);
  text(value.exerciseId, join(path, 'exerciseId'), 100, issues);
  text(value.exerciseCode, join(path, 'exerciseCode'), 20, issues);
  seed(value.seed, join(path, 'seed'), issues);
  number(value.endedAt, join(path, 'endedAt'), 0, 1e7, issues);
  const decisions = value.decisions;
  if (!Array.isArray(decisions) || decisions.length > MAX_SESSION_DECISIONS) {
    issues.push({
      path: join(path, 'decisions'),
      message: `must be a list of at most ${MAX_SESSION_DECISIONS} decisions`,
    });
    return;
  }
  decisions.forEach((d: unknown, i) => {
    const at = join(join(path, 'decisions'), i);
    if (!isRecord(d)) issues.push({ path: at, message: `must be {requestedAt, action} (got ${describe(d)})` });
    else {
      unknownKeys(d, ['requestedAt', 'action'], at, issues);
      number(d.requestedAt, join(at, 'requestedAt'), 0, 1e7, issues);
      // The action itself is checked against the exercise when the session is replayed.
      if (!isRecord(d.action))
        issues.push({
          path: join(at, 'action'),
          message: `must be a decision {kind, ...} (got ${describe(d.action)})`,
        });
    }
  });
}

export function validateHandIn(input: unknown): HandInResult {
  if (!isRecord(input))
    return {
      ok: false,
      issues: [{ path: '', message: `a hand-in must be a JSON object {...} (got ${describe(input)})` }],
    };
  const issues: Issues = [];
  unknownKeys(input, ['format', 'version', 'className', 'packIdentity', 'trainee', 'session', 'claimed'], '', issues);
  literal(input.format, 'switchboard-hand-in', 'format', issues);
  literal(input.version, 1, 'version', issues);
  text(input.className, 'className', MAX_CLASS_NAME_CHARS, issues);
  text(input.packIdentity, 'packIdentity', 20, issues);
  if (!isRecord(input.trainee))
    issues.push({ path: 'trainee', message: `must be {name, team?} (got ${describe(input.trainee)})` });
  else {
    unknownKeys(input.trainee, ['name', 'team'], 'trainee', issues);
    text(input.trainee.name, 'trainee.name', MAX_TRAINEE_NAME_CHARS, issues);
    text(input.trainee.team, 'trainee.team', MAX_TRAINEE_NAME_CHARS, issues, true);
  }
  session(input.session, 'session', issues);
  kpis(input.claimed, 'claimed', issues);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, handIn: input as unknown as HandIn };
}

/** The hand-in of a finished session, with the KPIs and score the trainee saw. */
export function createHandIn(
  file: ExerciseSessionFile,
  options: { className: string; packIdentity: string; name: string; team?: string; claimed: SessionKpis },
): HandInResult {
  const team = options.team?.trim();
  return validateHandIn({
    format: 'switchboard-hand-in',
    version: 1,
    className: options.className,
    packIdentity: options.packIdentity,
    trainee: { name: options.name.trim(), ...(team ? { team } : {}) },
    session: {
      exerciseId: file.exerciseId,
      exerciseCode: file.exerciseCode,
      seed: file.seed,
      endedAt: file.endedAt,
      decisions: file.decisions,
    },
    claimed: options.claimed,
  });
}

/** The hand-in as a text code: a positional array (no field names: about half the characters), then base64url. */
export function handInToCode(h: HandIn): string {
  const s = h.session;
  const c = h.claimed;
  const rows = [
    h.version,
    h.className,
    h.packIdentity,
    h.trainee.name,
    h.trainee.team ?? null,
    s.exerciseId,
    s.exerciseCode,
    s.seed,
    s.endedAt,
    s.decisions.map((d) => [d.requestedAt, d.action]),
    KPI_KEYS.map((k) => c[k]),
  ];
  const body = toBase64Url(JSON.stringify(rows));
  return `${CODE_PREFIX}${body}.${checksum(body)}`;
}

const damaged = (why: string): HandInResult => ({
  ok: false,
  issues: [{ path: '', message: `the hand-in code is damaged: ${why}; copy the whole code again` }],
});

export function handInFromCode(input: string): HandInResult {
  const code = input.replace(/\s+/g, '');
  if (code.length > MAX_HAND_IN_CHARS)
    return {
      ok: false,
      issues: [
        {
          path: '',
          message: `a hand-in code must be at most ${MAX_HAND_IN_CHARS} characters (got ${code.length}): not read`,
        },
      ],
    };
  if (!code.startsWith(CODE_PREFIX)) return damaged(`it does not start with ${CODE_PREFIX}`);
  const [body, sum, ...rest] = code.slice(CODE_PREFIX.length).split('.');
  if (body === undefined || sum === undefined || rest.length > 0)
    return damaged('its checksum is missing (is it cut short?)');
  if (checksum(body) !== sum) return damaged('its checksum does not match (it was cut short or changed)');
  const json = fromBase64Url(body);
  if (json === undefined) return damaged('it does not decode');
  const parsed = parseJson(json, MAX_HAND_IN_CHARS, 'a hand-in code');
  if (!parsed.ok) return parsed;
  const r = parsed.value;
  if (!Array.isArray(r) || r.length !== 11 || !Array.isArray(r[9]) || !Array.isArray(r[10]))
    return damaged('its contents are not a hand-in');
  const decisions = (r[9] as unknown[]).map((d) => (Array.isArray(d) ? { requestedAt: d[0], action: d[1] } : d));
  return validateHandIn({
    format: 'switchboard-hand-in',
    version: r[0],
    className: r[1],
    packIdentity: r[2],
    trainee: r[4] === null ? { name: r[3] } : { name: r[3], team: r[4] },
    session: { exerciseId: r[5], exerciseCode: r[6], seed: r[7], endedAt: r[8], decisions },
    claimed: Object.fromEntries(KPI_KEYS.map((k, i) => [k, (r[10] as unknown[])[i]])),
  });
}

/** A hand-in from a file's text or a pasted code (told apart by the first character). */
export function parseHandIn(input: string): HandInResult {
  const trimmed = input.trim();
  if (trimmed.startsWith('{')) {
    const parsed = parseJson(trimmed, MAX_HAND_IN_CHARS, 'a hand-in file');
    return parsed.ok ? validateHandIn(parsed.value) : parsed;
  }
  if (trimmed === '') return { ok: false, issues: [{ path: '', message: 'empty: neither a hand-in file nor a code' }] };
  return handInFromCode(trimmed);
}

/** Splits pasted text into codes: each starts at its prefix, and a code wrapped over lines is joined again. */
export function splitCodes(pasted: string): string[] {
  return pasted
    .replace(/\s+/g, '')
    .split(/(?=SBH1\.)/)
    .filter((t) => t !== '');
}
