import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { axisModels } from '../../electron/common/charts/axes';
import { isNativeKind } from '../../electron/common/charts/kinds';
import type { ChartModel } from '../../electron/common/charts/model';
import { chartsOnPage } from '../../electron/common/charts/registry';
import type { Dataset } from '../../electron/common/dataset';
import type { Lang } from '../../electron/common/i18n/languages';
import { buildReport, type BuiltReport } from '../../electron/services/workbook/report';
import { rawDataset } from './helpers';

export const EXPORTED_AT = new Date('2026-11-26T10:00:00Z');

const cache = new Map<Lang, Promise<BuiltReport>>();

/** The full report (cells and native charts) for the bundled dataset, built once per language. */
export function reportFor(lang: Lang, dataset: Dataset = rawDataset()): Promise<BuiltReport> {
  let built = cache.get(lang);
  if (!built) {
    built = buildReport({ dataset, lang, exportedAt: EXPORTED_AT });
    cache.set(lang, built);
  }
  return built;
}

/**
 * The charts a workbook draws natively, in sheet order: every value axis (a chart, or each panel of
 * small multiples) of a kind that becomes a native chart (common/charts/kinds). Counts in the tests
 * come from here, not from literals.
 */
export function nativeChartModels(lang: Lang, dataset: Dataset = rawDataset()): ChartModel[] {
  return dataset.sections.flatMap((s) => chartsOnPage(s.id).flatMap((c) => axisModels(c.build(dataset, lang)))).filter((m) => isNativeKind(m.kind));
}

export async function readBack(xlsx: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer);
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
