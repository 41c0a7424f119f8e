// npm run bench (last part): one markdown table of the performance targets, from the JSON files the
// benchmarks wrote to test-results/ (whichever exist: a missing one is a row that says so). Each
// verdict is the one its benchmark made, on the statistic it names. The kiosk soak is not part of
// npm run bench (SOAK_TRANSITIONS=10000 npm run soak takes about 25 minutes): its last result is
// shown with its date. Prints the table and writes test-results/bench-summary.md.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const results = join(root, 'test-results');
const dated = [];
function read(file) {
  const path = join(results, file);
  if (!existsSync(path)) return undefined;
  dated.push(`${file} ${statSync(path).mtime.toISOString().slice(0, 16).replace('T', ' ')} UTC`);
  return JSON.parse(readFileSync(path, 'utf8'));
}

const ms = (v) => `${v.toFixed(0)} ms`;
const row = (target, measured, median, p90, met) => ({ target, measured, median, p90, met: met === undefined ? '—' : met ? 'yes' : '**no**' });
const missing = (target, script) => row(target, `not measured: no result from ${script}`, '—', '—', undefined);

const viewer = read('bench.json');
const viewerRow = (id, label) => {
  const t = viewer?.targets?.find((x) => x.id === id);
  if (t === undefined) return missing(label, 'scripts/bench.mjs');
  return row(t.name, `${t.ratio.median.toFixed(2)}× (p90 ${t.ratio.p90.toFixed(2)}×)`, ms(t.median), ms(t.p90), t.met);
};

const main = read('bench-main.json');
const mainRows = main
  ? [
      row(`main-process code before the first window ≤ ${main.targets.bytes / 1024} KB`, `${(main.shellBytes / 1024).toFixed(1)} KB`, '—', '—', main.met.bytes),
      row(
        `its load ≤ ${main.targets.ms} ms (p90)`,
        `p90 ${main.shellLoadMs.p90.toFixed(1)} ms`,
        `${main.shellLoadMs.median.toFixed(1)} ms`,
        `${main.shellLoadMs.p90.toFixed(1)} ms`,
        main.met.ms,
      ),
    ]
  : [missing('main-process code before the first window ≤ 200 KB', 'scripts/bench-main.mjs'), missing('its load ≤ 15 ms', 'scripts/bench-main.mjs')];

const report = read('bench-report.json')?.scaled;
const reportRows = report
  ? [
      row(
        `report at ${report.factor}× ≤ ${report.targets.ms} ms (median)`,
        `median ${ms(report.fullReport.median)}`,
        ms(report.fullReport.median),
        ms(report.fullReport.p90),
        report.met.ms,
      ),
      row(
        `report at ${report.factor}× peak memory ≤ ${report.targets.peakMiB} MiB (median)`,
        `median ${report.peakMiB.median.toFixed(0)} MiB`,
        `${report.peakMiB.median.toFixed(0)} MiB`,
        `${report.peakMiB.p90.toFixed(0)} MiB`,
        report.met.peakMiB,
      ),
    ]
  : [missing('report at 100× ≤ 1000 ms', 'scripts/bench-report.mjs'), missing('report at 100× peak memory ≤ 200 MiB', 'scripts/bench-report.mjs')];

// soak-kiosk.mjs states no targets in its file: growth under 5 MB, over 10,000 transitions for this one.
const soak = read('soak-kiosk.json');
const SOAK_TARGET = 'kiosk soak: heap growth < 5 MB over 10,000 transitions';
let soakRow = row(SOAK_TARGET, 'not run in this bench (SOAK_TRANSITIONS=10000 npm run soak)', '—', '—', undefined);
if (soak) {
  const long = soak.transitions >= 10_000;
  const clean = soak.pageErrors.length === 0 && soak.liveCharts.after === soak.liveCharts.before;
  const measured = `${soak.heapMB.growth.toFixed(2)} MB over ${soak.transitions.toLocaleString('en')} transitions (last soak, not run in this bench)`;
  soakRow = row(SOAK_TARGET, measured, '—', '—', long ? soak.heapMB.growth < 5 && clean : undefined);
}

const pdf = read('bench-pdf.json');
const pdfRows = pdf
  ? Object.entries(pdf.languages).map(([lang, s]) => row(`PDF ${lang} ≤ ${pdf.targetMs / 1000} s (p90)`, `p90 ${ms(s.p90)}`, ms(s.median), ms(s.p90), s.met))
  : [missing('PDF ≤ 2 s per language', 'scripts/bench-pdf.mjs')];

const extract = read('bench-extract.json');
const pct = (x) => `${(100 * x).toFixed(1)}%`;
const extractRows = extract
  ? [
      row(
        `figure extraction, whole figures: recall ≥ ${pct(extract.targets.wholeRecall)}, precision ≥ ${pct(extract.targets.wholePrecision)} (${extract.total.articles} development articles, ${extract.total.truth} figures)`,
        `recall ${pct(extract.total.whole.recall)}, precision ${pct(extract.total.whole.precision)} (value+unit ${pct(extract.total.valueUnit.recall)} / ${pct(extract.total.valueUnit.precision)})`,
        '—',
        '—',
        extract.met.wholeRecall && extract.met.wholePrecision,
      ),
      row(
        `  the same on ${extract.heldOutTotal.articles} held-out articles (${extract.heldOutTotal.truth} figures; no target)`,
        `recall ${pct(extract.heldOutTotal.whole.recall)}, precision ${pct(extract.heldOutTotal.whole.precision)} (value+unit ${pct(extract.heldOutTotal.valueUnit.recall)} / ${pct(extract.heldOutTotal.valueUnit.precision)})`,
        '—',
        '—',
        undefined,
      ),
      row(
        `a ${extract.speed.characters.toLocaleString('en')}-character article read ≤ ${extract.targets.ms} ms (median)`,
        `median ${extract.speed.stats.median.toFixed(1)} ms`,
        `${extract.speed.stats.median.toFixed(1)} ms`,
        `${extract.speed.stats.p90.toFixed(1)} ms`,
        extract.met.ms,
      ),
    ]
  : [
      missing('figure extraction: whole recall ≥ 95%, precision ≥ 90%', 'scripts/bench-extract.mjs'),
      missing('a 10,000-character article ≤ 100 ms', 'scripts/bench-extract.mjs'),
    ];

const rows = [
  viewerRow('overview-cold', 'overview cold ≤ 1.15× the floor'),
  viewerRow('overview-warm', 'overview warm ≤ 1.15× the floor'),
  ...mainRows,
  ...reportRows,
  viewerRow('scaled-warm', 'overview at 100× warm ≤ 1.2× its 1× time'),
  viewerRow('scaled-cold', 'overview at 100× cold ≤ 1.2× its 1× time'),
  soakRow,
  ...pdfRows,
  ...extractRows,
];
const table = [
  '| target | measured | median | p90 | met |',
  '| --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.target} | ${r.measured} | ${r.median} | ${r.p90} | ${r.met} |`),
].join('\n');
const notes = [
  "Overview rows: the median (and p90) of per-round ratios, each round measuring both pages side by side in fresh browser contexts; median and p90 are the app's own times.",
  `From: ${dated.join('; ') || 'no results yet'}.`,
];
const text = `${table}\n\n${notes.join('\n')}\n`;
mkdirSync(results, { recursive: true });
writeFileSync(join(results, 'bench-summary.md'), `# Performance targets\n\n${text}`);
console.log(`\n${text}`);
