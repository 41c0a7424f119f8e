import type { Worksheet } from 'exceljs';
import { citeText, creditOf, outletLine, primarySource, reportSubtitle } from '../../common/sources';
import type { Dataset } from '../../common/dataset';
import { referenceYears } from '../../common/reference-years';
import type { Lang } from '../../common/i18n/languages';
import { t } from '../../common/i18n/messages';
import { fitRowHeights, type PrintBlock } from './print-layout';
import { BRAND } from './table';

/** A label in bold and its text, wrapped. */
function field(sheet: Worksheet, label: string, value: string | number): void {
  // No label is an empty cell, never "".
  const row = sheet.addRow([label === '' ? null : label, value]);
  row.getCell(1).font = { bold: true };
  row.getCell(1).alignment = { vertical: 'top', wrapText: true };
  row.getCell(2).alignment = { wrapText: true, vertical: 'top', horizontal: 'left' };
}

/** A heading; returns its row, where the block it heads starts. */
function heading(sheet: Worksheet, text: string): number {
  sheet.addRow([]);
  const row = sheet.addRow([text]);
  row.getCell(1).font = { bold: true, size: 13, color: { argb: BRAND } };
  row.height = 20;
  return row.number;
}

/**
 * The cover: what the workbook is, its source and how to cite it, what its cells mean, and every
 * sheet as a link. Each wrapped row gets the height of its lines, so no line is lost or printed
 * over the next. Returns each heading's block, so that a page break falls between them.
 */
export function writeCover(sheet: Worksheet, dataset: Dataset, lang: Lang, exportedAt: Date, sheets: readonly string[]): PrintBlock[] {
  const starts: number[] = [];
  const title = sheet.addRow([t(lang, 'app.title')]);
  title.getCell(1).font = { bold: true, size: 18, color: { argb: BRAND } };
  title.height = 28;
  sheet.addRow([reportSubtitle(dataset, lang)]).getCell(1).font = { italic: true };

  const { from, to } = referenceYears(dataset);
  const source = primarySource(dataset);
  starts.push(heading(sheet, t(lang, 'report.cite.heading')));
  field(sheet, t(lang, 'sources.article'), source.title[lang]);
  if (creditOf(source, lang)) field(sheet, t(lang, 'sources.author'), creditOf(source, lang));
  field(sheet, t(lang, 'report.cite.outlet'), outletLine(source, lang));
  field(sheet, t(lang, 'report.cite.period'), t(lang, 'report.cite.periodRange', { from, to }));
  if (source.covers) field(sheet, t(lang, 'sources.covers'), source.covers[lang]);
  field(sheet, t(lang, 'report.cite.howTo'), citeText(dataset, lang, { from, to }));

  starts.push(heading(sheet, t(lang, 'report.fileHeading')));
  field(sheet, t(lang, 'report.exported'), `${exportedAt.toISOString().replace('T', ' ').slice(0, 16)} UTC`);
  field(sheet, t(lang, 'app.language'), t(lang, `lang.${lang}`));
  field(sheet, t(lang, 'report.datasetVersion'), dataset.version);
  field(sheet, t(lang, 'report.figureCount'), dataset.figures.length);
  for (const note of [t(lang, 'report.chartsNote'), t(lang, 'report.qualifierNote')]) field(sheet, '', note);

  starts.push(heading(sheet, t(lang, 'report.sheetsHeading')));
  for (const name of sheets) {
    const row = sheet.addRow([null, { text: name, hyperlink: `'${name.replaceAll("'", "''")}'!A1` }]);
    row.getCell(2).font = { color: { argb: 'FF0563C1' }, underline: true };
  }

  sheet.getColumn(1).width = 20;
  sheet.getColumn(2).width = 80;
  fitRowHeights(sheet, { spanning: new Set() });
  // Each block runs to the blank row before the next heading: every row is in a block, as the page plan counts them.
  return starts.map((first, i) => ({ first, last: (starts[i + 1] ?? sheet.rowCount + 1) - 1 }));
}
