// npm run bench (extraction): figure extraction measured on the development set
// (tests/fixtures/articles) — recall and precision per article and in total, for value with unit
// and for the whole figure — and the time to read a 10,000-character article (median of 60 runs,
// in a fresh Node process, after a warm-up). Writes test-results/bench-extract.json. Not a test.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stats } from './bench-stats.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const TARGETS = { wholeRecall: 0.95, wholePrecision: 0.9, ms: 100 };
const work = mkdtempSync(join(tmpdir(), 'lvyuan-bench-extract-'));
const entry = join(work, 'extract-bench.mjs');
await build({
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  charset: 'utf8',
  absWorkingDir: root,
  entryPoints: ['tests/bench/extract.ts'],
  outfile: entry,
  logLevel: 'warning',
});
const result = JSON.parse(
  execFileSync(
    process.execPath,
    [entry, join(root, 'tests', 'fixtures', 'articles'), process.env.BENCH_RUNS ?? '60', join(root, 'tests', 'fixtures', 'articles-heldout')],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    },
  ),
);
rmSync(work, { recursive: true, force: true });

const pct = (x) => `${(100 * x).toFixed(1)}%`;
const table = (perArticle, total, name) => [
  '| article | script | figures | proposed | value+unit recall | value+unit precision | whole recall | whole precision |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...perArticle.map(
    (a) =>
      `| ${a.name} | ${a.script} | ${a.truth} | ${a.proposed} | ${pct(a.valueUnit.recall)} | ${pct(a.valueUnit.precision)} | ${pct(a.whole.recall)} | ${pct(a.whole.precision)} |`,
  ),
  `| **${name}** (${total.articles} articles) | both | ${total.truth} | ${total.proposed} | ${pct(total.valueUnit.recall)} | ${pct(total.valueUnit.precision)} | ${pct(total.whole.recall)} | ${pct(total.whole.precision)} |`,
];
const lines = [
  ...table(result.perArticle, result.total, 'development set'),
  '',
  'Held-out articles (tests/fixtures/articles-heldout: read once blind after the rules were tuned, then used):',
  '',
  ...table(result.heldOut, result.heldOutTotal, 'held-out'),
];
const speed = stats(result.speed.times);
const met = {
  wholeRecall: result.total.whole.recall >= TARGETS.wholeRecall,
  wholePrecision: result.total.whole.precision >= TARGETS.wholePrecision,
  ms: speed.median <= TARGETS.ms,
};
console.log(`\nFigure extraction on the development set\n\n${lines.join('\n')}\n`);
console.log(
  `A ${result.speed.characters.toLocaleString('en')}-character article (${result.speed.figures} figures): median ${speed.median.toFixed(1)} ms, p90 ${speed.p90.toFixed(1)} ms over ${speed.n} runs — ${(speed.median / TARGETS.ms).toFixed(2)}× the ${TARGETS.ms} ms budget`,
);
const big = stats(result.largest.times);
console.log(
  `The largest article the app takes (${(result.largest.characters / 1e6).toFixed(1)} M characters): median ${(big.median / 1000).toFixed(2)} s over ${big.n} runs`,
);
const missed = [...result.perArticle, ...result.heldOut].filter((a) => a.missed.length > 0).map((a) => `  ${a.name}: ${a.missed.join('; ')}`);
if (missed.length > 0) console.log(`\nWhole figures missed (as the ground truth has them):\n${missed.join('\n')}`);
mkdirSync(join(root, 'test-results'), { recursive: true });
writeFileSync(
  join(root, 'test-results', 'bench-extract.json'),
  JSON.stringify({ ...result, speed: { ...result.speed, stats: speed }, targets: TARGETS, met }, null, 2),
);
