import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../electron/common/charts/calc';
import { chartsOf } from '../../electron/common/charts/registry';
import { LANGS, type Lang } from '../../electron/common/i18n/languages';
import { t } from '../../electron/common/i18n/messages';
import { formatFigure } from '../../electron/common/format';
import { loadedReport, readBack, reportFor } from './report-helpers';

/**
 * The workbook is live in a reader nobody here wrote: LibreOffice, told to recalculate on load,
 * gets every derived figure's formula to the value the app cached and the dataset gives; and a
 * value edited in the package moves its chart's slice, label and formula result together.
 */

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}
const tools = has('soffice') && has('pdftotext');
const dataset = loadedReport();
const work = mkdtempSync(join(tmpdir(), 'lvyuan-live-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A LibreOffice profile that recalculates every formula of an .xlsx on load (it trusts the cached results otherwise). */
function recalculatingProfile(): string {
  const profile = join(work, 'profile');
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(
    join(profile, 'user', 'registrymodifications.xcu'),
    '<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item></oor:items>',
  );
  return `file://${profile}`;
}

function soffice(format: string, outdir: string, files: string[]): void {
  mkdirSync(outdir, { recursive: true });
  execFileSync('soffice', ['--headless', `-env:UserInstallation=${recalculatingProfile()}`, '--convert-to', format, '--outdir', outdir, ...files], {
    stdio: 'pipe',
    timeout: 150_000,
  });
}

/** A formula that is one figure's value read from All figures, maybe scaled. */
const FIGURE_READ = /^\(?'(?:[^']|'')+'!\$D\$\d+\)?(?:\*[\d.]+)?$/u;

type FormulaResult = { sheet: string; address: string; formula: string; result: number; text?: string };

async function formulas(xlsx: Uint8Array): Promise<FormulaResult[]> {
  const workbook = await readBack(xlsx);
  const found: FormulaResult[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value;
        if (value !== null && typeof value === 'object' && 'formula' in value)
          found.push({
            sheet: sheet.name,
            address: cell.address,
            formula: String(value.formula),
            result: Number(value.result),
            ...(typeof value.result === 'string' ? { text: value.result } : {}),
          });
      }),
    ),
  );
  return found;
}

/** Every derived value the chart models hold, from their expressions and the dataset. */
function derivedValues(lang: Lang): number[] {
  return chartsOf(dataset).flatMap((chart) => chart.build(dataset, lang).rows.flatMap((row) => (row.derived ? [evaluate(row.derived.calc, dataset)] : [])));
}

/** The part of the package that holds sheet `name`. */
function sheetPart(workbookXml: string, name: string): string {
  const index = [...workbookXml.matchAll(/<sheet [^>]*name="([^"]+)"/gu)].findIndex((m) => m[1]?.replaceAll('&amp;', '&') === name);
  return `xl/worksheets/sheet${index + 1}.xml`;
}

/**
 * The doughnut's share, edited where its value is written once: the All figures cell that the
 * chart's data cell reads is set to `value` in the sheet XML; every cache left stale, as after an
 * edit in another program. Returns the chart's data cell, whose derived rest sits beside it.
 */
async function editShare(xlsx: Uint8Array, value: number): Promise<{ bytes: Buffer; sheet: string; cell: string }> {
  const zip = await JSZip.loadAsync(xlsx);
  const charts = await Promise.all(
    Object.keys(zip.files)
      .filter((p) => /^xl\/charts\/chart\d+\.xml$/u.test(p))
      .map(async (p) => (await zip.file(p)?.async('string')) ?? ''),
  );
  const doughnut = charts.find((xml) => xml.includes('<c:doughnutChart>')) ?? '';
  const ref = /<c:val><c:numRef><c:f>'([^<]+)'!\$([A-Z]+)\$(\d+)/u.exec(doughnut);
  if (!ref) throw new Error('no doughnut chart with a value reference');
  const [, sheetName = '', column = '', row = ''] = ref;
  const workbookXml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const cell = `${column}${row}`;
  const chartSheet = (await zip.file(sheetPart(workbookXml, sheetName.replaceAll('&amp;', '&')))?.async('string')) ?? '';
  // The data cell reads All figures: 'All figures'!$D$24.
  const read = new RegExp(`<c r="${cell}"[^>]*><f>(?:'|&apos;)(.+?)(?:'|&apos;)!\\$([A-Z]+)\\$(\\d+)(?:\\*[\\d.]+)?</f>`, 'u').exec(chartSheet);
  expect(read, `${sheetName}!${cell} reads All figures`).not.toBeNull();
  const [, tableName = '', tableColumn = '', tableRow = ''] = read ?? [];
  const part = sheetPart(workbookXml, tableName.replaceAll('&amp;', '&'));
  const xml = (await zip.file(part)?.async('string')) ?? '';
  const edited = xml.replace(new RegExp(`(<c r="${tableColumn}${tableRow}"[^>]*>)<v>[^<]*</v>`, 'u'), `$1<v>${value}</v>`);
  expect(edited, `cell ${tableColumn}${tableRow} on ${tableName}`).not.toBe(xml);
  zip.file(part, edited);
  return { bytes: await zip.generateAsync({ type: 'nodebuffer' }), sheet: sheetName.replaceAll('&amp;', '&'), cell };
}

/**
 * Every value of All figures changed in the package (half as much again), every cache left stale:
 * what someone does who corrects the figures table in another program.
 */
async function editEveryValue(xlsx: Uint8Array, lang: Lang): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const workbookXml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const part = sheetPart(workbookXml, t(lang, 'report.sheet.allFigures'));
  const xml = (await zip.file(part)?.async('string')) ?? '';
  let edits = 0;
  const edited = xml.replace(/(<c r="D(\d+)"[^>]*>)<v>([^<]*)<\/v>/gu, (whole, open: string, row: string, value: string) => {
    // Numbers only: a shared string's <v> is its index (the header, the sheet's title).
    if (/\bt="s"/u.test(open) || !Number.isFinite(Number(value))) return whole;
    edits += 1;
    return `${open}<v>${Number(value) * 1.5}</v>`;
  });
  expect(edits, 'values edited in All figures').toBe(dataset.figures.length);
  zip.file(part, edited);
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** Every cell of a workbook as exceljs reads it: sheet, address, and its value (a formula's result). */
async function cellsOf(xlsx: Uint8Array): Promise<{ sheet: string; address: string; column: number; formula?: string; value: unknown }[]> {
  const workbook = await readBack(xlsx);
  const found: { sheet: string; address: string; column: number; formula?: string; value: unknown }[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value;
        if (value !== null && typeof value === 'object' && 'formula' in value)
          found.push({ sheet: sheet.name, address: cell.address, column: Number(cell.col), formula: String(value.formula), value: value.result });
        else found.push({ sheet: sheet.name, address: cell.address, column: Number(cell.col), value });
      }),
    ),
  );
  return found;
}

describe.skipIf(!tools)('the workbook recalculated and edited in LibreOffice', () => {
  it('with every value of All figures edited, no other cell still shows an old value, texts included', { timeout: 240_000 }, async () => {
    const langs: Lang[] = ['zh-Hant', 'en'];
    const originals = new Map<Lang, Uint8Array>();
    const files: string[] = [];
    for (const lang of langs) {
      const xlsx = (await reportFor(lang)).xlsx;
      originals.set(lang, xlsx);
      files.push(join(work, `every-${lang}.xlsx`));
      writeFileSync(files.at(-1) ?? '', await editEveryValue(xlsx, lang));
    }
    soffice('xlsx', join(work, 'every'), files);
    for (const lang of langs) {
      const before = await cellsOf(originals.get(lang) ?? new Uint8Array());
      const after = await cellsOf(readFileSync(join(work, 'every', `every-${lang}.xlsx`)));
      const kept = [t(lang, 'report.sheet.allFigures'), t(lang, 'report.sheet.sources')];
      // The article's own words stay as printed (the quotes): they are the evidence, not a statement of the value now.
      const quotes = new Set(dataset.figures.map((f) => f.source.quote));
      let formulas = 0;
      for (const cell of before) {
        if (kept.includes(cell.sheet)) continue;
        const now = after.find((c) => c.sheet === cell.sheet && c.address === cell.address);
        const where = `${lang} ${cell.sheet}!${cell.address}${cell.formula ? ` =${cell.formula}` : ''}`;
        if (cell.formula !== undefined) {
          formulas += 1;
          expect(now?.value, `${where} still shows ${String(cell.value)}`).not.toEqual(cell.value);
          continue;
        }
        // A literal text states no figure's value as shown: such a text is a formula (above).
        if (typeof cell.value !== 'string' || quotes.has(cell.value)) continue;
        for (const figure of dataset.figures) {
          const shown = formatFigure(figure, lang);
          const stated = new RegExp(`(?<![\\d.])${shown.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`, 'u');
          if (/\d/u.test(shown) && /[^\d.,\s]/u.test(shown)) expect(stated.test(cell.value), `${where} states ${shown}: "${cell.value}"`).toBe(false);
        }
      }
      expect(formulas, `${lang}: cells reading All figures`).toBeGreaterThan(dataset.figures.length);
    }
  });

  it(
    'every formula recalculates to its cached result and the dataset; an edited share moves its label and the derived rest',
    { timeout: 240_000 },
    async () => {
      const originals: Record<string, Uint8Array> = {};
      const edits: Record<string, { sheet: string; cell: string }> = {};
      const files: string[] = [];
      const edited: string[] = [];
      for (const lang of LANGS) {
        const xlsx = (await reportFor(lang)).xlsx;
        originals[lang] = xlsx;
        files.push(join(work, `report-${lang}.xlsx`));
        writeFileSync(files.at(-1) ?? '', xlsx);
        // 30, in percent as All figures holds it.
        const change = await editShare(xlsx, 30);
        edits[lang] = change;
        edited.push(join(work, `edited-${lang}.xlsx`));
        writeFileSync(edited.at(-1) ?? '', change.bytes);
      }
      // One soffice run per output format: its start-up is most of the cost.
      soffice('xlsx', join(work, 'recalculated'), [...files, ...edited]);
      soffice('pdf', join(work, 'printed'), edited);

      for (const lang of LANGS) {
        const ours = await formulas(originals[lang] ?? new Uint8Array());
        const theirs = await formulas(readFileSync(join(work, 'recalculated', `report-${lang}.xlsx`)));
        const expected = derivedValues(lang);
        expect(ours.length, `${lang}: formula cells`).toBeGreaterThanOrEqual(new Set(expected.map((v) => v.toPrecision(9))).size);
        for (const formula of ours) {
          const recalculated = theirs.find((f) => f.sheet === formula.sheet && f.address === formula.address);
          if (formula.text !== undefined) {
            // A text built from the values (TEXT() in each value's format) reads as the app wrote it.
            expect(recalculated?.text, `${lang} ${formula.sheet}!${formula.address} =${formula.formula}`).toBe(formula.text);
            continue;
          }
          expect(recalculated?.result, `${lang} ${formula.sheet}!${formula.address} =${formula.formula}`).toBeCloseTo(formula.result, 9);
          // A derived value of the dataset, or a figure shown again, read from All figures.
          if (!FIGURE_READ.test(formula.formula) && !/^\(.*\)\*[\d.]+$/u.test(formula.formula))
            expect(
              expected.some((v) => Math.abs(v - formula.result) < 1e-9),
              `${lang} ${formula.sheet}!${formula.address}: cached ${formula.result} is a derived value of the dataset`,
            ).toBe(true);
        }

        // The edit: 30% in, and the derived rest beside it recalculated to 70% (it was 73.1%).
        const after = await formulas(readFileSync(join(work, 'recalculated', `edited-${lang}.xlsx`)));
        const { sheet, cell } = edits[lang] ?? { sheet: '', cell: '' };
        // The derived rest is the next row of the chart's data: a formula over the share (read where the sheet's table holds it).
        const [, column = '', row = ''] = /^([A-Z]+)(\d+)$/u.exec(cell) ?? [];
        const rest = after.find((f) => f.sheet === sheet && f.address === `${column}${Number(row) + 1}`);
        // The chart's data cell follows All figures.
        expect(after.find((f) => f.sheet === sheet && f.address === cell)?.result, `${lang}: ${sheet}!${cell}`).toBeCloseTo(0.3, 9);
        expect(rest?.result, `${lang}: the derived rest beside ${sheet}!${cell}`).toBeCloseTo(0.7, 9);
        const text = execFileSync('pdftotext', ['-layout', join(work, 'printed', `edited-${lang}.pdf`), '-'], { encoding: 'utf8' });
        // The cell and the slice's label both read the new value through the same format; the old text is gone.
        expect(text.match(/30\.0%/gu)?.length ?? 0, `${lang}: 30.0% in the cell and on the slice`).toBeGreaterThanOrEqual(2);
        expect(text, `${lang}: the derived rest relabelled`).toContain('70.0%*');
        expect(text, `${lang}: no stale label`).not.toContain('73.1%*');
      }
    },
  );
});

if (!tools) console.warn('workbook-live.test.ts skipped: soffice or pdftotext is not installed (CI installs libreoffice-calc-nogui and poppler-utils).');
