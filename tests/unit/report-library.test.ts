import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApi } from '../../electron/services/api';
import { openReportLibrary, RECENT_MAX } from '../../electron/services/report-library';
import { edited, exported } from '../fixtures/workbooks';
import { fakeHost, fakeKioskHost, fakePrinter } from './fake-host';
import { DATASET_PATH } from './helpers';
import { loadedReport } from './report-helpers';

/**
 * The desktop's memory of opened reports (userData/reports.json): File → Open recent, and the last
 * report opened again at start-up, or, where it is gone or no longer valid, the bundled report with a
 * one-line notice that names the file and says why. Nothing is lost or overwritten.
 */

const dir = mkdtempSync(join(tmpdir(), 'lvyuan-library-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const dataset = loadedReport();

describe('the report library', () => {
  it('lists reports newest first, once each, at most eight, and keeps them across starts', async () => {
    const file = join(dir, 'reports.json');
    const library = await openReportLibrary(file);
    for (let i = 0; i < RECENT_MAX + 2; i += 1) await library.opened(`/reports/r${i}.xlsx`);
    await library.opened('/reports/r3.xlsx');
    const expected = [
      '/reports/r3.xlsx',
      '/reports/r9.xlsx',
      '/reports/r8.xlsx',
      '/reports/r7.xlsx',
      '/reports/r6.xlsx',
      '/reports/r5.xlsx',
      '/reports/r4.xlsx',
      '/reports/r2.xlsx',
    ];
    expect(library.recent()).toEqual(expected);
    expect(library.last()).toBe('/reports/r3.xlsx');
    const again = await openReportLibrary(file);
    expect([again.recent(), again.last()]).toEqual([expected, '/reports/r3.xlsx']);
    // Back to the bundled report: it opens next time, and the list stays.
    await again.bundled();
    expect([(await openReportLibrary(file)).last(), (await openReportLibrary(file)).recent()]).toEqual([undefined, expected]);
  });

  it('starts empty from a missing or broken file, and never stops the app', async () => {
    expect((await openReportLibrary(join(dir, 'absent.json'))).recent()).toEqual([]);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"recent": 7');
    const library = await openReportLibrary(broken);
    expect([library.recent(), library.last()]).toEqual([[], undefined]);
    await library.opened('/x.json');
    expect(JSON.parse(readFileSync(broken, 'utf8'))).toEqual({ recent: ['/x.json'], last: '/x.json' });
  });
});

describe('start-up with the last report', () => {
  const api = async (libraryFile: string) =>
    createApi({
      datasetPath: DATASET_PATH,
      host: fakeHost(),
      kiosk: fakeKioskHost(),
      print: fakePrinter(),
      library: await openReportLibrary(libraryFile),
      messages: 'en',
    });

  it('opens the last report again, named in the report state', async () => {
    const path = join(dir, 'edited.xlsx');
    writeFileSync(path, await edited(await exported(dataset, 'en'), { 'gdp-2025': 401.5 }));
    const file = join(dir, 'last-good.json');
    await (await openReportLibrary(file)).opened(path);
    const app = await api(file);
    const data = await app.getDataset();
    expect(data.ok && data.dataset.figures.find((f) => f.id === 'gdp-2025')?.value).toBe(401.5);
    expect(await app.getReportState()).toMatchObject({ file: 'edited.xlsx', notices: [] });
  });

  it('with the last report gone: the bundled report, and a one-line notice naming the file and why', async () => {
    const path = join(dir, 'gone.xlsx');
    writeFileSync(path, await exported(dataset, 'en'));
    const file = join(dir, 'last-gone.json');
    await (await openReportLibrary(file)).opened(path);
    unlinkSync(path);
    const app = await api(file);
    const data = await app.getDataset();
    expect(data.ok && data.dataset.figures.find((f) => f.id === 'gdp-2025')?.value).toBe(391);
    const state = await app.getReportState();
    expect(state.file).toBeUndefined();
    expect(state.notices).toHaveLength(1);
    expect(state.notices[0]).toMatch(
      /^The last report, gone\.xlsx, did not open again, and the bundled report is shown: gone\.xlsx: cannot read the dataset file \(the file does not exist\)/u,
    );
    expect(state.notices[0]).not.toContain('\n');
    // Next start opens the bundled report; the file stays in Open recent, in case it comes back.
    const library = await openReportLibrary(file);
    expect([library.last(), library.recent()]).toEqual([undefined, [path]]);
  });
});
