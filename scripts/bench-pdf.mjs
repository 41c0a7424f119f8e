// npm run bench (third part): Save as PDF, from command to file, per language. The preview's printer
// (headless Debian Chromium through Playwright: the engine of Electron's printToPDF) prints the print
// view and the Api writes the file; the time is the Api's own, from the call to the file on disk, as
// the desktop app measures it (its save dialog answers at once here). The first PDF also starts the
// browser, as the desktop app's first PDF opens its hidden window; it is shown apart. Then each
// language in turn, after a pause that lets the machine settle. Writes test-results/bench-pdf.json.
import { startPreview } from './preview-server.mjs';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build.mjs';
import { distIsStale } from './stale.mjs';
import { stats } from './bench-stats.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const RUNS = Number(process.env.BENCH_PDF_RUNS ?? 8);
const TARGET_MS = 2000;
const LANGS = ['zh-Hant', 'zh-Hans', 'en'];
if (await distIsStale(root)) await buildAll();

const exportDir = mkdtempSync(join(tmpdir(), 'lvyuan-bench-pdf-'));
const { server, url } = await startPreview([join(root, 'dist', 'preview', 'main.mjs'), '--port', '0'], { LVYUAN_EXPORT_DIR: exportDir });

async function exportPdf(lang) {
  const started = performance.now();
  const response = await fetch(new URL('api/exportPdf', url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: new URL(url).origin },
    body: JSON.stringify([lang]),
  });
  const result = await response.json();
  if (!result.ok) throw new Error(`exportPdf ${lang}: ${JSON.stringify(result)}`);
  return { ms: result.ms, wall: performance.now() - started, pages: result.pages, bytes: statSync(result.path).size };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));

try {
  const first = await exportPdf('zh-Hant');
  const runs = Object.fromEntries(LANGS.map((lang) => [lang, []]));
  for (let round = 0; round < RUNS; round += 1) {
    for (const lang of LANGS) {
      await settle();
      runs[lang].push(await exportPdf(lang));
    }
  }
  const result = {
    runs: RUNS,
    targetMs: TARGET_MS,
    firstWithBrowserStart: first,
    languages: Object.fromEntries(
      LANGS.map((lang) => {
        const s = stats(runs[lang].map((r) => r.ms));
        return [lang, { ...s, met: s.p90 <= TARGET_MS, pages: runs[lang][0].pages, bytes: runs[lang][0].bytes }];
      }),
    ),
  };
  mkdirSync(join(root, 'test-results'), { recursive: true });
  writeFileSync(join(root, 'test-results', 'bench-pdf.json'), JSON.stringify(result, null, 2));
  console.log(`Save as PDF, command to file (print view printed by Chromium, written atomically), ${RUNS} runs per language`);
  console.log(`  first PDF, browser start included: ${first.ms} ms`);
  for (const lang of LANGS) {
    const r = result.languages[lang];
    console.log(`  ${lang.padEnd(8)} runs ${runs[lang].map((x) => x.ms).join(' ')}`);
    console.log(
      `  ${lang.padEnd(8)} median ${r.median} ms, p90 ${r.p90} ms (min ${r.min}, max ${r.max})   target ≤ ${TARGET_MS} ms: ${r.met ? 'met' : 'NOT met'}   ${r.pages} pages, ${(r.bytes / 1024).toFixed(0)} KB`,
    );
  }
} finally {
  server.kill();
  rmSync(exportDir, { recursive: true, force: true });
}
