// The browser test's last net for English on a translated page: common English words that are not words of the
// four other languages, found outside the scenarios' proper names. Checked here on sentences of each language.
import { describe, expect, it } from 'vitest';
import { englishWordsIn } from '../../browser/i18n-labels';

describe('englishWordsIn', () => {
  it('finds an English label, whatever its case', () => {
    expect(englishWordsIn(['Download the results', 'Saved'])).toEqual([
      '"Download" in "Download the results"',
      '"Saved" in "Saved"',
    ]);
  });

  it('leaves the four languages alone, loanwords of the trade included', () => {
    const texts = [
      'Un simulatore di call center che funziona nel browser',
      'Occupato ÷ tempo disponibile (pause escluse)',
      'Se ha iniciado uno nuevo y no has perdido nada',
      'Cost per apel preluat · Clic pe un agent',
      'Уровень обслуживания · 10 репликаций',
      'Piccolo help desk · 2 repliche',
    ];
    expect(englishWordsIn(texts)).toEqual([]);
  });

  it('takes proper names out first', () => {
    expect(englishWordsIn(['chiamare 2 in Billing agents'], ['Billing agents'])).toEqual([]);
    expect(englishWordsIn(['chiamare 2 in Billing agents'])).toEqual(['"agents" in "chiamare 2 in Billing agents"']);
  });
});
