// npm run bench (second part): the Excel report, in fresh Node processes bundled as main is:
// exceljs's first load, the full report with native charts, and the same cells without charts.
// Prints a table and writes test-results/bench-report.json. Not a test: numbers only.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXCELJS, withExcelJs } from './build.mjs';
import { scaledDataset } from './synthetic-dataset.mjs';
import { stats } from './bench-stats.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const PROCESSES = Number(process.env.BENCH_PROCESSES ?? 8);
const ITERATIONS = Number(process.env.BENCH_RUNS ?? 15);
const work = mkdtempSync(join(tmpdir(), 'lvyuan-bench-report-'));
const entry = join(work, 'report-bench.cjs');

await build({ ...withExcelJs, absWorkingDir: root, sourcemap: false, entryPoints: ['tests/bench/report.ts'], outfile: entry, format: 'cjs' });
copyFileSync(join(root, 'node_modules', ...EXCELJS.split('/')), join(work, 'exceljs.cjs'));

const dataset = join(root, 'resources', 'dataset', 'lvyuan-2025.json');
const runs = [];
for (let p = 0; p < PROCESSES; p += 1) {
  runs.push(JSON.parse(execFileSync(process.execPath, [entry, dataset, String(ITERATIONS)], { encoding: 'utf8' })));
}
// 100× the figures (scripts/synthetic-dataset.mjs), in processes of their own: time and peak memory.
const SCALE = 100;
const scaledFile = join(work, `dataset-${SCALE}x.json`);
writeFileSync(scaledFile, JSON.stringify(scaledDataset(JSON.parse(readFileSync(dataset, 'utf8')), SCALE)));
const scaledRuns = [];
for (let p = 0; p < Math.min(PROCESSES, 3); p += 1) {
  scaledRuns.push(
    JSON.parse(execFileSync(process.execPath, ['--max-old-space-size=4096', entry, scaledFile, '1', 'once'], { encoding: 'utf8', maxBuffer: 1 << 24 })),
  );
}
// For comparison: exceljs's package entry, which loads its ~400 source modules one by one.
const packageLoad = [];
for (let p = 0; p < PROCESSES; p += 1) {
  packageLoad.push(
    Number(
      execFileSync(process.execPath, ['-e', "const t=performance.now();require('exceljs');process.stdout.write(String(performance.now()-t))"], {
        cwd: root,
        encoding: 'utf8',
      }),
    ),
  );
}
rmSync(work, { recursive: true, force: true });

const load = stats(runs.map((r) => r.load));
const full = stats(runs.flatMap((r) => r.full));
const cells = stats(runs.flatMap((r) => r.cellsOnly));
const charts = stats(runs.flatMap((r) => r.chartsOnly));
const pkg = stats(packageLoad);
const scaledFull = stats(scaledRuns.flatMap((r) => r.full));
const scaledPeak = stats(scaledRuns.map((r) => r.peakBytes / 2 ** 20));
// The same report again, in the same processes, in its three steps: where the time goes.
const scaledSteps = Object.fromEntries(['build', 'write', 'charts'].map((step) => [step, stats(scaledRuns.map((r) => r.steps[step]))]));
const result = {
  machine: `${process.platform} ${process.arch}, Node ${process.versions.node}`,
  charts: runs[0].charts,
  bytes: runs[0].bytes,
  excelJsLoad: load,
  excelJsPackageLoad: pkg,
  fullReport: full,
  cellsOnly: cells,
  addCharts: charts,
  ratioFullToCells: full.median / cells.median,
  scaled: {
    factor: SCALE,
    cells: scaledRuns[0].cells,
    fullReport: scaledFull,
    steps: scaledSteps,
    peakMiB: scaledPeak,
    targets: { ms: 1000, peakMiB: 200 },
    met: { ms: scaledFull.median <= 1000, peakMiB: scaledPeak.median <= 200 },
  },
};
mkdirSync(join(root, 'test-results'), { recursive: true });
writeFileSync(join(root, 'test-results', 'bench-report.json'), `${JSON.stringify(result, null, 2)}\n`);

const ms = (s) => `median ${s.median.toFixed(0)} ms, p90 ${s.p90.toFixed(0)} ms (n = ${s.n})`;
console.log(
  `\nExcel report (${result.charts} native charts, ${(result.bytes / 1024).toFixed(0)} KB), ${PROCESSES} fresh processes × ${ITERATIONS} runs, ${result.machine}`,
);
console.log(`  exceljs first load (prebuilt bundle)    ${ms(load)}   budget ≤ 100 ms`);
console.log(`  exceljs first load (package entry)      ${ms(pkg)}   for comparison`);
console.log(`  full report with native charts, warm    ${ms(full)}   budget ≤ 300 ms`);
console.log(`  same cells, no charts (exceljs only)    ${ms(cells)}`);
console.log(`  adding the charts to the package        ${ms(charts)}`);
console.log(`  ratio full / cells only                 ${result.ratioFullToCells.toFixed(2)}×`);
console.log(
  `  at ${SCALE}× the figures, one cold report per process: full report ${ms(scaledFull)}   target ≤ 1000 ms: ${result.scaled.met.ms ? 'met' : 'NOT met'}`,
);
console.log(
  `  at ${SCALE}× the figures (${scaledRuns[0].cells} cells), a second report in steps: build the workbook ${scaledSteps.build.median.toFixed(0)} ms, exceljs writes it ${scaledSteps.write.median.toFixed(0)} ms, native charts and compression ${scaledSteps.charts.median.toFixed(0)} ms (medians)`,
);
console.log(
  `  at ${SCALE}× the figures: peak memory median ${scaledPeak.median.toFixed(0)} MiB, p90 ${scaledPeak.p90.toFixed(0)} MiB   target ≤ 200 MiB: ${result.scaled.met.peakMiB ? 'met' : 'NOT met'}`,
);
