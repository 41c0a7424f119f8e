// npm run bench: start-up speed and bundle sizes of the viewer, measured in Debian's Chromium
// against the preview. Prints a table and writes test-results/bench.json. Not a test: numbers only.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildAll } from './build.mjs';
import { distIsStale } from './stale.mjs';
import { stats } from './bench-stats.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
if (await distIsStale(root)) await buildAll();

// A copy of the built renderer plus a blank page that loads the same font the same way.
const benchRoot = mkdtempSync(join(tmpdir(), 'lvyuan-bench-'));
const rendererDir = join(benchRoot, 'dist', 'renderer');
mkdirSync(dirname(rendererDir), { recursive: true });
cpSync(join(root, 'dist', 'renderer'), rendererDir, { recursive: true });
symlinkSync(join(root, 'resources'), join(benchRoot, 'resources'));
const assets = readdirSync(join(rendererDir, 'assets'));
const font = (weight) => assets.find((f) => f.startsWith(`lvyuan-sans-tc-${weight}-`));
writeFileSync(
  join(rendererDir, 'blank.css'),
  ['400', '700'].map((w) => `@font-face{font-family:'Lvyuan Sans TC';font-weight:${w};src:url('assets/${font(w)}') format('woff2')}`).join('\n') +
    "\nbody{font-family:'Lvyuan Sans TC'}",
);
writeFileSync(
  join(rendererDir, 'blank.js'),
  "Promise.all([document.fonts.load('400 16px \"Lvyuan Sans TC\"','綠园A1'),document.fonts.load('700 16px \"Lvyuan Sans TC\"','綠园A1')]).then(()=>{document.body.textContent='綠園統計報告';requestAnimationFrame(()=>{performance.mark('lvyuan:page-drawn');document.documentElement.dataset.drawnPage='blank';});});",
);
writeFileSync(join(rendererDir, 'blank.html'), '<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8"><link rel="stylesheet" href="blank.css"></head><body><script src="blank.js"></script></body></html>');

const server = spawn(process.execPath, [join(root, 'dist', 'preview', 'main.mjs'), '--port', '0'], { env: { ...process.env, LVYUAN_APP_ROOT: benchRoot }, stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((resolve) => server.stdout.on('data', (c) => /(http:\/\/127\.0\.0\.1:\d+\/)/u.test(String(c)) && resolve(/(http:\/\/127\.0\.0\.1:\d+\/)/u.exec(String(c))[1])));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

async function timeTo(page, path, waitFor, reload = false) {
  if (reload) await page.reload();
  else await page.goto(url + path);
  await page.waitForFunction((id) => globalThis.document.documentElement.dataset.drawnPage === id, waitFor, { polling: 'raf' });
  return page.evaluate(() => performance.getEntriesByName('lvyuan:page-drawn').at(-1)?.startTime ?? NaN);
}

/**
 * Milliseconds from navigation start to the page's "drawn" mark. Cold: a fresh browser context
 * (empty HTTP and code caches). Warm: the same page loaded again in that context, as an installed
 * app starts on its second run, with its files and compiled code cached.
 */
async function measure(path, waitFor) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  const cold = await timeTo(page, path, waitFor);
  let warm = Infinity;
  for (let i = 0; i < 3; i += 1) warm = Math.min(warm, await timeTo(page, path, waitFor, true));
  await context.close();
  return { cold, warm };
}


const runs = { overview: [], blank: [] };
await measure('?lang=zh-Hant#/overview', 'overview'); // start the browser's processes once
for (let i = 0; i < RUNS; i += 1) {
  runs.blank.push(await measure('blank.html', 'blank'));
  runs.overview.push(await measure('?lang=zh-Hant#/overview', 'overview'));
}
await browser.close();
server.kill();
rmSync(benchRoot, { recursive: true, force: true });

const sizeOf = (files) => files.reduce((sum, f) => sum + statSync(join(root, 'dist', 'renderer', 'assets', f)).size, 0);
const js = assets.filter((f) => f.endsWith('.js'));
const jsGzip = js.reduce((sum, f) => sum + gzipSync(readFileSync(join(root, 'dist', 'renderer', 'assets', f)), { level: 9 }).length, 0);
const fonts = assets.filter((f) => f.endsWith('.woff2'));
const o = stats(runs.overview.map((r) => r.cold));
const b = stats(runs.blank.map((r) => r.cold));
const ow = stats(runs.overview.map((r) => r.warm));
const bw = stats(runs.blank.map((r) => r.warm));
const result = {
  date: new Date().toISOString(),
  runs: RUNS,
  overviewDrawnMs: { cold: o, warm: ow },
  blankWithFontMs: { cold: b, warm: bw },
  ratioMedian: { cold: o.median / b.median, warm: ow.median / bw.median },
  rendererJsBytes: sizeOf(js),
  rendererJsGzipBytes: jsGzip,
  fontBytesAll: sizeOf(fonts),
  fontBytesPerLanguage: sizeOf(fonts.filter((f) => f.startsWith('lvyuan-sans-tc-'))),
};
mkdirSync(join(root, 'test-results'), { recursive: true });
writeFileSync(join(root, 'test-results', 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);
const ms = (s) => `median ${s.median.toFixed(0)} ms, p90 ${s.p90.toFixed(0)} ms (min ${s.min.toFixed(0)}, max ${s.max.toFixed(0)})`;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`viewer start-up, ${RUNS} runs each, fresh browser context, 1920×1080, Chromium against the preview`);
console.log(`  cold (fresh context, nothing cached)`);
console.log(`    overview charts drawn:  ${ms(o)}   (budget ≤ 250 ms)`);
console.log(`    blank page + same font: ${ms(b)}`);
console.log(`    ratio (medians):        ${result.ratioMedian.cold.toFixed(2)}×   (budget ≤ 3×)`);
console.log(`  warm (reload, files and compiled code cached, as on an installed app's next start)`);
console.log(`    overview charts drawn:  ${ms(ow)}   (budget ≤ 250 ms)`);
console.log(`    blank page + same font: ${ms(bw)}`);
console.log(`    ratio (medians):        ${result.ratioMedian.warm.toFixed(2)}×   (budget ≤ 3×)`);
console.log(`  renderer JS:            ${kb(result.rendererJsBytes)}, ${kb(jsGzip)} gzip   (budget ≤ 250 KB gzip)`);
console.log(`  fonts:                  ${kb(result.fontBytesAll)} bundled, ${kb(result.fontBytesPerLanguage)} loaded per language (2 weights)`);
