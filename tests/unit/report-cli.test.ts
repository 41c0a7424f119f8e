import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { runReportCommand } from '../../electron/cli/report-command';
import { t } from '../../electron/common/i18n/messages';
import { nativeChartModels, readBack } from './report-helpers';
import { rawDataset, ROOT } from './helpers';

/** Cover, Summary, a sheet per section, All figures, Sources, Notes, Derived figures and Definitions. */
const SHEETS = rawDataset().sections.length + 7;

// Lets a test make one rename fail, as Windows does when Excel holds the file open.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fsp>();
  return { ...actual, rename: vi.fn(actual.rename) };
});

const work = mkdtempSync(join(tmpdir(), 'lvyuan-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(async () => {
  const actual = await vi.importActual<typeof fsp>('node:fs/promises');
  vi.mocked(fsp.rename).mockReset().mockImplementation(actual.rename);
});

/** A fresh folder in the work folder, with the old workbook and CSV of an earlier run. */
function folderWithOldFiles(name: string): string {
  const folder = join(work, name);
  mkdirSync(folder);
  writeFileSync(join(folder, 'r.xlsx'), 'old workbook');
  writeFileSync(join(folder, 'r.csv'), 'old csv');
  return folder;
}

const contents = (folder: string) => Object.fromEntries(readdirSync(folder).map((name) => [name, readFileSync(join(folder, name), 'utf8')]));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runReportCommand(argv, { cwd: work, appRoot: ROOT, out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('npm run report', () => {
  it('writes the workbook and the CSV, paths relative to where npm was run', async () => {
    const result = await run('--out', 'meeting.xlsx', '--lang', 'zh-Hans', '--csv', 'figures.csv');
    expect(result.code).toBe(0);
    expect(result.err).toEqual([]);
    expect(result.out[0]).toMatch(
      new RegExp(
        `^report: wrote ${join(work, 'meeting.xlsx')} \\(zh-Hans, ${SHEETS} sheets, ${nativeChartModels('zh-Hans').length} native charts, \\d+ KB\\) in \\d+ ms$`,
        'u',
      ),
    );
    const workbook = await readBack(readFileSync(join(work, 'meeting.xlsx')));
    expect(workbook.worksheets).toHaveLength(SHEETS);
    expect(workbook.worksheets[0]?.getCell('A1').value).toBe(t('zh-Hans', 'app.title'));
    expect(workbook.worksheets.at(-1)?.name).toBe(t('zh-Hans', 'report.sheet.definitions'));
    const csv = readFileSync(join(work, 'figures.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('gdp-2025');
  });

  it('writes zh-Hant when no language is given', async () => {
    const result = await run('--out', join(work, 'default.xlsx'));
    expect(result.code).toBe(0);
    expect(result.out[0]).toContain('(zh-Hant,');
  });

  it.each([
    [['--out', 'x.xlsx', '--lang', 'fr'], /^report: unknown language "fr"; use zh-Hant, zh-Hans, en \(usage: /u],
    [[], /^report: --out FILE\.xlsx is required \(usage: /u],
    [['--out', 'x.xlsx', '--colour', 'red'], /^report: unknown option "--colour" \(usage: /u],
    [['--out', 'x.pdf'], /^report: ".*x\.pdf" must end in \.xlsx$/u],
  ])('refuses %j with one line and exit code 2 or 1', async (argv, message) => {
    const result = await run(...argv);
    expect(result.code).toBeGreaterThan(0);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(message);
    expect(result.out).toEqual([]);
  });

  it('names the folder that does not exist, and writes nothing', async () => {
    const result = await run('--out', join(work, 'no-such-folder', 'r.xlsx'));
    expect(result.code).toBe(1);
    expect(result.err).toEqual([`report: Cannot write "r.xlsx": the folder "${join(work, 'no-such-folder')}" does not exist.`]);
  });

  it('names a bad dataset file and the problem in it', async () => {
    const bad = join(work, 'bad.json');
    writeFileSync(bad, '{"schemaVersion": 1, "figures": [');
    const result = await run('--out', 'never.xlsx', '--dataset', bad);
    expect(result.code).toBe(1);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(/^report: .*bad\.json.*JSON/u);
    expect(() => readFileSync(join(work, 'never.xlsx'))).toThrow();
  });

  it('says plainly that a file stands where the folder should be (ENOTDIR), instead of a raw system error', async () => {
    const plain = join(work, 'plain-file');
    writeFileSync(plain, 'not a folder');
    const result = await run('--out', join(plain, 'x.xlsx'));
    expect(result).toEqual({ code: 1, out: [], err: [`report: Cannot write "x.xlsx": "${plain}" is a file, not a folder.`] });
    if (existsSync('/etc/hosts') && statSync('/etc/hosts').isFile()) {
      expect((await run('--out', '/etc/hosts/x.xlsx')).err).toEqual(['report: Cannot write "x.xlsx": "/etc/hosts" is a file, not a folder.']);
    }
  });

  it('writes a workbook under a long name (240 bytes) beside its temporary file', async () => {
    const name = `${'a'.repeat(235)}.xlsx`;
    const result = await run('--out', join(work, name));
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    expect(readFileSync(join(work, name)).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('with --csv, leaves the old workbook as it was when the CSV cannot be written', async () => {
    const folder = folderWithOldFiles('csv-fails');
    const result = await run('--out', join(folder, 'r.xlsx'), '--csv', join(folder, 'missing', 'r.csv'));
    expect(result.code).toBe(1);
    expect(result.err).toEqual([`report: Cannot write "r.csv": the folder "${join(folder, 'missing')}" does not exist.`]);
    expect(contents(folder)).toEqual({ 'r.xlsx': 'old workbook', 'r.csv': 'old csv' });
  });

  it('with --csv, puts the old workbook back when the CSV cannot replace its old file (open in Excel)', async () => {
    const folder = folderWithOldFiles('csv-busy');
    const actual = await vi.importActual<typeof fsp>('node:fs/promises');
    vi.mocked(fsp.rename).mockImplementation((from, to) =>
      String(to).endsWith('.csv') ? Promise.reject(Object.assign(new Error('EBUSY: busy'), { code: 'EBUSY' })) : actual.rename(from, to),
    );
    const result = await run('--out', join(folder, 'r.xlsx'), '--csv', join(folder, 'r.csv'));
    expect(result.code).toBe(1);
    expect(result.err).toEqual(['report: "r.csv" is open in another program (Excel?). Close it and export again; the existing file was not changed.']);
    expect(contents(folder)).toEqual({ 'r.xlsx': 'old workbook', 'r.csv': 'old csv' });
  });

  it.each([
    [
      'a 100 KB language',
      ['--out', 'x.xlsx', '--lang', 'x'.repeat(100_000)],
      /^report: unknown language "x{40}…" \(100000 characters\); use zh-Hant, zh-Hans, en \(usage: /u,
    ],
    ['a 100 KB unknown option', [`--${'c'.repeat(100_000)}`, 'red'], /^report: unknown option "--c{38}…" \(100002 characters\) \(usage: /u],
    ['a 100 KB stray argument', ['--out', 'x.xlsx', 'y'.repeat(100_000)], /^report: unexpected argument "y{40}…" \(100000 characters\) \(usage: /u],
    ['--out without a value', ['--out', '--lang', 'en'], /^report: --out needs a value \(usage: /u],
    ['--help with a value', ['--help=yes'], /^report: --help takes no value \(usage: /u],
    ['a 100 KB --out', ['--out', `${'o'.repeat(100_000)}.pdf`], /^report: ".{20,}…o+\.pdf" must end in \.xlsx$/u],
    [
      'a 100 KB --dataset',
      ['--out', 'x.xlsx', '--dataset', `${'d'.repeat(100_000)}.json`],
      /^report: d+…d+\.json: cannot read the dataset file \(its path is too long\): \/tmp.*…d+\.json$/u,
    ],
  ])('refuses %s in one short line', async (_what, argv, message) => {
    const result = await run(...argv);
    expect(result.code).toBeGreaterThan(0);
    expect(result.out).toEqual([]);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(message);
    expect(result.err[0]!.length).toBeLessThan(400);
  });
});
