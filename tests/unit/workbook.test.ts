import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { formatFigure, formatPeriod, qualifierLabel, unitLabel } from '../../electron/common/format';
import { LANGS } from '../../electron/common/i18n/languages';
import { buildWorkbook } from '../../electron/services/report/workbook';
import { rawDataset } from './helpers';

const dataset = rawDataset();

async function roundTrip(lang: (typeof LANGS)[number]) {
  const built = await buildWorkbook({ dataset, lang, exportedAt: new Date('2026-11-26T10:00:00Z') });
  const buffer = await built.xlsx.writeBuffer();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer);
  return workbook;
}

describe('the report workbook (data sheets)', () => {
  for (const lang of LANGS) {
    it(`holds every figure with its value, unit and qualifier in ${lang}`, async () => {
      const workbook = await roundTrip(lang);
      const names = workbook.worksheets.map((s) => s.name);
      for (const name of names) expect(name).toMatch(/^[^[\]:*?/\\]{1,31}$/u);
      const all = workbook.worksheets[names.length - 2]!;
      const byId = new Map<string, unknown[]>();
      all.eachRow((row, n) => {
        if (n > 1) byId.set(row.getCell(1).text, (row.values as unknown[]).slice(1));
      });
      for (const f of dataset.figures) {
        expect(byId.get(f.id), f.id).toEqual([f.id, f.section, f.label[lang], f.value, unitLabel(f.unit, lang), qualifierLabel(f.qualifier, lang), expect.any(String), formatPeriod(f.period, lang), formatFigure(f, lang), f.source.quote]);
      }
      expect(all.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    });
  }

  it('has a sheet per viewer page and a notes sheet with every derived figure and its formula', async () => {
    const workbook = await roundTrip('en');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Cover', ...dataset.sections.map((s) => s.label.en), 'All figures', 'Notes']);
    const notes = workbook.getWorksheet('Notes')!;
    const formulas: string[] = [];
    notes.eachRow((row, n) => {
      if (n > 1) formulas.push(row.getCell(4).text);
    });
    expect(formulas).toContain('(391 ÷ 299.3)^(1/5) − 1');
  });

  it('never writes a formula', async () => {
    const workbook = await roundTrip('zh-Hant');
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        }),
      ),
    );
  });
});
