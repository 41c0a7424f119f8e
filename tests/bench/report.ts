// One run of the report benchmark, in a fresh Node process (bundled by scripts/bench-report.mjs the
// way the app bundles main). Prints one JSON line: exceljs's first load, then warm timings.
import { readFileSync } from 'node:fs';
import type { Dataset } from '../../electron/common/dataset';
import { loadExcelJs } from '../../electron/services/workbook/exceljs';
import { addNativeCharts } from '../../electron/services/workbook/native-charts';
import { APPLICATION, buildReport, writeCells } from '../../electron/services/workbook/report';
import { buildWorkbook } from '../../electron/services/workbook/workbook';

const datasetFile = process.argv[2] ?? '';
const iterations = Number(process.argv[3] ?? 10);
const dataset = JSON.parse(readFileSync(datasetFile, 'utf8')) as Dataset;
const options = { dataset, lang: 'zh-Hant' as const, exportedAt: new Date() };

async function time(task: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await task();
  return performance.now() - started;
}

/** One cold report, as the app's first export at that size: its time and the process's peak memory. */
async function once(): Promise<void> {
  await loadExcelJs();
  const full = await time(() => buildReport(options));
  // The process's peak memory, in bytes (maxRSS is in kilobytes), before anything else runs.
  const peakBytes = process.resourceUsage().maxRSS * 1024;
  // The same report again in its three steps, to say where the time goes.
  let started = performance.now();
  const built = await buildWorkbook(options);
  const build = performance.now() - started;
  started = performance.now();
  const written = await writeCells(built.workbook);
  const write = performance.now() - started;
  const charts = await time(() => addNativeCharts(written, built.charts, { language: options.lang, application: APPLICATION }));
  const steps = { build, write, charts };
  const cells = built.workbook.worksheets.reduce((sum, sheet) => sum + sheet.actualRowCount * sheet.actualColumnCount, 0);
  console.log(JSON.stringify({ full: [full], steps, cells, peakBytes }));
}

async function main(): Promise<void> {
  const load = await time(loadExcelJs);
  const cellsOnly: number[] = [];
  const full: number[] = [];
  const chartsOnly: number[] = [];
  let bytes = 0;
  let charts = 0;
  // Alternate the two so that neither profits from running second.
  for (let i = 0; i < iterations + 2; i += 1) {
    const cells = await time(async () => {
      const { workbook } = await buildWorkbook(options);
      await writeCells(workbook);
    });
    let injected = 0;
    const whole = await time(async () => {
      const built = await buildWorkbook(options);
      const written = await writeCells(built.workbook);
      const started = performance.now();
      const xlsx = await addNativeCharts(written, built.charts, { language: options.lang, application: APPLICATION });
      injected = performance.now() - started;
      bytes = xlsx.length;
      charts = built.charts.length;
    });
    // The first two rounds warm the JIT and are not counted.
    if (i >= 2) {
      cellsOnly.push(cells);
      full.push(whole);
      chartsOnly.push(injected);
    }
  }
  // The process's peak memory, in bytes (maxRSS is in kilobytes).
  console.log(JSON.stringify({ load, cellsOnly, full, chartsOnly, bytes, charts, peakBytes: process.resourceUsage().maxRSS * 1024 }));
}

void (process.argv[4] === 'once' ? once() : main());
