// The language of the page: the five supported locales, the choice (stored, else the browser's first match,
// else English), and the switch, through @lit/localize's runtime mode. Every catalogue is bundled (they are
// small), so a switch needs no network: the app works offline in every language. No simulator code here.
import { configureLocalization } from '@lit/localize';
import type { LocaleModule } from '@lit/localize';
import { templates as es } from './locales/es';
import { templates as it } from './locales/it';
import { templates as ro } from './locales/ro';
import { templates as ru } from './locales/ru';

export const LOCALES = ['en', 'it', 'es', 'ro', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language by its own name: a user who cannot read the current language still finds theirs. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  it: 'Italiano',
  es: 'Español',
  ro: 'Română',
  ru: 'Русский',
};

/** The catalogues of the target languages; English lives in the source, beside each `msg()`. */
export const CATALOGUES: Readonly<Record<Exclude<Locale, 'en'>, LocaleModule['templates']>> = { it, es, ro, ru };

export const STORAGE_KEY = 'switchboard.locale';

const { getLocale, setLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['it', 'es', 'ro', 'ru'],
  loadLocale: async (locale) => ({ templates: CATALOGUES[locale as Exclude<Locale, 'en'>] }),
});

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The locale in force: the one `msg()` reads and every Intl formatter of the page uses. */
export function currentLocale(): Locale {
  const locale = getLocale();
  return isLocale(locale) ? locale : 'en';
}

/**
 * The language to start in: the stored choice if valid, else the first of the browser's languages whose
 * primary subtag we have (`es-AR` → es, `ru-MD` → ru), else English.
 */
export function pickLocale(stored: string | null, browserLanguages: readonly string[]): Locale {
  if (isLocale(stored)) return stored;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return 'en';
}

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage can be blocked (private modes): the browser's language still applies
  }
}

/** Switches the page's language, remembers it, and sets <html lang> for screen readers and hyphenation. */
export async function switchLocale(locale: Locale): Promise<void> {
  await setLocale(locale);
  document.documentElement.lang = locale;
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // not remembered, but the switch itself worked
  }
}

/** Starts the page in the chosen or browser language (without storing it: only a user's choice is stored). */
export async function startLocale(): Promise<void> {
  const locale = pickLocale(readStored(), navigator.languages ?? [navigator.language]);
  document.documentElement.lang = locale;
  if (locale !== 'en') await setLocale(locale);
}
