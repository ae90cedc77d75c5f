// Messages whose words depend on a count, through Intl.PluralRules of the current locale: English and Italian
// have one/other, Spanish one/many/other, Romanian one/few/other, Russian one/few/many/other. A plural message
// is a family of catalogue ids `<base>#<category>`; the parity test asks each language for exactly its categories.
import { msg, type StrResult } from '@lit/localize';
import { currentLocale } from './locale';

/** The English forms: `one` and `other`, each a `str` template of the count. */
export interface EnglishPlural {
  one: (count: string) => StrResult;
  other: (count: string) => StrResult;
}

const rulesByLocale = new Map<string, Intl.PluralRules>();

export function pluralCategory(count: number, locale: string = currentLocale()): Intl.LDMLPluralRule {
  let rules = rulesByLocale.get(locale);
  if (rules === undefined) {
    rules = new Intl.PluralRules(locale);
    rulesByLocale.set(locale, rules);
  }
  return rules.select(count);
}

/**
 * The message for `count` (shown as `countText`, already formatted for the locale): the catalogue's form for
 * the count's category, e.g. ru `3 звонка` (few) and `5 звонков` (many). English falls back to one/other.
 */
export function pluralMsg(base: string, count: number, countText: string, english: EnglishPlural): string {
  const category = pluralCategory(count);
  const source = category === 'one' ? english.one(countText) : english.other(countText);
  return msg(source, { id: `${base}#${category}` });
}
