import type { Font, Workbook } from 'exceljs';
import type { Lang } from '../../common/i18n/languages';
import { profile } from '../../common/i18n/profiles';

const SIZE = 11;

/**
 * Names and sizes the font of every written cell, keeping its weight, slant and colour. exceljs
 * writes a cell's partial font ({ bold: true }) as a font with no name or size, which LibreOffice
 * draws in a serif fallback; every font in styles.xml gets both. Fonts are set on cells only: a
 * row's font (row.font) would be written as a style of its own, which this does not visit.
 */
export function nameFonts(workbook: Workbook, lang: Lang): void {
  const name = profile(lang).workbookFont;
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        // exceljs types a cell's font as always there, but it is undefined until set.
        const font = cell.font as Partial<Font> | undefined;
        cell.font = { ...font, name: font?.name ?? name, size: font?.size ?? SIZE };
      });
    });
  });
}
