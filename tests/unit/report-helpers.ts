import { REPORT_SHEET } from '../../electron/services/workbook/report-sheet';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { axisModels } from '../../electron/common/charts/axes';
import { isNativeKind } from '../../electron/common/charts/kinds';
import type { ChartModel } from '../../electron/common/charts/model';
import { chartsOnPage } from '../../electron/common/charts/registry';
import type { Dataset } from '../../electron/common/dataset';
import type { Lang } from '../../electron/common/i18n/languages';
import { parseDataset } from '../../electron/services/dataset';
import { buildReport, type BuiltReport } from '../../electron/services/workbook/report';
import { ROOT, rawDataset } from './helpers';

export const EXPORTED_AT = new Date('2026-11-26T10:00:00Z');

/**
 * A report as the app loads it (services/dataset.ts): migrated, validated, and given the grammar's
 * charts for any section without one. The bundled report by default; a test may pass its own copy.
 */
export function loadedReport(raw: unknown = rawDataset()): Dataset {
  const load = parseDataset(raw, 'report.json');
  if (!load.ok) throw new Error(`the report does not load:\n${load.message}`);
  return load.dataset;
}

const bundled = loadedReport();
const cache = new WeakMap<Dataset, Map<Lang, Promise<BuiltReport>>>();

/** The full workbook (cells and native charts) of a report, the bundled one by default, built once per report and language. */
export function reportFor(lang: Lang, dataset: Dataset = bundled): Promise<BuiltReport> {
  const byLang = cache.get(dataset) ?? new Map<Lang, Promise<BuiltReport>>();
  cache.set(dataset, byLang);
  let built = byLang.get(lang);
  if (!built) {
    built = buildReport({ dataset, lang, exportedAt: EXPORTED_AT });
    byLang.set(lang, built);
  }
  return built;
}

/** The second report, hand-written from another article (tests/fixtures/reports): the workbook's readers check it too. */
export const SECOND_REPORT_PATH = join(ROOT, 'tests', 'fixtures', 'reports', 'ningde-2021.json');
export const secondReport = loadedReport(JSON.parse(readFileSync(SECOND_REPORT_PATH, 'utf8')));

/** Each report the workbook tests export: the bundled one and the second. */
export const REPORTS: readonly { name: string; dataset: Dataset }[] = [
  { name: 'bundled', dataset: bundled },
  { name: 'second', dataset: secondReport },
];

/**
 * The charts a workbook draws natively, in sheet order: every value axis (a chart, or each panel of
 * small multiples) of a kind that becomes a native chart (common/charts/kinds). Counts in the tests
 * come from here, not from literals.
 */
export function nativeChartModels(lang: Lang, dataset: Dataset = loadedReport()): ChartModel[] {
  return dataset.sections.flatMap((s) => chartsOnPage(dataset, s.id).flatMap((c) => axisModels(c.build(dataset, lang)))).filter((m) => isNativeKind(m.kind));
}

/**
 * The workbook as a reader sees it: its sheets, without the hidden one that carries the report file
 * itself (report-sheet.ts, tested by workbook-roundtrip.test.ts), which no one reads or prints.
 */
export async function readBack(xlsx: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer);
  const hidden = workbook.getWorksheet(REPORT_SHEET);
  // LibreOffice, which has no "very hidden", saves it back as hidden.
  expect(['veryHidden', 'hidden'], 'the report file rides on a sheet no one sees').toContain(hidden?.state);
  if (hidden) workbook.removeWorksheet(hidden.id);
  return workbook;
}

export type Ref = { sheet: string; column: number; firstRow: number; lastRow: number };

/** Parses 'Sheet ''name'''!$B$3:$B$7 (or a single cell) into a sheet and a column range. */
export function parseRef(formula: string): Ref {
  const match = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/u.exec(formula);
  if (!match) throw new Error(`not a quoted sheet reference: ${formula}`);
  const letters = match[2] ?? '';
  let column = 0;
  for (let i = 0; i < letters.length; i += 1) column = column * 26 + letters.charCodeAt(i) - 64;
  const firstRow = Number(match[3]);
  return { sheet: (match[1] ?? '').replaceAll("''", "'"), column, firstRow, lastRow: match[5] === undefined ? firstRow : Number(match[5]) };
}

export function unescapeXml(text: string): string {
  return text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&amp;', '&');
}

export async function unzip(xlsx: Uint8Array): Promise<JSZip> {
  return JSZip.loadAsync(xlsx);
}

export async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`missing part ${path}`);
  return file.async('string');
}
