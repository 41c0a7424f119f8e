import { describe, expect, it } from 'vitest';
import { LANGS } from '../../electron/common/i18n/languages';
import { catalog } from '../../electron/common/i18n/messages';
import { toMainland } from '../../scripts/zh-hans.mjs';
import { rawDataset } from './helpers';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]).sort();

describe('UI messages', () => {
  it('exist in every language, with the same placeholders', () => {
    const keys = Object.keys(catalog('zh-Hant')).sort();
    for (const lang of LANGS) {
      const messages = catalog(lang);
      expect(Object.keys(messages).sort()).toEqual(keys);
      for (const key of keys) {
        const text = messages[key as keyof typeof messages];
        expect(text.trim(), `${lang} ${key}`).not.toBe('');
        expect(placeholders(text), `${lang} ${key}`).toEqual(placeholders(catalog('zh-Hant')[key as keyof typeof messages]));
      }
    }
  });

  it('give zh-Hans as the mainland conversion of zh-Hant: OpenCC twp → cn with scripts/zh-hans.mjs’s overrides and quotes (npm run i18n)', () => {
    const hant = catalog('zh-Hant');
    const hans = catalog('zh-Hans');
    const wrong = Object.entries(hant)
      .filter(([key, text]) => hans[key as keyof typeof hans] !== toMainland(text))
      .map(([key, text]) => `${key}: "${hans[key as keyof typeof hans]}" is not "${toMainland(text)}"`);
    expect(wrong).toEqual([]);
  });

  it('hold none of a report’s words: its charts’ titles and notes come from the report file', () => {
    const chartIds = rawDataset().charts.map((c) => c.id);
    expect(chartIds.length).toBeGreaterThan(0);
    for (const lang of LANGS) {
      const keys = Object.keys(catalog(lang));
      expect(
        keys.filter((key) => chartIds.some((id) => key.startsWith(`chart.${id}.`))),
        lang,
      ).toEqual([]);
      // A source line names every source a chart draws from, as one list of citations.
      expect(placeholders(catalog(lang)['figure.sourceLine']), lang).toEqual(['citations']);
      expect(placeholders(catalog(lang)['report.chartSource']), lang).toEqual(['citations']);
    }
  });
});
