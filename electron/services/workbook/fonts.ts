import type { Font, Style, Workbook } from 'exceljs';
import type { Lang } from '../../common/i18n/languages';
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
