import { REPORT_SHEET } from '../../electron/services/workbook/report-sheet';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGS } from '../../electron/common/i18n/languages';
import { REPORTS, readBack, reportFor } from './report-helpers';

/**
 * The workbook opens in the readers people and scripts use besides Excel and LibreOffice (which has its
 * own test): exceljs, openpyxl and Gnumeric. Each reads the charts with its own parser, and a part that
 * Excel takes in its stride can make one of them throw, warn or crash.
 */

/** Is a command on PATH? CI installs Gnumeric and python3-openpyxl; a bare dev machine may not have them. */
function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

/** Debian's python3 with python3-openpyxl, not whatever python3 comes first on PATH (pyenv's has no openpyxl). */
const PYTHON = '/usr/bin/python3';
const openpyxl = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import openpyxl'], { timeout: 30_000 }).status === 0;
const gnumeric = has('ssconvert');

const work = mkdtempSync(join(tmpdir(), 'lvyuan-readers-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
/** Every workbook the tests export: each report (the bundled one and the second) in each language. */
const WORKBOOKS = REPORTS.flatMap(({ name, dataset }) => LANGS.map((lang) => ({ key: `${name}-${lang}`, built: () => reportFor(lang, dataset) })));
const file = (key: string) => join(work, `report-${key}.xlsx`);

beforeAll(async () => {
  for (const { key, built } of WORKBOOKS) writeFileSync(file(key), (await built()).xlsx);
}, 90_000);

/** The last lines of a tool's stderr, for an assertion message. */
function tail(stderr: string, lines = 12): string {
  const all = stderr.split('\n').filter((l) => l.trim() !== '');
  const shown = all.slice(-lines).map((l) => (l.length > 200 ? `${l.slice(0, 197)}…` : l));
  return all.length === 0 ? '(stderr empty)' : `${all.length > lines ? `… ${all.length - lines} earlier lines\n` : ''}${shown.join('\n')}`;
}

function ended(run: SpawnSyncReturns<string>): string {
  if (run.error) return `did not run or timed out (${run.error.message})`;
  return run.signal === null ? `exited with status ${run.status}` : `was killed by signal ${run.signal}`;
}

describe('exceljs', () => {
  it.each(WORKBOOKS)('$key: reads the workbook back with every sheet', async ({ built }) => {
    const report = await built();
    const workbook = await readBack(report.xlsx);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(report.sheets);
  });
});

/**
 * Loads each workbook in openpyxl and prints, per file, the sheet names and the charts openpyxl read on
 * each sheet, or the exception. Any warning counts as a failure: openpyxl reports a chart or a part it
 * could not read with a warning and carries on without it. Exits 1 if any file threw or warned.
 */
const OPENPYXL_SCRIPT = `
import json, sys, warnings
import openpyxl
results = []
for path in sys.argv[1:]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            wb = openpyxl.load_workbook(path)
            result = {'sheets': wb.sheetnames, 'charts': [len(getattr(ws, '_charts', [])) for ws in wb]}
        except Exception as e:
            result = {'error': type(e).__name__ + ': ' + str(e)}
    result['warnings'] = [w.category.__name__ + ': ' + str(w.message) for w in caught]
    results.append(result)
print(json.dumps(results, ensure_ascii=False))
sys.exit(1 if any('error' in r or r['warnings'] for r in results) else 0)
`;

type OpenpyxlResult = { sheets?: string[]; charts?: number[]; error?: string; warnings: string[] };

describe.skipIf(!openpyxl)('openpyxl (Debian python3-openpyxl)', () => {
  let run: SpawnSyncReturns<string>;
  let results: OpenpyxlResult[] = [];

  beforeAll(() => {
    // One python start-up for the three files.
    run = spawnSync(PYTHON, ['-c', OPENPYXL_SCRIPT, ...WORKBOOKS.map(({ key }) => file(key))], { encoding: 'utf8', timeout: 90_000 });
    const stdout = run.stdout.trim();
    results = stdout.startsWith('[') ? (JSON.parse(stdout) as OpenpyxlResult[]) : [];
  }, 90_000);

  it.each(WORKBOOKS)('$key: loads without an exception or a warning, with every sheet and every chart', async ({ key: lang, built }) => {
    const report = await built();
    const result = results[WORKBOOKS.findIndex((w) => w.key === lang)];
    expect(result, `${lang}: openpyxl ${ended(run)} and printed no result:\n${tail(run.stderr)}`).toBeDefined();
    if (!result) return;
    expect(result.error, `${lang}: openpyxl threw`).toBeUndefined();
    expect(result.warnings, `${lang}: openpyxl warned`).toEqual([]);
    // Every sheet, and last the hidden one that carries the report file itself.
    expect(result.sheets).toEqual([...report.sheets, REPORT_SHEET]);
    const charts = result.charts ?? [];
    expect(
      charts.reduce((a, b) => a + b, 0),
      `${lang}: charts openpyxl read, by sheet: ${report.sheets.map((name, i) => `${name} ${charts[i] ?? '?'}`).join(', ')}`,
    ).toBe(report.charts);
  });
});

describe.skipIf(!gnumeric)('Gnumeric (ssconvert)', () => {
  it.each(WORKBOOKS.map(({ key }) => key))('%s: converts to CSV without crashing', { timeout: 60_000 }, (lang) => {
    const csv = join(work, `gnumeric-${lang}.csv`);
    // CSV writes only the first sheet, but ssconvert reads the whole workbook, charts and all, first.
    const run = spawnSync('ssconvert', ['--export-type=Gnumeric_stf:stf_csv', file(lang), csv], { encoding: 'utf8', timeout: 45_000 });
    expect({ status: run.status, signal: run.signal }, `${lang}: ssconvert ${ended(run)}; stderr:\n${tail(run.stderr)}`).toEqual({ status: 0, signal: null });
    expect(existsSync(csv) && statSync(csv).size > 0, `${lang}: ssconvert wrote no CSV`).toBe(true);
  });
});

if (!openpyxl) console.warn(`readers.test.ts: openpyxl part skipped: ${PYTHON} cannot import openpyxl (Debian/Ubuntu: apt-get install python3-openpyxl).`);
if (!gnumeric) console.warn('readers.test.ts: Gnumeric part skipped: ssconvert is not installed (Debian/Ubuntu: apt-get install gnumeric).');
