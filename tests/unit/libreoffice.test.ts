import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LANGS } from '../../electron/common/i18n/languages';
import { elements, openPackage } from './ooxml-reader';
import { loadedReport, nativeChartModels, reportFor } from './report-helpers';

/** Is a command on PATH? CI installs LibreOffice and poppler; a bare dev machine may not have them. */
function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

const tools = has('soffice') && has('pdftoppm') && has('pdftotext') && has('pdfinfo');
const dataset = loadedReport();
const work = mkdtempSync(join(tmpdir(), 'lvyuan-lo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Pixels of a P6 PPM image as [r, g, b] triples. */
function* pixels(ppm: Buffer): Generator<[number, number, number]> {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/u.exec(ppm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('not a P6 PPM');
  for (let i = header[0].length; i + 2 < ppm.length; i += 3) yield [ppm[i]!, ppm[i + 1]!, ppm[i + 2]!];
}

/** The chart colours (Okabe–Ito blue and green, and the vermilion of targets) appear nowhere else in the printed workbook. */
function hasChartColour(ppm: Buffer): boolean {
  let count = 0;
  for (const [r, g, b] of pixels(ppm)) {
    const near = (R: number, G: number, B: number) => Math.abs(r - R) + Math.abs(g - G) + Math.abs(b - B) < 40;
    if (near(0x00, 0x72, 0xb2) || near(0x00, 0x9e, 0x73) || near(0xd5, 0x5e, 0x00)) count += 1;
    if (count > 30) return true;
  }
  return false;
}

describe.skipIf(!tools)('the workbook in LibreOffice (soffice --headless --convert-to pdf)', () => {
  it('converts in every language, prints every sheet and draws the native charts', { timeout: 180_000 }, async () => {
    const files = await Promise.all(
      LANGS.map(async (lang) => {
        const file = join(work, `report-${lang}.xlsx`);
        writeFileSync(file, (await reportFor(lang)).xlsx);
        return file;
      }),
    );
    // One soffice run for all three: its start-up is most of the cost.
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(work, 'profile')}`, '--convert-to', 'pdf', '--outdir', work, ...files], {
      stdio: 'pipe',
      timeout: 150_000,
    });
    for (const lang of LANGS) {
      const pdf = join(work, `report-${lang}.pdf`);
      const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
        .split('\f')
        .filter((p) => p.trim() !== '');
      const sheets = (await reportFor(lang)).sheets;
      // Every page's footer names its sheet (&A); every sheet is printed, and nothing else is.
      const sheetOf = pages.map((page) => sheets.find((name) => page.trimEnd().split('\n').at(-1)?.trim().startsWith(name)));
      expect(
        sheetOf.every((s) => s !== undefined),
        `${lang}: pages without a sheet footer`,
      ).toBe(true);
      expect(new Set(sheetOf)).toEqual(new Set(sheets));
      expect(pages.length, lang).toBeGreaterThanOrEqual(sheets.length + 8);
      // Each sheet on the pages its page breaks plan, no more: LibreOffice broke no page of its own,
      // which would cut a chart or start a page inside a block (print-layout.ts plans for its widths).
      const pkg = await openPackage((await reportFor(lang)).xlsx);
      for (const name of sheets) {
        const planned = elements(await pkg.xml(await pkg.sheetPart(name)), 'x:brk').length + 1;
        expect(sheetOf.filter((s) => s === name).length, `${lang} ${name}: pages`).toBe(planned);
      }
      // A4 on every page, portrait or landscape (595 × 842 pt), not the Letter default (612 × 792).
      const sizes = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages.length), pdf], { encoding: 'utf8' }).match(/size:\s+[\d.]+ x [\d.]+/gu) ?? [];
      expect(sizes, lang).toHaveLength(pages.length);
      for (const size of sizes) expect([...size.matchAll(/[\d.]+/gu)].map((m) => Math.round(Number(m[0]))).sort(), `${lang}: ${size}`).toEqual([595, 842]);

      const prefix = join(work, `page-${lang}`);
      // 48 dpi: a slope chart is one line and two markers, and a 3 pt line is a single pixel at 24 dpi.
      execFileSync('pdftoppm', ['-r', '48', pdf, prefix]);
      const images = readdirSync(work)
        .filter((f) => f.startsWith(`page-${lang}-`) && f.endsWith('.ppm'))
        .sort();
      expect(images).toHaveLength(pages.length);
      const coloured = images.map((f) => hasChartColour(readFileSync(join(work, f))));
      for (const section of dataset.sections) {
        const drawn = nativeChartModels(lang, dataset).filter((m) => m.page === section.id).length;
        const withCharts = coloured.filter((c, i) => c && sheetOf[i] === section.title[lang]).length;
        // Two charts fit on a page at most, so a sheet with n charts has at least ⌈n/2⌉ chart pages.
        expect(withCharts, `${lang} ${section.id}: pages with charts drawn`).toBeGreaterThanOrEqual(Math.ceil(drawn / 2));
      }
      expect(
        coloured.filter((c, i) => c && !dataset.sections.some((s) => s.title[lang] === sheetOf[i])),
        `${lang}: chart colours outside page sheets`,
      ).toEqual([]);
    }
  });
});

if (!tools)
  console.warn('libreoffice.test.ts skipped: soffice, pdftoppm or pdftotext is not installed (CI installs libreoffice-calc-nogui and poppler-utils).');
