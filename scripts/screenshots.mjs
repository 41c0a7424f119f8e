// npm run screenshots [-- --out DIR --sizes 1280x720,1920x1080 --langs zh-Hant,en --pages overview,pillar]
// Screenshots of every page in every language and size, from the preview in Debian's Chromium.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'test-results/screenshots' },
    sizes: { type: 'string', default: '1280x720,1920x1080' },
    langs: { type: 'string', default: 'zh-Hant,zh-Hans,en' },
    pages: { type: 'string', default: 'overview,pillar,emerging,innovation,policy,green,targets' },
    port: { type: 'string', default: '4398' },
    'viewport-only': { type: 'boolean', default: false },
  },
});
mkdirSync(values.out, { recursive: true });

const server = spawn(process.execPath, ['scripts/run-built.mjs', 'preview/main.mjs', '--port', values.port], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((resolve, reject) => {
  server.stdout.on('data', (chunk) => {
    const match = /(http:\/\/127\.0\.0\.1:\d+\/)/u.exec(String(chunk));
    if (match) resolve(match[1]);
  });
  server.on('exit', (code) => reject(new Error(`preview exited with ${code}`)));
});

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  for (const size of values.sizes.split(',')) {
    const [width, height] = size.split('x').map(Number);
    const page = await browser.newPage({ viewport: { width, height } });
    for (const lang of values.langs.split(',')) {
      for (const id of values.pages.split(',')) {
        await page.goto(`${url}?lang=${lang}#/${id}`);
        await page.waitForFunction((p) => globalThis.document.documentElement.dataset.drawnPage === p, id);
        const file = join(values.out, `${id}-${lang}-${size}.png`);
        await page.screenshot({ path: file, fullPage: !values['viewport-only'] });
        console.log(file);
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
