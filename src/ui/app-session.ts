// What the app shell keeps in this tab's sessionStorage so that a reload comes back to the same place: the
// selected scenario (its content too when it exists nowhere else: an edited or a shared one) and the view. The
// live day itself is kept by the live view's decision log. Also how an edited copy of a built-in is named
// apart from it. No lit elements.
import { msg, str } from '@lit/localize';
import type { Scenario } from '../sim/scenario/schema';
import type { View } from './app-templates';
import { VIEWS } from './app-templates';
import { scenarioName } from './i18n/scenario-text';

export interface AppSession {
  selectedId: string;
  view: View;
  /** The scenario itself, for a selection that no list holds (`edited`, `shared`). */
  scenario?: unknown;
}

const SESSION_KEY = 'sb-app-session';

export function readAppSession(storage: Storage | undefined = sessionOrUndefined()): AppSession | undefined {
  try {
    const value: unknown = JSON.parse(storage?.getItem(SESSION_KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return undefined;
    const session = value as Partial<AppSession>;
    if (typeof session.selectedId !== 'string' || !VIEWS.includes(session.view as View)) return undefined;
    return session as AppSession;
  } catch {
    return undefined;
  }
}

export function writeAppSession(session: AppSession, storage: Storage | undefined = sessionOrUndefined()): void {
  try {
    storage?.setItem(SESSION_KEY, JSON.stringify(session));
  } catch {
    // Storage full or refused: a reload then starts from the default scenario, as before.
  }
}

function sessionOrUndefined(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/** JSON with object keys sorted, so two scenarios compare by content whatever order their keys were made in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * How a scenario stands to the built-in that has its id: `same` (it is that built-in, or no built-in has its
 * id), `renamed` (other content under another name) or `edited` (other content under the built-in's name,
 * which alone would pass it off as the built-in).
 */
export type EditState = 'same' | 'renamed' | 'edited';

export function editStateOf(scenario: Scenario, builtIn: Scenario | undefined): EditState {
  if (builtIn === undefined || canonicalJson(builtIn) === canonicalJson(scenario)) return 'same';
  return builtIn.name === scenario.name ? 'edited' : 'renamed';
}

/** A scenario's name as the page shows it, marked "(edited)" when it is the built-in's name on other content. */
export function displayName(scenario: Scenario, state: EditState): string {
  const name = scenarioName(scenario);
  return state === 'edited' ? msg(str`${name} (edited)`, { id: 'app.editedName' }) : name;
}

/**
 * The scenario a result carries: for a changed copy of a built-in, its id gets `-edited` (export file names,
 * the JSON) and, when it kept the built-in's name, its name "(edited)" in the language of the run (translated
 * names, which name the built-in, are then dropped), so no result passes for the built-in's.
 */
export function labelEdited(scenario: Scenario, state: EditState): Scenario {
  if (state === 'same') return scenario;
  const suffix = '-edited';
  const id = scenario.id.endsWith(suffix) ? scenario.id : `${scenario.id.slice(0, 64 - suffix.length)}${suffix}`;
  if (state === 'renamed') return { ...scenario, id };
  const translations =
    scenario.translations === undefined
      ? undefined
      : (JSON.parse(
          JSON.stringify(
            Object.fromEntries(
              Object.entries(scenario.translations).map(([locale, text]) => [locale, { ...text, name: undefined }]),
            ),
          ),
        ) as Scenario['translations']);
  return {
    ...scenario,
    id,
    name: displayName(scenario, state).slice(0, 200),
    ...(translations === undefined ? {} : { translations }),
  };
}
