import { describe, expect, it } from 'vitest';
import { LANGS } from '../../electron/common/i18n/languages';
import { profile } from '../../electron/common/i18n/profiles';
import { drawingLanguage, drawingTypeface } from '../../electron/services/workbook/fonts';
import { textProps, titleXml } from '../../electron/services/workbook/ooxml/text-xml';
import { reportFor, text, unzip } from './report-helpers';

/**
 * A chart's text names its language (a:rPr and a:defRPr lang, fonts.ts drawingLanguage), in a tag
 * LibreOffice draws Han characters by, and the cells' font (a:latin, a:ea) in its paragraphs' defaults.
 */

describe("the language and fonts of a chart's text", () => {
  it('says zh-CN for Simplified Chinese, which LibreOffice reads, and keeps other tags', () => {
    expect(drawingLanguage('zh-Hans')).toBe('zh-CN');
    expect(drawingLanguage('zh-Hant')).toBe('zh-Hant');
    expect(drawingLanguage('en')).toBe('en');
    expect(drawingLanguage('fr-CA')).toBe('fr-CA');
  });

  it("names the cells' font, by either tag, and none for a language the app does not have", () => {
    for (const lang of LANGS) {
      expect(drawingTypeface(lang)).toBe(profile(lang).workbookFont);
      expect(drawingTypeface(drawingLanguage(lang))).toBe(profile(lang).workbookFont);
    }
    expect(drawingTypeface('fr')).toBeUndefined();
    expect(textProps(1000, 'fr')).toContain('<a:defRPr lang="fr" sz="1000"/>');
  });

  it("puts the language on each paragraph and run, the fonts in the paragraph's defaults", () => {
    expect(titleXml('地区\n总值', 1400, true, 'zh-Hans')).toContain(
      '<a:pPr><a:defRPr lang="zh-CN" sz="1400" b="1"><a:latin typeface="Microsoft YaHei"/><a:ea typeface="Microsoft YaHei"/></a:defRPr></a:pPr>' +
        '<a:r><a:rPr lang="zh-CN" sz="1400" b="1"/><a:t>总值</a:t></a:r>',
    );
    expect(textProps(900, 'zh-Hant')).toContain(
      '<a:defRPr lang="zh-Hant" sz="900"><a:latin typeface="Microsoft JhengHei"/><a:ea typeface="Microsoft JhengHei"/></a:defRPr></a:pPr><a:endParaRPr lang="zh-Hant"/>',
    );
  });

  it.each(LANGS)('%s: every text of every chart and chart drawing of the workbook says so', async (lang) => {
    const zip = await unzip((await reportFor(lang)).xlsx);
    const tag = drawingLanguage(lang);
    const font = profile(lang).workbookFont;
    const parts = Object.keys(zip.files).filter((p) => /^xl\/(charts\/chart|drawings\/drawing)\d+\.xml$/u.test(p));
    let charts = 0;
    let shapes = 0;
    for (const path of parts) {
      const xml = await text(zip, path);
      const props = [...xml.matchAll(/<a:(rPr|defRPr|endParaRPr)\b[^>]*>/gu)];
      if (path.includes('/charts/')) charts += 1;
      else if (props.length > 0) shapes += 1;
      for (const [tagXml] of props) expect(tagXml, path).toContain(` lang="${tag}"`);
      for (const m of xml.matchAll(/<a:defRPr\b[^>]*>(.*?)<\/a:defRPr>|<a:defRPr\b[^>]*\/>/gu)) {
        expect(m[1], `${path}: ${m[0]}`).toBe(`<a:latin typeface="${font}"/><a:ea typeface="${font}"/>`);
      }
    }
    expect(charts, lang).toBeGreaterThan(0);
    expect(shapes, `${lang}: source lines`).toBeGreaterThan(0);
  });
});
