import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApi } from '../../electron/services/api';
import { pdfPageCount } from '../../electron/services/pdf/pages';
import { fakeHost, fakeKioskHost, fakePrinter, tinyPdf } from './fake-host';
import { DATASET_PATH } from './helpers';

// Lets a test make the final rename fail as Windows does when a PDF reader holds the file open.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fsp>();
  return { ...actual, rename: vi.fn(actual.rename) };
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lvyuan-pdf-export-'));
});
afterEach(() => {
  vi.mocked(fsp.rename).mockClear();
  rmSync(dir, { recursive: true, force: true });
});

/** An Api whose save dialog answers with `name` in the test folder (or cancels), and whose printer is `print`. */
function apiSavingAs(name: string | undefined, print = fakePrinter()) {
  const host = fakeHost((defaultName) => (name === undefined ? undefined : join(dir, name === '' ? defaultName : name)));
  return { host, print, api: createApi({ datasetPath: DATASET_PATH, host, kiosk: fakeKioskHost(), print }) };
}

describe('pdfPageCount', () => {
  it('counts the pages of a whole PDF', () => {
    expect(pdfPageCount(tinyPdf('en'))).toBe(1);
    expect(pdfPageCount(tinyPdf('en', 18))).toBe(18);
  });

  it('refuses what is not a whole PDF, saying what is wrong', () => {
    expect(() => pdfPageCount(new TextEncoder().encode('<html>'))).toThrow('The printed report is not a PDF (no %PDF- header).');
    const cut = tinyPdf('en').subarray(0, 60);
    expect(() => pdfPageCount(cut)).toThrow('The printed report is incomplete (no %%EOF at its end).');
    expect(() => pdfPageCount(new TextEncoder().encode('%PDF-1.4\n%%EOF\n'))).toThrow('The printed report has no pages.');
  });
});

describe('exportPdf through the Api', () => {
  it('offers a dated .pdf name in the language, prints that language, and writes the PDF there', async () => {
    const { api, host, print } = apiSavingAs('');
    const result = await api.exportPdf('zh-Hant');
    const [offered, lang, format] = host.chooseSavePath.mock.calls[0]!;
    expect(offered).toMatch(/^綠園統計報告-\d{4}-\d{2}-\d{2}-zh-Hant\.pdf$/u);
    expect([lang, format]).toEqual(['zh-Hant', 'pdf']);
    expect(print).toHaveBeenCalledWith('zh-Hant');
    expect(result).toMatchObject({ ok: true, format: 'pdf', fileName: offered, pages: 1, path: join(dir, offered) });
    expect(readFileSync(join(dir, offered))).toEqual(Buffer.from(tinyPdf('zh-Hant')));
    expect(readdirSync(dir)).toEqual([offered]);
  });

  it('prints nothing when the dialog is cancelled', async () => {
    const { api, print } = apiSavingAs(undefined);
    expect(await api.exportPdf('en')).toEqual({ ok: false, cancelled: true });
    expect(print).not.toHaveBeenCalled();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says plainly when the PDF is open in a reader, and leaves the old file intact', async () => {
    writeFileSync(join(dir, 'report.pdf'), 'previous');
    vi.mocked(fsp.rename).mockRejectedValueOnce(Object.assign(new Error('resource busy or locked'), { code: 'EBUSY' }));
    const result = await apiSavingAs('report.pdf').api.exportPdf('en');
    expect(result).toEqual({
      ok: false,
      message: '"report.pdf" is open in another program (a PDF reader?). Close it and save again; the existing file was not changed.',
    });
    expect(readFileSync(join(dir, 'report.pdf'), 'utf8')).toBe('previous');
    expect(readdirSync(dir)).toEqual(['report.pdf']);
  });

  it('names an unwritable folder, as the Excel export does', async () => {
    const result = await apiSavingAs(join('missing-folder', 'report.pdf')).api.exportPdf('zh-Hans');
    expect(result).toEqual({ ok: false, message: `无法写入“report.pdf”：文件夹“${join(dir, 'missing-folder')}”不存在。` });
  });

  it('keeps the old file when printing fails or returns something that is not a whole PDF', async () => {
    writeFileSync(join(dir, 'report.pdf'), 'previous');
    const failing = apiSavingAs(
      'report.pdf',
      fakePrinter(() => Promise.reject(new Error('The print view could not be drawn: no dataset'))),
    );
    expect(await failing.api.exportPdf('en')).toEqual({ ok: false, message: 'The print view could not be drawn: no dataset' });
    const cut = apiSavingAs(
      'report.pdf',
      fakePrinter(() => Promise.resolve(tinyPdf('en').subarray(0, 80))),
    );
    expect(await cut.api.exportPdf('en')).toEqual({ ok: false, message: 'The printed report is incomplete (no %%EOF at its end).' });
    expect(readFileSync(join(dir, 'report.pdf'), 'utf8')).toBe('previous');
    expect(readdirSync(dir)).toEqual(['report.pdf']);
  });

  it('refuses a path that does not end in .pdf', async () => {
    const result = await apiSavingAs('report.xlsx').api.exportPdf('en');
    expect(result).toEqual({ ok: false, message: `"${join(dir, 'report.xlsx')}" must end in .pdf` });
  });

  it('runs one export at a time, workbook or PDF, and opens the PDF it saved', async () => {
    let release: () => void = () => undefined;
    const slow = fakePrinter((lang) => new Promise((resolve) => (release = () => resolve(tinyPdf(lang)))));
    const { api, host } = apiSavingAs('', slow);
    const pdf = api.exportPdf('en');
    await vi.waitFor(() => expect(slow).toHaveBeenCalledOnce());
    expect(await api.exportWorkbook('en')).toEqual({ ok: false, message: 'An export is already running; wait for it to finish.' });
    expect(await api.exportPdf('en')).toEqual({ ok: false, message: 'An export is already running; wait for it to finish.' });
    release();
    const result = await pdf;
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(await api.openExported(result.path, 'open', 'en')).toEqual({ ok: true });
    expect(host.open).toHaveBeenCalledWith(result.path, 'en');
  });
});
