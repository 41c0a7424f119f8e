import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApi } from '../../electron/services/api';
import { fakeHost, fakeKioskHost, fakePrinter } from './fake-host';
import { DATASET_PATH } from './helpers';

// Lets one test make the final rename fail as Windows does when Excel holds the file open.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fsp>();
  return { ...actual, rename: vi.fn(actual.rename) };
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lvyuan-export-api-'));
});
afterEach(() => {
  vi.mocked(fsp.rename).mockClear();
  rmSync(dir, { recursive: true, force: true });
});

/** An Api whose save dialog answers with `name` in the test folder (or cancels, for undefined). */
function apiSavingAs(name: string | undefined) {
  const host = fakeHost((defaultName) => (name === undefined ? undefined : join(dir, name === '' ? defaultName : name)));
  return { host, api: createApi({ datasetPath: DATASET_PATH, host, kiosk: fakeKioskHost(), print: fakePrinter() }) };
}

describe('exportWorkbook through the Api', () => {
  it('offers a dated name in the language, then writes a real workbook there', async () => {
    const { api, host } = apiSavingAs('');
    const result = await api.exportWorkbook('zh-Hant');
    expect(host.chooseSavePath).toHaveBeenCalledOnce();
    const [offered, lang] = host.chooseSavePath.mock.calls[0]!;
    expect(offered).toMatch(/^綠園統計報告-\d{4}-\d{2}-\d{2}-zh-Hant\.xlsx$/u);
    expect(lang).toBe('zh-Hant');
    if (!result.ok || result.format !== 'xlsx') throw new Error(`export failed: ${JSON.stringify(result)}`);
    expect(result.path).toBe(join(dir, offered));
    expect(result.fileName).toBe(offered);
    const bytes = readFileSync(result.path);
    // An .xlsx is a zip archive: it starts with the local file header signature "PK\x03\x04".
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    expect(result.bytes).toBe(bytes.length);
    expect(result.sheets).toBeGreaterThan(1);
    expect(result.charts).toBeGreaterThanOrEqual(0);
    expect(readdirSync(dir)).toEqual([offered]);
  }, 60_000);

  it('offers the English and Simplified names too', async () => {
    const { api, host } = apiSavingAs(undefined);
    await api.exportWorkbook('en');
    await api.exportWorkbook('zh-Hans');
    const names = host.chooseSavePath.mock.calls.map(([name]) => name);
    expect(names[0]).toMatch(/^Lüyuan-Report-\d{4}-\d{2}-\d{2}-en\.xlsx$/u);
    expect(names[1]).toMatch(/^绿园统计报告-\d{4}-\d{2}-\d{2}-zh-Hans\.xlsx$/u);
  });

  it('reports a cancelled dialog as cancelled and writes nothing', async () => {
    const { api } = apiSavingAs(undefined);
    expect(await api.exportWorkbook('en')).toEqual({ ok: false, cancelled: true });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says plainly when the file is open in Excel, and leaves the old file intact', async () => {
    writeFileSync(join(dir, 'report.xlsx'), 'previous');
    const busy = Object.assign(new Error('resource busy or locked'), { code: 'EBUSY' });
    vi.mocked(fsp.rename).mockRejectedValueOnce(busy);
    const { api } = apiSavingAs('report.xlsx');
    const result = await api.exportWorkbook('en');
    expect(result).toEqual({
      ok: false,
      message: '"report.xlsx" is open in another program (Excel?). Close it and export again; the existing file was not changed.',
    });
    expect(readFileSync(join(dir, 'report.xlsx'), 'utf8')).toBe('previous');
    expect(readdirSync(dir)).toEqual(['report.xlsx']);
    // In the UI's language: the district office reads Chinese.
    vi.mocked(fsp.rename).mockRejectedValueOnce(busy);
    expect(await apiSavingAs('report.xlsx').api.exportWorkbook('zh-Hant')).toEqual({
      ok: false,
      message: '「report.xlsx」正由其他程式（Excel？）開啟。請關閉該檔案後再匯出；原有檔案沒有改動。',
    });
    expect(readFileSync(join(dir, 'report.xlsx'), 'utf8')).toBe('previous');
    // A failed export is not "exported": it cannot be opened through the Api.
    expect((await api.openExported(join(dir, 'report.xlsx'), 'open', 'en')).ok).toBe(false);
  }, 60_000);

  it('runs one export at a time: a second request while the first is open says so, in its language', async () => {
    // The user sits at the save dialog of the first export.
    let answer: (path: string | undefined) => void = () => undefined;
    const host = fakeHost();
    host.chooseSavePath.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    const api = createApi({ datasetPath: DATASET_PATH, host, kiosk: fakeKioskHost(), print: fakePrinter() });
    const first = api.exportWorkbook('en');
    expect(await api.exportWorkbook('en')).toEqual({ ok: false, message: 'An export is already running; wait for it to finish.' });
    expect(await api.exportWorkbook('zh-Hant')).toEqual({ ok: false, message: '正在匯出，請等目前的匯出完成。' });
    await vi.waitFor(() => expect(host.chooseSavePath).toHaveBeenCalledOnce());
    answer(join(dir, 'first.xlsx'));
    expect((await first).ok).toBe(true);
    expect(readdirSync(dir)).toEqual(['first.xlsx']);
    // Finished, cancelled or failed, the next export may start.
    expect(await api.exportWorkbook('en')).toEqual({ ok: false, cancelled: true });
    expect(await api.exportWorkbook('en')).toEqual({ ok: false, cancelled: true });
    host.chooseSavePath.mockRejectedValueOnce(new Error('dialog failed'));
    await expect(api.exportWorkbook('en')).rejects.toThrow('dialog failed');
    expect(await api.exportWorkbook('en')).toEqual({ ok: false, cancelled: true });
    expect(host.chooseSavePath).toHaveBeenCalledTimes(5);
  }, 60_000);

  it('turns other write failures into a message, not a crash', async () => {
    mkdirSync(join(dir, 'in-the-way.xlsx'));
    const { api } = apiSavingAs('in-the-way.xlsx');
    const result = await api.exportWorkbook('en');
    expect(result.ok).toBe(false);
    expect(!result.ok && !result.cancelled ? result.message : '').toMatch(/in-the-way\.xlsx/u);
  }, 60_000);
});

describe('openExported through the Api', () => {
  it('opens or reveals a file exported in this session, through the host', async () => {
    const { api, host } = apiSavingAs('');
    const result = await api.exportWorkbook('en');
    if (!result.ok) throw new Error('export failed');
    expect(await api.openExported(result.path, 'open', 'en')).toEqual({ ok: true });
    expect(host.open).toHaveBeenCalledWith(result.path, 'en');
    expect(await api.openExported(result.path, 'reveal', 'en')).toEqual({ ok: true });
    expect(host.reveal).toHaveBeenCalledWith(result.path, 'en');
    host.open.mockResolvedValueOnce('No application is associated with .xlsx');
    expect(await api.openExported(result.path, 'open', 'en')).toEqual({ ok: false, message: 'No application is associated with .xlsx' });
  }, 60_000);

  it('refuses any path it did not export, with a message, without asking the host', async () => {
    const { api, host } = apiSavingAs('');
    const elsewhere = join(dir, 'not-ours.xlsx');
    writeFileSync(elsewhere, 'x');
    const result = await api.openExported(elsewhere, 'open', 'en');
    expect(result).toEqual({ ok: false, message: '"not-ours.xlsx" was not exported in this session, so it is not opened from here.' });
    expect((await api.openExported('/etc/passwd', 'reveal', 'en')).ok).toBe(false);
    // A made-up path's name is cut, not echoed whole.
    const long = await api.openExported(`/tmp/${'x'.repeat(4000)}.xlsx`, 'open', 'en');
    expect(long.ok).toBe(false);
    expect(long.ok ? '' : long.message.length).toBeLessThan(200);
    expect(host.open).not.toHaveBeenCalled();
    expect(host.reveal).not.toHaveBeenCalled();
    expect(existsSync(elsewhere)).toBe(true);
  });
});
