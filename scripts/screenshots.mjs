// npm run screenshots [-- --out DIR --sizes 1280x720,1920x1080 --langs zh-Hant,en --pages overview,pillar --kiosk-size 1920x1080 --dataset FILE.json]
// Screenshots of every page in every language and size, and of every kiosk slide in every language,
// from the preview in Debian's Chromium. Names are stable (page-lang-size.png, kiosk-NN-id-lang.png),
// so two runs (before and after a change) can be compared file by file.
import { chromium } from '@playwright/test';
import { startPreview } from './preview-server.mjs';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'test-results/screenshots' },
    sizes: { type: 'string', default: '1280x720,1920x1080' },
    langs: { type: 'string', default: 'zh-Hant,zh-Hans,en' },
    // Every section of the report when absent.
    pages: { type: 'string' },
    // Another report file than the bundled one.
    dataset: { type: 'string' },
    'kiosk-size': { type: 'string', default: '1920x1080' },
    'no-kiosk': { type: 'boolean', default: false },
    port: { type: 'string', default: '4398' },
    'viewport-only': { type: 'boolean', default: false },
  },
});
mkdirSync(values.out, { recursive: true });

// A show that never moves on by itself and never shifts the picture, so each slide is taken as laid out.
const settingsDir = mkdtempSync(join(tmpdir(), 'lvyuan-screenshots-'));
const kioskSettings = join(settingsDir, 'kiosk.json');
writeFileSync(kioskSettings, JSON.stringify({ intervalSeconds: 3600, pixelShift: { everyMinutes: 120, maxPixels: 0 }, hideCursorAfterSeconds: 1 }));

const reportFile = values.dataset ?? 'resources/dataset/lvyuan-2025.json';
const pages =
  values.pages ??
  JSON.parse(readFileSync(reportFile, 'utf8'))
    .sections.map((s) => s.id)
    .join(',');
const datasetArgs = values.dataset === undefined ? [] : ['--dataset', values.dataset];
const { server, url } = await startPreview(['scripts/run-built.mjs', 'preview/main.mjs', '--port', values.port, ...datasetArgs], {
  LVYUAN_KIOSK_SETTINGS: kioskSettings,
});

const viewport = (size) => {
  const [width, height] = size.split('x').map(Number);
  return { width, height };
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  for (const size of values.sizes.split(',')) {
    const page = await browser.newPage({ viewport: viewport(size) });
    for (const lang of values.langs.split(',')) {
      for (const id of pages.split(',')) {
        await page.goto(`${url}?lang=${lang}#/${id}`);
        await page.waitForFunction((p) => globalThis.document.documentElement.dataset.drawnPage === p, id);
        const file = join(values.out, `${id}-${lang}-${size}.png`);
        await page.screenshot({ path: file, fullPage: !values['viewport-only'] });
        console.log(file);
      }
    }
    await page.close();
  }
  if (!values['no-kiosk']) {
    const page = await browser.newPage({ viewport: viewport(values['kiosk-size']) });
    for (const lang of values.langs.split(',')) {
      await page.goto(`${url}?lang=${lang}#/kiosk`);
      const root = page.locator('.kiosk-root');
      await root.waitFor();
      const seen = new Set();
      for (;;) {
        const slide = await root.getAttribute('data-slide');
        if (seen.has(slide)) break;
        seen.add(slide);
        const index = Number(await root.getAttribute('data-slide-index'));
        await page.mouse.move(5, 5);
        await page.waitForTimeout(1300); // the cursor hides after a second at rest
        const file = join(values.out, `kiosk-${String(index + 1).padStart(2, '0')}-${slide}-${lang}.png`);
        // The clock in the status strip is the only thing that changes between runs: masked.
        await page.screenshot({ path: file, mask: [page.locator('.kiosk-clock')] });
        console.log(file);
        await page.keyboard.press('ArrowRight');
        await page.waitForFunction((i) => globalThis.document.querySelector('.kiosk-root')?.getAttribute('data-slide-index') !== String(i), index);
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
  rmSync(settingsDir, { recursive: true, force: true });
}
