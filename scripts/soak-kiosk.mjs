// npm run soak: 1,000 slide transitions (SOAK_TRANSITIONS=10000 for the long one) of the kiosk show at a tiny interval, in Debian's Chromium
// against the preview. Passes when the JS heap after garbage collection grew by less than 5 MB and
// the number of live Chart.js instances stayed the same. Not part of npm test (it takes a minute).
/* global document -- used inside page.evaluate, which runs in the browser */
import { chromium } from '@playwright/test';
import { startPreview } from './preview-server.mjs';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build.mjs';
import { distIsStale } from './stale.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const TRANSITIONS = Number(process.env.SOAK_TRANSITIONS ?? 1000);
const INTERVAL_SECONDS = Number(process.env.SOAK_INTERVAL ?? 0.02);
const WARM_UP = 48; // two rounds: every chart kind has its canvas, every language its fonts
const MAX_GROWTH_MB = 5;

if (await distIsStale(root)) await buildAll();
const work = mkdtempSync(join(tmpdir(), 'lvyuan-soak-'));
const settings = join(work, 'kiosk.json');
// Cycling languages: every round rebuilds every model in another language, the hardest case.
writeFileSync(settings, JSON.stringify({ lang: 'cycle' }));

const { server, url } = await startPreview([join(root, 'dist', 'preview', 'main.mjs'), '--port', '0'], {
  LVYUAN_APP_ROOT: root,
  LVYUAN_KIOSK_SETTINGS: settings,
});

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Performance.enable');
const errors = [];
page.on('pageerror', (error) => errors.push(error.message));

async function snapshot() {
  for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  const state = await page.evaluate(() => {
    const el = document.querySelector('.kiosk-root');
    return {
      transitions: Number(el?.dataset.transitions ?? 0),
      liveCharts: Number(el?.dataset.liveCharts ?? 0),
      chartIds: el?.dataset.chartIds ?? '',
      canvases: document.querySelectorAll('canvas').length,
    };
  });
  return { heapMB: usedSize / 1024 / 1024, nodes: metric('Nodes'), listeners: metric('JSEventListeners'), ...state };
}

// A slide takes far longer than the interval on this machine (about 60 ms to draw): the wait grows with the count.
const WAIT_MS = Math.max(600_000, TRANSITIONS * 250);
const transitionsAtLeast = (n) =>
  page.waitForFunction((n) => Number(document.querySelector('.kiosk-root')?.dataset.transitions ?? 0) >= n, n, { timeout: WAIT_MS, polling: 200 });

await page.goto(`${url}?lang=zh-Hant&interval=${INTERVAL_SECONDS}#/kiosk`);
await transitionsAtLeast(WARM_UP);
const before = await snapshot();
const started = performance.now();
await transitionsAtLeast(before.transitions + TRANSITIONS);
const seconds = (performance.now() - started) / 1000;
const after = await snapshot();

await browser.close();
server.kill();
rmSync(work, { recursive: true, force: true });

const growth = after.heapMB - before.heapMB;
const result = {
  transitions: after.transitions - before.transitions,
  seconds,
  heapMB: { before: before.heapMB, after: after.heapMB, growth },
  liveCharts: { before: before.liveCharts, after: after.liveCharts },
  chartIds: { before: before.chartIds, after: after.chartIds },
  canvases: { before: before.canvases, after: after.canvases },
  domNodes: { before: before.nodes, after: after.nodes },
  listeners: { before: before.listeners, after: after.listeners },
  pageErrors: errors,
};
mkdirSync(join(root, 'test-results'), { recursive: true });
writeFileSync(join(root, 'test-results', 'soak-kiosk.json'), `${JSON.stringify(result, null, 2)}\n`);

// The same ids, not just the same count: a chart destroyed and re-created would get a new id.
const ok =
  growth < MAX_GROWTH_MB &&
  after.chartIds === before.chartIds &&
  after.liveCharts === before.liveCharts &&
  after.canvases === before.canvases &&
  errors.length === 0;
console.log(`kiosk soak: ${result.transitions} transitions in ${seconds.toFixed(1)} s (interval ${INTERVAL_SECONDS * 1000} ms, languages cycling)`);
console.log(`  JS heap after GC   ${before.heapMB.toFixed(2)} MB → ${after.heapMB.toFixed(2)} MB (growth ${growth.toFixed(2)} MB; limit ${MAX_GROWTH_MB} MB)`);
console.log(
  `  live Chart.js      ${before.liveCharts} → ${after.liveCharts} (ids ${before.chartIds} → ${after.chartIds});  canvases ${before.canvases} → ${after.canvases}`,
);
console.log(`  DOM nodes          ${before.nodes} → ${after.nodes};  JS event listeners ${before.listeners} → ${after.listeners}`);
if (errors.length > 0) console.log(`  page errors: ${errors.join(' | ')}`);
console.log(ok ? 'soak: passed' : 'soak: FAILED');
process.exit(ok ? 0 : 1);
