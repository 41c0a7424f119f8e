import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../electron/common/i18n/languages';
import { catalog } from '../../electron/common/i18n/messages';
import { profile, type ValuePattern } from '../../electron/common/i18n/profiles';
import { UNITS } from '../../electron/common/vocabulary';
import { wrapLabel } from '../../renderer/src/text/lines';
import { localizedTexts } from '../../scripts/zh-hans.mjs';
import { ROOT, rawDataset } from './helpers';

const declaredFamilies = [...readFileSync(join(ROOT, 'renderer', 'src', 'fonts.css'), 'utf8').matchAll(/font-family:\s*'([^']+)'/gu)].map((m) => m[1]);
const patterns = (pattern: ValuePattern): string[] => (typeof pattern === 'string' ? [pattern] : Object.values(pattern));

describe('language profiles', () => {
  it('give every language a bundled font and a number locale Intl knows', () => {
    for (const lang of LANGS) {
      expect(declaredFamilies, lang).toContain(profile(lang).fontFamily);
      expect(Intl.NumberFormat.supportedLocalesOf(profile(lang).numberLocale), lang).toEqual([profile(lang).numberLocale]);
    }
  });

  it('quote zh-Hant with 「」 and 『』 inside, mainland Chinese with “” and ‘’ inside, and never wrap inside a quote', () => {
    expect(profile('zh-Hant').quotes).toEqual([
      ['「', '」'],
      ['『', '』'],
    ]);
    expect(profile('zh-Hans').quotes).toEqual([
      ['“', '”'],
      ['‘', '’'],
    ]);
    expect(wrapLabel('发展“新质生产力”', 'zh-Hans', 3)).toEqual(['发展', '“新质生产力”']);
    expect(wrapLabel('国家级专精特新“小巨人”企业', 'zh-Hans', 6)).toEqual(['国家级', '专精特新', '“小巨人”', '企业']);
    expect(wrapLabel('较‘十四五’初期', 'zh-Hans', 3)).toEqual(['较', '‘十四五’', '初期']);
    expect(wrapLabel('較『十四五』初期', 'zh-Hant', 3)).toEqual(['較', '『十四五』', '初期']);
  });

  it('list every quotation mark the Chinese catalogs and dataset texts use', () => {
    const dataset = localizedTexts(rawDataset());
    for (const lang of ['zh-Hant', 'zh-Hans'] as const) {
      const marks = new Set(profile(lang).quotes.flat());
      const texts = [...Object.values(catalog(lang)), ...dataset.map(({ text }) => text[lang] ?? '')];
      const used = new Set(texts.flatMap((text) => Array.from(text.matchAll(/[「」『』“”‘’]/gu), (match) => match[0])));
      expect(
        [...used].filter((mark) => !marks.has(mark)),
        lang,
      ).toEqual([]);
    }
  });

  it('list unit scales in ascending thresholds, each pattern showing its number', () => {
    for (const lang of LANGS) {
      expect(profile(lang).valuePattern, lang).toContain('{number}');
      for (const unit of UNITS) {
        const scales = profile(lang).units[unit] ?? [];
        const thresholds = scales.map((scale) => scale.from ?? -Infinity);
        expect(thresholds, `${lang} ${unit}`).toEqual([...thresholds].sort((a, b) => a - b));
        for (const scale of scales) for (const pattern of patterns(scale.pattern)) expect(pattern, `${lang} ${unit}`).toContain('{number}');
      }
    }
  });
});
