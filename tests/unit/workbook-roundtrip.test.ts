import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { runReportCommand } from '../../electron/cli/report-command';
import { LANGS, type Lang } from '../../electron/common/i18n/languages';
import { t } from '../../electron/common/i18n/messages';
import { loadDataset } from '../../electron/services/dataset';
import { buildReport } from '../../electron/services/workbook/report';
import { createApi } from '../../electron/services/api';
import { chartsOf } from '../../electron/common/charts/registry';
import { fakeHost, fakeKioskHost, fakePrinter } from './fake-host';
import { ROOT } from './helpers';
import { EXPORTED_AT, loadedReport } from './report-helpers';

/**
 * Export, edit in another program, open again: the loop the open-and-update issue closes. openpyxl
 * edits the figures table as a colleague would in Excel (it rewrites the whole package, drops the
 * charts and writes its own relationships); the app reads the edit back, marks it revised, and
 * writes it out again with a Revisions table.
 */

/** Debian's python3 with python3-openpyxl (CI installs it); pyenv's python3 on PATH has none. */
const PYTHON = '/usr/bin/python3';
const openpyxl =
  existsSync(PYTHON) &&
  (() => {
    try {
      execFileSync(PYTHON, ['-c', 'import openpyxl'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
if (!openpyxl) console.warn('workbook-roundtrip.test.ts skipped: /usr/bin/python3 has no openpyxl (CI installs python3-openpyxl).');

/** Sets cells of the AllFigures table by figure id (column "Value" found by the table's header row's position in the table). */
const EDIT = `
import json, sys, openpyxl
src, dst, edits = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
wb = openpyxl.load_workbook(src)
for ws in wb.worksheets:
    if 'AllFigures' not in ws.tables: continue
    first, last = ws.tables['AllFigures'].ref.split(':')
    top = int(''.join(c for c in first if c.isdigit()))
    bottom = int(''.join(c for c in last if c.isdigit()))
    for r in range(top + 1, bottom + 1):
        if ws.cell(r, 1).value in edits: ws.cell(r, 4).value = edits[ws.cell(r, 1).value]
wb.save(dst)
`;

const work = mkdtempSync(join(tmpdir(), 'lvyuan-roundtrip-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const dataset = loadedReport();
const [first, second] = dataset.figures;
if (!first || !second) throw new Error('the bundled report has figures');

async function exported(lang: Lang): Promise<string> {
  const path = join(work, `report-${lang}.xlsx`);
  writeFileSync(path, (await buildReport({ dataset, lang, exportedAt: EXPORTED_AT })).xlsx);
  return path;
}

function edited(from: string, name: string, edits: Record<string, number | string>): string {
  const path = join(work, name);
  execFileSync(PYTHON, ['-c', EDIT, from, path, JSON.stringify(edits)]);
  return path;
}

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runReportCommand(argv, { cwd: work, appRoot: ROOT, out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

/** A sheet's rows as values (a formula's saved result), from its header row on. */
async function tableRows(path: string, sheetName: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) return [];
  const rows: unknown[][] = [];
  sheet.eachRow((row, n) => {
    if (n < 4) return;
    rows.push((row.values as unknown[]).slice(1).map((v) => (typeof v === 'object' && v !== null && 'result' in v ? v.result : v)));
  });
  return rows;
}

describe.skipIf(!openpyxl)('a workbook edited in another program, opened again', () => {
  for (const lang of LANGS) {
    it(`${lang}: reads two edited values back, marks them revised and writes them with a Revisions table`, async () => {
      const path = edited(await exported(lang), `edited-${lang}.xlsx`, { [first.id]: first.value + 1.5, [second.id]: second.value * 2 });

      // Read back: the two values are the new ones, each marked revised from the source's value; nothing else changed.
      const load = await loadDataset(path, { now: new Date('2026-12-08T09:00:00Z') });
      if (!load.ok) throw new Error(load.message);
      const revised = load.dataset.figures.filter((f) => f.revision);
      expect(revised.map((f) => [f.id, f.value, f.revision?.previous, f.revision?.file, f.revision?.read])).toEqual([
        [first.id, first.value + 1.5, first.value, `edited-${lang}.xlsx`, '2026-12-08T09:00:00.000Z'],
        [second.id, second.value * 2, second.value, `edited-${lang}.xlsx`, '2026-12-08T09:00:00.000Z'],
      ]);
      // The report's structure came back with it: the same sections, charts and quotes.
      expect(load.dataset.charts.map((c) => c.id)).toEqual(dataset.charts.map((c) => c.id));
      expect(load.dataset.figures.map((f) => f.source.quote)).toEqual(dataset.figures.map((f) => f.source.quote));

      // The preview serves it (npm run preview -- --dataset edited.xlsx, the same Api): each edited value drawn with †.
      const preview = createApi({ datasetPath: path, host: fakeHost(), kiosk: fakeKioskHost(), print: fakePrinter() });
      const served = await preview.getDataset();
      if (!served.ok) throw new Error(served.message);
      const shown = chartsOf(served.dataset).flatMap((c) => c.build(served.dataset, lang).rows);
      expect(shown.find((row) => row.figureId === first.id)?.display).toMatch(/†$/u);
      expect(shown.find((row) => row.figureId === second.id)?.revision?.file).toBe(`edited-${lang}.xlsx`);

      // The command line writes it out again: the new values in All figures, and a Revisions table.
      const again = join(work, `again-${lang}.xlsx`);
      const result = await cli('--dataset', path, '--out', again, '--lang', lang);
      expect(result.err).toEqual([]);
      expect(result.code).toBe(0);
      const all = await tableRows(again, t(lang, 'report.sheet.allFigures'));
      const valueOf = (id: string) => all.find((row) => row[0] === id)?.[3];
      expect([valueOf(first.id), valueOf(second.id)]).toEqual([first.value + 1.5, second.value * 2]);
      const revisions = await tableRows(again, t(lang, 'report.sheet.revisions'));
      expect(revisions[0]).toEqual([
        t(lang, 'report.col.id'),
        t(lang, 'table.figure'),
        t(lang, 'report.col.sourceValue'),
        t(lang, 'report.col.valueNow'),
        t(lang, 'table.unit'),
        t(lang, 'report.col.read'),
        t(lang, 'report.col.file'),
      ]);
      expect(revisions.slice(1).map((row) => [row[0], row[2], row[3]])).toEqual([
        [first.id, first.value, first.value + 1.5],
        [second.id, second.value, second.value * 2],
      ]);
    });
  }

  it('refuses a text where a number belongs, naming the sheet and the cell, and writes nothing', async () => {
    const path = edited(await exported('en'), 'text-value.xlsx', { [second.id]: 'abc' });
    const out = join(work, 'never.xlsx');
    const result = await cli('--dataset', path, '--out', out);
    expect(result.code).toBe(1);
    const row = 5 + dataset.figures.indexOf(second);
    expect(result.err).toEqual([`report: text-value.xlsx: All figures!D${row}: "abc" is not a number`]);
    expect(existsSync(out)).toBe(false);
  });

  it('says it in the message language: the sheet and cell in the workbook’s words, the fault in the UI’s', async () => {
    const path = edited(await exported('zh-Hant'), 'text-value-zh.xlsx', { [second.id]: 'abc' });
    const load = await loadDataset(path, { messages: 'zh-Hant' });
    expect(load.ok).toBe(false);
    if (!load.ok) expect(load.message).toBe(`text-value-zh.xlsx: 全部數據!D${5 + dataset.figures.indexOf(second)}: 「abc」不是數字`);
  });

  it('opens a workbook of someone’s own with the same headers: its charts are proposed', async () => {
    // The figures table alone, as someone might keep it: no report sheet, no charts.
    const path = join(work, 'own.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Data');
    sheet.addRow(['Figure id', 'Section', 'Figure', 'Value', 'Unit', 'Qualifier', 'Status', 'Period']);
    sheet.addRow(['output-2024', 'Industry', 'Industrial output', 480, 'CNY 100 million', '—', 'Actual', '2024']);
    sheet.addRow(['output-2025', 'Industry', 'Industrial output', 561.3, 'CNY 100 million', 'over', 'Actual', '2025']);
    sheet.addRow(['firms-2025', 'Industry', 'Listed firms', 12, 'firms', '—', 'Actual', '2025']);
    await workbook.xlsx.writeFile(path);
    const load = await loadDataset(path);
    if (!load.ok) throw new Error(load.message);
    expect(load.dataset.sections.map((s) => s.title.en)).toEqual(['Industry']);
    expect(load.dataset.figures.map((f) => [f.id, f.value, f.unit, f.qualifier, f.period, f.source.quote])).toEqual([
      ['output-2024', 480, '億元', 'exact', '2024', undefined],
      ['output-2025', 561.3, '億元', 'over', '2025', undefined],
      ['firms-2025', 12, '戶', 'exact', '2025', undefined],
    ]);
    expect(load.dataset.charts.length).toBeGreaterThan(0);
  });
});
