import { mkdtempSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../electron/services/api';
import { watchReport } from '../../electron/services/report-watch';
import { edited, exported } from '../fixtures/workbooks';
import { fakeHost, fakePrinter } from './fake-host';
import { DATASET_PATH } from './helpers';
import { loadedReport } from './report-helpers';

/**
 * A kiosk following a report file on a shared drive: an atomic replace and Excel's save (a
 * temporary file renamed over the old one) are read once the file stands still; a broken or
 * half-written file keeps the last good report, with a notice naming why; the next good save
 * clears it. check() is the poll's step, called here instead of waiting on the timer.
 */

const dir = mkdtempSync(join(tmpdir(), 'lvyuan-watch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const dataset = loadedReport();
let good: Buffer;
let better: Buffer;
beforeAll(async () => {
  good = await exported(dataset, 'en');
  better = await edited(good, { 'gdp-2025': 402 });
});

/** Writes bytes beside the target, then renames them over it: an atomic replace. */
function replace(target: string, bytes: Buffer | string): void {
  const temp = `${target}.tmp`;
  writeFileSync(temp, bytes);
  renameSync(temp, target);
}

const gdp = (d: typeof dataset | undefined) => d?.figures.find((f) => f.id === 'gdp-2025')?.value;

describe('a report file a kiosk follows', () => {
  it('reads an atomic replace once the file stands still, keeps the last good report through a broken save, and clears the notice on the next good one', async () => {
    const path = join(dir, 'shared.xlsx');
    writeFileSync(path, good);
    const watch = watchReport(path, { intervalMs: 60_000, messages: 'en' });
    await watch.ready;
    expect([watch.current().revision, gdp(watch.current().dataset), watch.current().notice]).toEqual([1, 391, undefined]);

    replace(path, better);
    // First poll: a change, not yet read (it may still be being written); second poll: read.
    await watch.check();
    expect(watch.current().revision).toBe(1);
    await watch.check();
    expect([watch.current().revision, gdp(watch.current().dataset)]).toEqual([2, 402]);

    // Half-written: the last good report stays, and the operator is told why.
    replace(path, good.subarray(0, 2000));
    await watch.check();
    await watch.check();
    expect([watch.current().revision, gdp(watch.current().dataset)]).toEqual([2, 402]);
    expect(watch.current().notice).toMatch(/^The report on screen is the last good one: shared\.xlsx: /u);

    // Excel's save: the new file written under a temporary name, the old one renamed away, the new one renamed in, the old one deleted.
    const temp = join(dir, '~$shared.tmp');
    writeFileSync(temp, good);
    renameSync(path, join(dir, 'shared.bak'));
    renameSync(temp, path);
    unlinkSync(join(dir, 'shared.bak'));
    await watch.check();
    await watch.check();
    expect([watch.current().revision, gdp(watch.current().dataset), watch.current().notice]).toEqual([3, 391, undefined]);
    watch.stop();
  });

  it('is the report the Api serves when kiosk.json names it, with its revision in the report state', async () => {
    const report = join(dir, 'lobby.xlsx');
    writeFileSync(report, better);
    const settings = join(dir, 'kiosk.json');
    writeFileSync(settings, JSON.stringify({ dataset: 'lobby.xlsx', intervalSeconds: 10 }));
    const api = createApi({
      datasetPath: DATASET_PATH,
      host: fakeHost(),
      kiosk: { settingsPath: settings, overrides: {}, leave: () => Promise.resolve() },
      print: fakePrinter(),
      messages: 'en',
    });
    const data = await api.getDataset();
    expect(data.ok && gdp(data.dataset)).toBe(402);
    expect(await api.getReportState()).toMatchObject({ file: 'lobby.xlsx', revision: 1, notices: [] });
    // The renderer is told the settings, never the path.
    const shown = await api.getKioskSettings();
    expect(shown.ok && Object.keys(shown.settings)).not.toContain('dataset');
  });
});
