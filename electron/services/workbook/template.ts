import type { Worksheet } from 'exceljs';
import { qualifierLabel, unitLabel } from '../../common/format';
import type { Lang } from '../../common/i18n/languages';
import { t } from '../../common/i18n/messages';
import { QUALIFIERS, STATUSES, UNITS } from '../../common/vocabulary';
import { loadExcelJs } from './exceljs';
import { nameFonts } from './fonts';
import { allFiguresHeader, FIGURES_TABLE } from './figure-rows';
import { rangeFormula } from './ooxml/refs';
import { printOnA4, styleHeader } from './table';

/**
 * File → New report workbook…: a workbook to fill in and open as a report. Its figures table is the
 * one the app writes (the same sheet name, Table name and headers, read back by the same reader), with
 * lists to choose each unit, qualifier, status and section from, and a How to sheet. A report opened
 * from it has no charts of its own: the grammar lays them out from the figures.
 */

/** Rows of the figures table ready for input, each with its lists. */
const ROWS = 200;

function list(sheet: Worksheet, column: number, heading: string, values: readonly string[]): string {
  sheet.getCell(1, column).value = heading;
  values.forEach((value, i) => (sheet.getCell(2 + i, column).value = value));
  // Room below for more (sections): the list reaches 50 rows down, blanks ignored.
  return rangeFormula(sheet.name, { column, firstRow: 2, lastRow: Math.max(51, 1 + values.length) });
}

export async function buildTemplate(lang: Lang): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = t(lang, 'app.title');
  workbook.title = t(lang, 'template.title');

  const howTo = workbook.addWorksheet(t(lang, 'template.sheet.howTo'));
  const figures = workbook.addWorksheet(t(lang, 'report.sheet.allFigures'));
  const lists = workbook.addWorksheet(t(lang, 'template.sheet.lists'));
  for (const sheet of [howTo, figures, lists]) printOnA4(sheet, 'landscape');

  howTo.getColumn(1).width = 110;
  howTo.addRow([t(lang, 'template.title')]).getCell(1).font = { bold: true, size: 14 };
  for (const step of ['template.step1', 'template.step2', 'template.step3', 'template.step4'] as const) {
    const row = howTo.addRow([t(lang, step)]);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    row.height = 48;
  }

  // The lists: units, qualifiers and statuses in the language's words (the reader takes any language's), sections to write.
  const units = list(
    lists,
    1,
    t(lang, 'table.unit'),
    UNITS.map((u) => unitLabel(u, lang)),
  );
  const qualifiers = list(
    lists,
    2,
    t(lang, 'table.qualifier'),
    QUALIFIERS.map((q) => qualifierLabel(q, lang)),
  );
  const statuses = list(
    lists,
    3,
    t(lang, 'table.status'),
    STATUSES.map((s) => t(lang, `status.${s}`)),
  );
  const sections = list(lists, 4, t(lang, 'template.sections'), [t(lang, 'template.sectionExample')]);
  for (let c = 1; c <= 4; c += 1) lists.getColumn(c).width = 24;
  styleHeader(lists, 1, 4);

  // The figures table, as the app writes it (its sheet name, Table name and headers), with the source's words last.
  const header = allFiguresHeader(lang).filter((_, i) => i !== 8);
  figures.addRow([t(lang, 'report.sheet.allFigures')]).getCell(1).font = { bold: true, size: 14 };
  figures.addRow([t(lang, 'template.step1')]);
  figures.addRow([]);
  figures.addTable({
    name: FIGURES_TABLE,
    ref: 'A4',
    headerRow: true,
    style: { theme: 'TableStyleLight1', showRowStripes: true },
    columns: header.map((name) => ({ name, filterButton: true })),
    rows: Array.from({ length: ROWS }, () => header.map(() => null)),
  });
  styleHeader(figures, 4, header.length);
  figures.views = [{ state: 'frozen', ySplit: 4 }];
  const widths = [22, 16, 30, 12, 16, 16, 12, 18, 50];
  widths.forEach((width, i) => (figures.getColumn(i + 1).width = width));
  const choose = (column: number, formula: string) => {
    for (let r = 5; r < 5 + ROWS; r += 1)
      figures.getCell(r, column).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [formula],
        showErrorMessage: true,
        errorTitle: t(lang, 'app.title'),
        error: t(lang, 'template.validation'),
      };
  };
  choose(2, sections);
  choose(5, units);
  choose(6, qualifiers);
  choose(7, statuses);
  for (let r = 5; r < 5 + ROWS; r += 1) {
    // The value a number, the period text (2025 typed stays "2025", not a number of days).
    figures.getCell(r, 4).numFmt = 'General';
    figures.getCell(r, 8).numFmt = '@';
  }
  nameFonts(workbook, lang);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
