import type { Font, Style, Workbook } from 'exceljs';
import { LANGS, type Lang } from '../../common/i18n/languages';
import { profile } from '../../common/i18n/profiles';

const SIZE = 11;

/**
 * Names and sizes the font of every written cell, keeping its weight, slant and colour, and gives
 * cells that look alike one shared style object. exceljs writes a cell's partial font
 * ({ bold: true }) as a font with no name or size, which LibreOffice draws in a serif fallback;
 * every font in styles.xml gets both. Sharing matters for size: exceljs remembers the style id of
 * a style object it has seen, but renders an unseen one to XML to look it up, which at 100× the
 * figures was the largest single cost of the export. This is the last pass over the cells: a later
 * `cell.font = …` would change every cell that shares the object. Fonts are set on cells only: a
 * row's font (row.font) would be written as a style of its own, which this does not visit.
 */
export function nameFonts(workbook: Workbook, lang: Lang): void {
  const name = profile(lang).workbookFont;
  const shared = new Map<string, Partial<Style>>();
  const share = (style: Partial<Style>, dated: boolean): Partial<Style> => {
    // exceljs picks a default number format by the cell's type when a style has none (a date's
    // differs), and remembers the id by the object: a date cell gets an object of its own.
    const key = `${dated ? 'date ' : ''}${JSON.stringify(style)}`;
    const known = shared.get(key);
    if (known) return known;
    shared.set(key, style);
    return style;
  };
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        // exceljs types a cell's font as always there, but it is undefined until set.
        const font = cell.font as Partial<Font> | undefined;
        cell.style = share({ ...cell.style, font: { ...font, name: font?.name ?? name, size: font?.size ?? SIZE } }, cell.value instanceof Date);
      });
    });
  });
}

/**
 * The language a chart's text says it is in (DrawingML lang), for a BCP 47 tag of the export.
 * LibreOffice draws Han characters in the forms of the text's language, shaping them through a
 * pan-CJK font's locl feature (Noto Sans CJK on Linux) whichever face the named font falls back to;
 * text of no language takes the user's default Asian language (Japanese under a ja_JP locale,
 * Simplified Chinese under C). LibreOffice 7.4 draws zh-Hant in Traditional forms but zh-Hans in the
 * default's, as it does zh-Hans-CN and zh-Hant-TW; zh-CN it draws in Simplified forms. Other tags
 * are kept.
 */
export function drawingLanguage(language: string): string {
  return language === 'zh-Hans' ? 'zh-CN' : language;
}

/**
 * The typeface a chart's text names for Latin and East Asian characters (DrawingML a:latin and a:ea):
 * the cells' font, for a language the app has, given by its own tag or by drawingLanguage's; without
 * one Excel takes the theme's fonts and LibreOffice its defaults, which for a text box's Chinese under a
 * ja_JP locale is a serif.
 */
export function drawingTypeface(language: string): string | undefined {
  const lang = LANGS.find((l) => l === language || drawingLanguage(l) === language);
  return lang === undefined ? undefined : profile(lang).workbookFont;
}
