// npm run soak (second part): a kiosk following a report file that is replaced 1,000 times
// (SOAK_REPLACES), a good report and a broken one in turn, while the slides advance. Each replace is
// atomic (written beside, renamed over), as a save to a shared drive is. Passes when, after every good
// save, the show draws that report from the next slide on (no stale figure); after every broken save
// it keeps the last good one and the status strip says why; no slide is ever blank; and the JS heap
// after garbage collection grew by less than 5 MB. Not part of npm test (it takes minutes).
/* global document -- used inside page.evaluate, which runs in the browser */
import { chromium } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build.mjs';
import { startPreview } from './preview-server.mjs';
import { distIsStale } from './stale.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const REPLACES = Number(process.env.SOAK_REPLACES ?? 1000);
const WATCH_MS = Number(process.env.SOAK_WATCH_MS ?? 40);
const INTERVAL_SECONDS = 0.05;
const MAX_GROWTH_MB = 5;

if (await distIsStale(root)) await buildAll();
const work = mkdtempSync(join(tmpdir(), 'lvyuan-soak-replace-'));
const report = join(work, 'lobby.json');
const bundled = JSON.parse(readFileSync(join(root, 'resources', 'dataset', 'lvyuan-2025.json'), 'utf8'));
/** A good report, told apart by its version; a broken one, cut off half way as a save interrupted. */
const goodReport = (n) => JSON.stringify({ ...bundled, version: `soak-${n}` });
const brokenReport = (n) => goodReport(n).slice(0, 5000);
function replace(text) {
  writeFileSync(`${report}.tmp`, text);
  renameSync(`${report}.tmp`, report);
}
replace(goodReport(0));
writeFileSync(join(work, 'kiosk.json'), JSON.stringify({ dataset: 'lobby.json' }));

const { server, url } = await startPreview([join(root, 'dist', 'preview', 'main.mjs'), '--port', '0'], {
  LVYUAN_APP_ROOT: root,
  LVYUAN_KIOSK_SETTINGS: join(work, 'kiosk.json'),
  LVYUAN_WATCH_MS: String(WATCH_MS),
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
const cdp = await page.context().newCDPSession(page);
const errors = [];
page.on('pageerror', (error) => errors.push(error.message));

async function heapMB() {
  for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1024 / 1024;
}

/** What the show draws now: the report's version, the slide's text, and the status strip's notice. */
const shown = () =>
  page.evaluate(() => {
    const root = document.querySelector('.kiosk-root');
    return {
      version: root?.dataset.reportVersion ?? '',
      slideText: (document.querySelector('.kiosk-slide')?.textContent ?? '').trim().length,
      drawn: document.querySelectorAll('.kiosk-slide canvas, .kiosk-slide .kpi, .kiosk-slide li, .kiosk-slide table').length,
      notice: document.querySelector('.kiosk-notice')?.textContent ?? '',
    };
  });

const failures = [];
async function until(what, test, timeoutMs = 20_000, blankIsFailure = true) {
  const started = performance.now();
  for (;;) {
    const state = await shown();
    if (blankIsFailure && (state.slideText === 0 || state.drawn === 0)) failures.push(`${what}: a blank slide`);
    if (test(state)) return state;
    if (performance.now() - started > timeoutMs) {
      failures.push(`${what}: not within ${timeoutMs} ms (showing ${state.version}, notice "${state.notice}")`);
      return state;
    }
    await page.waitForTimeout(20);
  }
}

await page.goto(`${url}?lang=zh-Hant&interval=${INTERVAL_SECONDS}#/kiosk`);
// Until the show has drawn every slide twice: every chart kind has its canvas, the fonts are in.
await until('start', (s) => s.version === 'soak-0', 60_000, false);
await page.waitForFunction(() => Number(document.querySelector('.kiosk-root')?.dataset.transitions ?? 0) >= 48, undefined, { timeout: 120_000 });
const before = await heapMB();
const started = performance.now();
let good = 0;
for (let i = 1; i <= REPLACES; i += 1) {
  if (i % 2 === 1) {
    // Broken: the last good report stays on screen, and the strip says why.
    replace(brokenReport(i));
    await until(`replace ${i} (broken)`, (s) => s.version === `soak-${good}` && s.notice !== '');
  } else {
    good = i;
    replace(goodReport(i));
    // Good: drawn from the next slide on, and the notice gone.
    await until(`replace ${i} (good)`, (s) => s.version === `soak-${i}` && s.notice === '');
  }
  if (failures.length > 20) break;
}
const seconds = (performance.now() - started) / 1000;
const after = await heapMB();
await browser.close();
server.kill();
rmSync(work, { recursive: true, force: true });

const growth = after - before;
const result = { replaces: REPLACES, seconds, heapMB: { before, after, growth }, failures, pageErrors: errors };
mkdirSync(join(root, 'test-results'), { recursive: true });
writeFileSync(join(root, 'test-results', 'soak-replace.json'), `${JSON.stringify(result, null, 2)}\n`);
const ok = growth < MAX_GROWTH_MB && failures.length === 0 && errors.length === 0;
console.log(`replace soak: ${REPLACES} replaces (good and broken in turn) in ${seconds.toFixed(1)} s, the report checked every ${WATCH_MS} ms`);
console.log(`  JS heap after GC   ${before.toFixed(2)} MB → ${after.toFixed(2)} MB (growth ${growth.toFixed(2)} MB; limit ${MAX_GROWTH_MB} MB)`);
for (const failure of failures.slice(0, 10)) console.log(`  ${failure}`);
if (errors.length > 0) console.log(`  page errors: ${errors.join(' | ')}`);
console.log(ok ? 'soak: passed' : 'soak: FAILED');
process.exit(ok ? 0 : 1);
