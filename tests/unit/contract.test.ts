import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHANNEL_NAMES } from '../../electron/common/channels';
import { CHANNELS, METHODS, callApi, isMethod, parseArgs } from '../../electron/common/contract';
import { createApi } from '../../electron/services/api';
import { fakeHost, fakeKioskHost, fakePrinter } from './fake-host';
import { DATASET_PATH } from './helpers';

describe('the IPC contract', () => {
  it('gives every method one distinct channel and a schema', () => {
    const channels = METHODS.map((m) => CHANNELS[m].channel);
    expect(new Set(channels).size).toBe(channels.length);
    expect(METHODS.map((m) => CHANNEL_NAMES[m])).toEqual(channels);
  });

  it('is implemented in full by the Node services', () => {
    const api = createApi({ datasetPath: DATASET_PATH, host: fakeHost(), kiosk: fakeKioskHost(), print: fakePrinter() });
    expect(Object.keys(api).sort()).toEqual([...METHODS].sort());
  });

  it('rejects arguments that do not fit, naming the method', () => {
    expect(() => parseArgs('getDataset', ['extra'])).toThrow(/^Invalid arguments for getDataset/u);
    expect(() => parseArgs('getDataset', 'not-an-array')).toThrow(/^Invalid arguments for getDataset/u);
    expect(parseArgs('getDataset', [])).toEqual([]);
  });

  it('accepts only a known language for exportWorkbook and a bounded path and action for openExported', () => {
    expect(parseArgs('exportWorkbook', ['zh-Hans'])).toEqual(['zh-Hans']);
    expect(() => parseArgs('exportWorkbook', ['fr'])).toThrow(/^Invalid arguments for exportWorkbook/u);
    expect(() => parseArgs('exportWorkbook', [])).toThrow(/^Invalid arguments for exportWorkbook/u);
    expect(parseArgs('openExported', ['/tmp/a.xlsx', 'reveal', 'en'])).toEqual(['/tmp/a.xlsx', 'reveal', 'en']);
    expect(() => parseArgs('openExported', ['/tmp/a.xlsx', 'reveal', 'fr'])).toThrow(/^Invalid arguments for openExported/u);
    expect(() => parseArgs('openExported', ['/tmp/a.xlsx', 'delete', 'en'])).toThrow(/^Invalid arguments for openExported/u);
    expect(() => parseArgs('openExported', ['', 'open', 'en'])).toThrow(/^Invalid arguments for openExported/u);
    expect(() => parseArgs('openExported', ['x'.repeat(4097), 'open', 'en'])).toThrow(/^Invalid arguments for openExported/u);
  });

  it('validates before it calls: a bad argument never reaches the implementation', async () => {
    const host = fakeHost(() => '/never/used.xlsx');
    const api = createApi({ datasetPath: DATASET_PATH, host, kiosk: fakeKioskHost(), print: fakePrinter() });
    await expect(callApi(api, 'exportWorkbook', ['fr'])).rejects.toThrow(/^Invalid arguments for exportWorkbook/u);
    expect(host.chooseSavePath).not.toHaveBeenCalled();
    expect((await callApi(api, 'getDataset', [])).ok).toBe(true);
  });

  it('knows its own methods only', () => {
    expect(isMethod('getDataset')).toBe(true);
    expect(isMethod('toString')).toBe(false);
    expect(isMethod('__proto__')).toBe(false);
  });
});

describe('the dataset service', () => {
  it('notices when the file changes, and reports a file that became corrupt', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'lvyuan-api-')), 'data.json');
    copyFileSync(DATASET_PATH, path);
    const api = createApi({ datasetPath: path, host: fakeHost(), kiosk: fakeKioskHost(), print: fakePrinter() });
    expect((await api.getDataset()).ok).toBe(true);
    writeFileSync(path, '{ not json');
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    const result = await api.getDataset();
    expect(result.ok ? '' : result.message).toMatch(/^data\.json: is not valid JSON/u);
  });
});

describe("a page's part of the dataset, through the Api", () => {
  it('holds what the page draws; a section the report does not have is answered by name, a malformed one refused', async () => {
    const api = createApi({ datasetPath: DATASET_PATH, host: fakeHost(), kiosk: fakeKioskHost(), print: fakePrinter() });
    const whole = await api.getDataset();
    const part = await callApi(api, 'getPage', ['overview']);
    if (!whole.ok || !part.ok) throw new Error('the bundled dataset did not load');
    expect(part.dataset.figures.map((f) => f.id)).toContain('gdp-2025');
    expect(part.dataset.figures.length).toBeLessThan(whole.dataset.figures.length);
    expect(part.dataset.sections).toEqual(whole.dataset.sections);
    // An address without a page shows the report's first section.
    expect(await callApi(api, 'getPage', [''])).toEqual(part);
    expect(whole.dataset.sections[0]?.id).toBe('overview');
    // Any kebab id may be a section of some report: this one has none called kiosk.
    expect(await callApi(api, 'getPage', ['kiosk'])).toEqual({ ok: false, message: 'the report has no section "kiosk"', firstSection: 'overview' });
    expect(await callApi(api, 'getPage', ['no-such-section'])).toEqual({
      ok: false,
      message: 'the report has no section "no-such-section"',
      firstSection: 'overview',
    });
    await expect(callApi(api, 'getPage', ['Overview'])).rejects.toThrow(/^Invalid arguments for getPage/u);
    await expect(callApi(api, 'getPage', ['../overview'])).rejects.toThrow(/^Invalid arguments for getPage/u);
    await expect(callApi(api, 'getPage', ['x'.repeat(101)])).rejects.toThrow(/^Invalid arguments for getPage/u);
  });

  it('says what is wrong with a corrupt file, as the whole dataset does', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'lvyuan-api-')), 'data.json');
    writeFileSync(path, '{ not json');
    const api = createApi({ datasetPath: path, host: fakeHost(), kiosk: fakeKioskHost(), print: fakePrinter() });
    const result = await api.getPage('overview');
    expect(result.ok ? '' : result.message).toMatch(/^data\.json: is not valid JSON/u);
  });
});
