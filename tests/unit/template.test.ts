import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { LANGS } from '../../electron/common/i18n/languages';
import { t } from '../../electron/common/i18n/messages';
import { loadDataset } from '../../electron/services/dataset';
import { buildTemplate } from '../../electron/services/workbook/template';

/**
 * File → New report workbook…: a workbook to fill in, with the figures table the app reads back, lists
 * for unit, qualifier, status and section, and a How to sheet; filled in and opened, it is a report
 * whose charts the grammar lays out.
 */

const dir = mkdtempSync(join(tmpdir(), 'lvyuan-template-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the report workbook to fill in', () => {
  for (const lang of LANGS) {
    it(`${lang}: has How to, the figures table with its lists, and opens as a report once filled in`, async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await buildTemplate(lang)) as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((s) => s.name)).toEqual([
        t(lang, 'template.sheet.howTo'),
        t(lang, 'report.sheet.allFigures'),
        t(lang, 'template.sheet.lists'),
      ]);
      const figures = workbook.getWorksheet(t(lang, 'report.sheet.allFigures'))!;
      expect(figures.getRow(4).values).toEqual([
        undefined,
        t(lang, 'report.col.id'),
        t(lang, 'report.col.section'),
        t(lang, 'table.figure'),
        t(lang, 'table.value'),
        t(lang, 'table.unit'),
        t(lang, 'table.qualifier'),
        t(lang, 'table.status'),
        t(lang, 'table.period'),
        t(lang, 'table.source'),
      ]);
      // Unit, qualifier, status and section are chosen from the lists.
      for (const column of [2, 5, 6, 7]) expect(figures.getCell(5, column).dataValidation, `column ${column}`).toMatchObject({ type: 'list' });
      const lists = workbook.getWorksheet(t(lang, 'template.sheet.lists'))!;
      expect(lists.getCell(2, 3).value).toBe(t(lang, 'status.actual'));

      // Filled in as a user would: the list's words, a period typed as text.
      const rows: [string, string, string, number, string, string, string, string, string][] = [
        [
          'output-2024',
          t(lang, 'template.sectionExample'),
          'Output',
          480,
          lists.getCell(2, 1).text,
          lists.getCell(2, 2).text,
          lists.getCell(2, 3).text,
          '2024',
          '2024年產值480億元',
        ],
        [
          'output-2025',
          t(lang, 'template.sectionExample'),
          'Output',
          561.3,
          lists.getCell(2, 1).text,
          lists.getCell(3, 2).text,
          lists.getCell(2, 3).text,
          '2025',
          '產值超561.3億元',
        ],
      ];
      rows.forEach((row, i) => row.forEach((value, c) => (figures.getCell(5 + i, c + 1).value = value)));
      const path = join(dir, `filled-${lang}.xlsx`);
      writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
      const load = await loadDataset(path);
      if (!load.ok) throw new Error(load.message);
      expect(load.dataset.figures.map((f) => [f.id, f.value, f.unit, f.qualifier, f.status, f.period, f.source.quote])).toEqual([
        ['output-2024', 480, '億元', 'exact', 'actual', '2024', '2024年產值480億元'],
        ['output-2025', 561.3, '億元', 'over', 'actual', '2025', '產值超561.3億元'],
      ]);
      expect(load.dataset.sections.map((s) => s.title[lang])).toEqual([t(lang, 'template.sectionExample')]);
      expect(load.dataset.charts.length).toBeGreaterThan(0);
    });
  }
});
