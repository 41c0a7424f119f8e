// npm run bench (first part): the viewer's start-up against its practical floor, in Debian's Chromium
// against the preview. The floor is a static page with the overview's HTML as the app rendered it and
// its charts drawn by the app's own Chart.js set-up from models built ahead of time: the same fonts,
// CSS and charts, without React, the dataset request or the model building. Each round measures the
// floor, the overview and the overview at 100× the dataset side by side, each in a fresh browser
// context; the targets are judged on the per-round ratios. Prints a table and writes
// test-results/bench.json. Not a test: numbers only.
// BENCH_RUNS: rounds (20). BENCH_NO_BUILD=1: measure dist/ as it is, even when older than the sources.
// BENCH_SETTLE=0: navigate without waiting for a fresh context's processes to go idle (to see what that does).
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildAll, node } from './build.mjs';
import { distIsStale } from './stale.mjs';
import { scaledDataset } from './synthetic-dataset.mjs';
import { stats } from './bench-stats.mjs';
import { startPreview } from './preview-server.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const SETTLE = process.env.BENCH_SETTLE !== '0';
const SCALE = 100;
const FLOOR_TARGET = 1.15;
const SCALE_TARGET = 1.2;
const VIEWPORT = { width: 1920, height: 1080 };
const DATASET = 'lvyuan-2025.json';
if (!process.env.BENCH_NO_BUILD && (await distIsStale(root))) await buildAll();

// 1×: a copy of the built renderer, which gets the floor page, with the repository's resources.
const work = mkdtempSync(join(tmpdir(), 'lvyuan-bench-'));
const appRoot = join(work, 'app');
const rendererDir = join(appRoot, 'dist', 'renderer');
cpSync(join(root, 'dist', 'renderer'), rendererDir, { recursive: true });
symlinkSync(join(root, 'resources'), join(appRoot, 'resources'));
// 100×: the same renderer and resources, but a synthetic dataset where the preview looks for the bundled one.
const scaledRoot = join(work, `x${SCALE}`);
const datasetDir = join(root, 'resources', 'dataset');
mkdirSync(join(scaledRoot, 'resources', 'dataset'), { recursive: true });
symlinkSync(join(appRoot, 'dist'), join(scaledRoot, 'dist'));
for (const entry of readdirSync(join(root, 'resources')))
  if (entry !== 'dataset') symlinkSync(join(root, 'resources', entry), join(scaledRoot, 'resources', entry));
for (const entry of readdirSync(datasetDir)) if (entry !== DATASET) symlinkSync(join(datasetDir, entry), join(scaledRoot, 'resources', 'dataset', entry));
writeFileSync(
  join(scaledRoot, 'resources', 'dataset', DATASET),
  JSON.stringify(scaledDataset(JSON.parse(readFileSync(join(datasetDir, DATASET), 'utf8')), SCALE)),
);

// The browser's process tree from /proc: after the name in parentheses, field 4 is the parent,
// 14–17 the CPU time (utime, stime, and that of reaped children, so a renderer that exits is not lost).
const TICK_MS = 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));
function processes() {
  const all = new Map();
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/u.test(pid)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // gone since the listing
    }
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    all.set(Number(pid), { ppid: Number(f[1]), cpuMs: (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) * TICK_MS });
  }
  return all;
}
function treeCpuMs(rootPid) {
  const all = processes();
  let total = 0;
  const todo = [rootPid];
  while (todo.length > 0) {
    const pid = todo.pop();
    total += all.get(pid)?.cpuMs ?? 0;
    for (const [child, p] of all) if (p.ppid === pid) todo.push(child);
  }
  return total;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const preview = (appDir) => startPreview([join(root, 'dist', 'preview', 'main.mjs'), '--port', '0'], { LVYUAN_APP_ROOT: appDir });
const [app, scaled] = await Promise.all([preview(appRoot), preview(scaledRoot)]);
// Also when a step fails: no preview left running, no copy left behind (Playwright ends the browser itself).
const cleanUp = () => {
  app.server.kill();
  scaled.server.kill();
  rmSync(work, { recursive: true, force: true });
};
process.on('exit', cleanUp);
// Playwright's Browser does not expose its process: it is the child of ours that the launch adds.
const childrenBefore = new Set([...processes()].filter(([, p]) => p.ppid === process.pid).map(([pid]) => pid));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const launched = [...processes()].filter(([pid, p]) => p.ppid === process.pid && !childrenBefore.has(pid)).map(([pid]) => pid);
if (launched.length !== 1) throw new Error(`bench: expected one browser process, found ${launched.length}`);
const browserPid = launched[0];

/**
 * Every fresh context makes Chromium start work of its own (a renderer busy for a second or more of
 * CPU after the first page opens) that would otherwise run during the first load. Waits until the
 * browser's processes used under 10 ms of CPU in the last 200 ms, polling every 50 ms, for 5 s at most.
 */
async function settle() {
  const started = performance.now();
  const samples = [];
  for (;;) {
    const now = performance.now();
    samples.push({ at: now, cpuMs: treeCpuMs(browserPid) });
    const before = samples.findLast((s) => now - s.at >= 200);
    if (before && samples.at(-1).cpuMs - before.cpuMs < 10) return { ms: now - started, capped: false };
    if (now - started >= 5000) return { ms: now - started, capped: true };
    await sleep(50);
  }
}

async function timeTo(page, target, reload = false) {
  const failed = new Promise((_, reject) => page.once('pageerror', reject));
  if (reload) await page.reload();
  else await page.goto(target.url);
  await Promise.race([page.waitForFunction((id) => globalThis.document.documentElement.dataset.drawnPage === id, target.drawn, { polling: 'raf' }), failed]);
  return page.evaluate(() => performance.getEntriesByName('lvyuan:page-drawn').at(-1)?.startTime ?? NaN);
}

async function freshPage() {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto('about:blank');
  const settled = SETTLE ? await settle() : { ms: 0, capped: false };
  return { context, page, settled };
}

/**
 * Milliseconds from navigation start to the page's "drawn" mark. Cold: the first load in a fresh
 * context (empty HTTP and code caches). Warm: the best of three reloads in that context, as an
 * installed app starts on its second run, with its files and compiled code cached.
 */
async function measure(target) {
  const { context, page, settled } = await freshPage();
  const cold = await timeTo(page, target);
  let warm = Infinity;
  for (let i = 0; i < 3; i += 1) warm = Math.min(warm, await timeTo(page, target, true));
  await context.close();
  return { cold, warm, settleMs: settled.ms, settleCapped: settled.capped };
}

mkdirSync(join(root, 'test-results'), { recursive: true });
// The floor page. Its HTML: the overview's #root as the app rendered it, each canvas bare again.
const overview = { url: `${app.url}?lang=zh-Hant#/overview`, drawn: 'overview' };
const { context: lookContext, page: look } = await freshPage();
await timeTo(look, overview);
// Both pages as screenshots, to see that the floor is the same page: they should be the same pixels.
await look.screenshot({ path: join(root, 'test-results', 'bench-overview.png') });
const rootHtml = await look.evaluate(() => {
  const copy = globalThis.document.getElementById('root').cloneNode(true);
  for (const canvas of copy.querySelectorAll('canvas')) for (const name of ['width', 'height', 'style', 'data-drawn']) canvas.removeAttribute(name);
  return copy.innerHTML;
});
// Its script: the models built here in Node, and the app's chart code for the app's Chromium target.
const modelsScript = join(work, 'overview-models.cjs');
await build({ ...node, sourcemap: false, entryPoints: ['tests/bench/overview-models.ts'], outfile: modelsScript, format: 'cjs' });
const models = execFileSync(process.execPath, [modelsScript, join(datasetDir, DATASET)], { encoding: 'utf8' });
// The HTML kinds (KPI cards, text) are in the page already: stubbed, they keep React out of the bundle.
const htmlKindsStubbed = {
  name: 'html-kinds-stubbed',
  setup(b) {
    b.onResolve({ filter: /\/(KpiCards|TextBlocks)$/ }, (args) => ({ path: args.path, namespace: 'html-kind' }));
    b.onLoad({ filter: /.*/, namespace: 'html-kind' }, () => ({ contents: 'export const KpiCards = null, TextBlocks = null;', loader: 'js' }));
  },
};
await build({
  absWorkingDir: root,
  entryPoints: ['tests/bench/floor.mts'],
  outfile: join(rendererDir, 'floor.js'),
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'chrome130',
  minify: true,
  define: { FLOOR_MODELS: models },
  plugins: [htmlKindsStubbed],
  logLevel: 'warning',
});
// index.html as built (its CSP, style sheet and font warm-up), with floor.js in place of the app's script.
// The same DOM asks for the same fonts: 簡体中文's SC font too, at the first layout (the app, once its page renders).
const index = readFileSync(join(rendererDir, 'index.html'), 'utf8');
const floorHtml = index
  .replace(/(<script\b[^>]*\bsrc=")[^"]+(")/u, '$1./floor.js$2')
  .replace('<div id="root"></div>', () => `<div id="root">${rootHtml}</div>`);
if (!floorHtml.includes('./floor.js') || !floorHtml.includes(rootHtml))
  throw new Error('bench: index.html has no script or no empty #root to build the floor page from');
writeFileSync(join(rendererDir, 'floor.html'), floorHtml);
const floor = { url: `${app.url}floor.html`, drawn: 'floor' };
await timeTo(look, floor);
await look.screenshot({ path: join(root, 'test-results', 'bench-floor.png') });
await lookContext.close();

// Paired rounds: the three side by side, in turn forwards and backwards so that none always goes first.
const targets = { floor, overview, scaled: { url: `${scaled.url}?lang=zh-Hant#/overview`, drawn: 'overview' } };
const names = Object.keys(targets);
for (const name of names) await measure(targets[name]); // the browser's processes start on the first loads
const rounds = [];
for (let i = 0; i < RUNS; i += 1) {
  const round = {};
  for (const name of i % 2 === 0 ? names : [...names].reverse()) round[name] = await measure(targets[name]);
  rounds.push(round);
}
const floorJsBytes = statSync(join(rendererDir, 'floor.js')).size;
await browser.close();
cleanUp();

const times = (name, phase) => stats(rounds.map((r) => r[name][phase]));
const ratios = (name, base, phase) => stats(rounds.map((r) => r[name][phase] / r[base][phase]));
const timesMs = Object.fromEntries(names.map((name) => [name, { cold: times(name, 'cold'), warm: times(name, 'warm') }]));
const ratio = {
  overviewToFloor: { cold: ratios('overview', 'floor', 'cold'), warm: ratios('overview', 'floor', 'warm') },
  scaledToOverview: { cold: ratios('scaled', 'overview', 'cold'), warm: ratios('scaled', 'overview', 'warm') },
};
// Judged on the median of the per-round ratios: pairs measured seconds apart share the machine's state.
const target = (id, name, limit, r, app) => ({
  id,
  name,
  target: `≤ ${limit}×`,
  ratio: { median: r.median, p90: r.p90 },
  median: app.median,
  p90: app.p90,
  met: r.median <= limit,
});
const settles = rounds.flatMap((r) => names.map((name) => r[name]));
const assets = readdirSync(join(root, 'dist', 'renderer', 'assets'));
const asset = (f) => readFileSync(join(root, 'dist', 'renderer', 'assets', f));
const sizeOf = (files) => files.reduce((sum, f) => sum + statSync(join(root, 'dist', 'renderer', 'assets', f)).size, 0);
const js = assets.filter((f) => f.endsWith('.js'));
const fonts = assets.filter((f) => f.endsWith('.woff2'));
const result = {
  date: new Date().toISOString(),
  runs: RUNS,
  scale: SCALE,
  settled: SETTLE,
  settleMs: stats(settles.map((s) => s.settleMs)),
  settleCapped: settles.filter((s) => s.settleCapped).length,
  timesMs,
  ratio,
  targets: [
    target('overview-cold', `overview cold ≤ ${FLOOR_TARGET}× the floor`, FLOOR_TARGET, ratio.overviewToFloor.cold, timesMs.overview.cold),
    target('overview-warm', `overview warm ≤ ${FLOOR_TARGET}× the floor`, FLOOR_TARGET, ratio.overviewToFloor.warm, timesMs.overview.warm),
    target('scaled-warm', `overview at ${SCALE}× warm ≤ ${SCALE_TARGET}× its 1× time`, SCALE_TARGET, ratio.scaledToOverview.warm, timesMs.scaled.warm),
    target('scaled-cold', `overview at ${SCALE}× cold ≤ ${SCALE_TARGET}× its 1× time`, SCALE_TARGET, ratio.scaledToOverview.cold, timesMs.scaled.cold),
  ],
  rendererJsBytes: sizeOf(js),
  rendererJsGzipBytes: js.reduce((sum, f) => sum + gzipSync(asset(f), { level: 9 }).length, 0),
  fontBytesAll: sizeOf(fonts),
  fontBytesPerLanguage: sizeOf(fonts.filter((f) => f.startsWith('lvyuan-sans-tc-'))),
  floorJsBytes,
  rounds,
};
writeFileSync(join(root, 'test-results', 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);

const ms = (s) => `${s.median.toFixed(0).padStart(5)} ms ${s.p90.toFixed(0).padStart(5)} ms`;
const x = (s) => `${s.median.toFixed(2).padStart(6)}× ${s.p90.toFixed(2).padStart(6)}×`;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `viewer start-up: ${RUNS} paired rounds, each page in a fresh ${SETTLE ? 'settled ' : ''}context, 1920×1080, zh-Hant, Chromium against the preview`,
);
console.log(`  cold: first load (nothing cached); warm: best of 3 reloads (files and compiled code cached)`);
console.log(`                                        cold median    p90   warm median    p90`);
console.log(`  floor page (Chart.js alone)           ${ms(timesMs.floor.cold)}   ${ms(timesMs.floor.warm)}`);
console.log(`  overview                              ${ms(timesMs.overview.cold)}   ${ms(timesMs.overview.warm)}`);
console.log(`  overview at ${SCALE}× the dataset          ${ms(timesMs.scaled.cold)}   ${ms(timesMs.scaled.warm)}`);
console.log(`  overview / floor, per round           ${x(ratio.overviewToFloor.cold)}   ${x(ratio.overviewToFloor.warm)}`);
console.log(`  ${SCALE}× / 1×, per round                  ${x(ratio.scaledToOverview.cold)}   ${x(ratio.scaledToOverview.warm)}`);
console.log(`  targets, on the median of the per-round ratios:`);
for (const t of result.targets) console.log(`    ${t.name.padEnd(42)} ${t.ratio.median.toFixed(2)}×   ${t.met ? 'met' : 'NOT met'}`);
console.log(
  `  settling a fresh context: median ${result.settleMs.median.toFixed(0)} ms, max ${result.settleMs.max.toFixed(0)} ms; 5 s cap hit ${result.settleCapped} times`,
);
console.log(
  `  renderer JS:  ${kb(result.rendererJsBytes)}, ${kb(result.rendererJsGzipBytes)} gzip   (budget ≤ 250 KB gzip); the floor's floor.js ${kb(floorJsBytes)}`,
);
console.log(`  fonts:        ${kb(result.fontBytesAll)} bundled, ${kb(result.fontBytesPerLanguage)} loaded per language (2 weights)`);
