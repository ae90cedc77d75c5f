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

/** A scenario's name as the page shows it, marked when it is an edited copy of a built-in. */
export function displayName(scenario: Scenario, isEdited: boolean): string {
  const name = scenarioName(scenario);
  return isEdited ? msg(str`${name} (edited)`, { id: 'app.editedName' }) : name;
}

/**
 * The scenario a result of an edited copy carries: its id gets `-edited` and its name "(edited)" in the
 * language of the run (translated names, which name the built-in, are dropped), so the result's heading, its
 * saved name, its export file names and its JSON all tell it apart from the built-in's.
 */
export function labelEdited(scenario: Scenario): Scenario {
  const suffix = '-edited';
  const id = scenario.id.endsWith(suffix) ? scenario.id : `${scenario.id.slice(0, 64 - suffix.length)}${suffix}`;
  const translations =
    scenario.translations === undefined
      ? undefined
      : Object.fromEntries(
          Object.entries(scenario.translations).map(([locale, text]) => [locale, { ...text, name: undefined }]),
        );
  return {
    ...scenario,
    id,
    name: displayName(scenario, true).slice(0, 200),
    ...(translations === undefined
      ? {}
      : { translations: JSON.parse(JSON.stringify(translations)) as Scenario['translations'] }),
  };
}
