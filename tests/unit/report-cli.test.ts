import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runReportCommand } from '../../electron/cli/report-command';
import { t } from '../../electron/common/i18n/messages';
import { nativeChartModels, readBack } from './report-helpers';
import { rawDataset, ROOT } from './helpers';

/** Cover, summary, a sheet per page, all figures, sources and notes. */
const SHEETS = rawDataset().sections.length + 5;

const work = mkdtempSync(join(tmpdir(), 'lvyuan-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

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
    expect(result.out[0]).toMatch(new RegExp(`^report: wrote ${join(work, 'meeting.xlsx')} \\(zh-Hans, ${SHEETS} sheets, ${nativeChartModels('zh-Hans').length} native charts, \\d+ KB\\) in \\d+ ms$`, 'u'));
    const workbook = await readBack(readFileSync(join(work, 'meeting.xlsx')));
    expect(workbook.worksheets[0]?.getCell('A1').value).toBe(t('zh-Hans', 'app.title'));
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
    [['--out', 'x.xlsx', '--colour', 'red'], /^report: Unknown option '--colour'/u],
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
});
