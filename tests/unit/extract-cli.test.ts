import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runExtractCommand } from '../../electron/cli/extract-command';
import { runReportCommand } from '../../electron/cli/report-command';
import { t } from '../../electron/common/i18n/messages';
import { loadDataset } from '../../electron/services/dataset';
import { readBack } from './report-helpers';
import { ROOT } from './helpers';

const work = mkdtempSync(join(tmpdir(), 'lvyuan-extract-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const ARTICLES = join(ROOT, 'tests', 'fixtures', 'articles');

async function extract(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runExtractCommand(argv, { cwd: work, appRoot: ROOT, out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('npm run extract', () => {
  it('writes one figure per line as TSV, value and unit as printed, with its codes and quote', async () => {
    const result = await extract(join(ARTICLES, 'yongtu-q1.txt'), '--date', '2023-04-25');
    expect(result.code).toBe(0);
    expect(result.out[0]).toBe('value\tunit\tqualifier\tstatus\tperiod\tquote');
    expect(result.out[1]).toBe('664.3\t億元\texact\tactual\t2023-Q1\t實現地區生產總值664.3億元');
    expect(result.out).toContain('1\t個百分點\texact\tactual\t2023-Q1\t高于全國1個百分點');
    expect(result.out.every((line) => line.split('\t').length === 6)).toBe(true);
  });

  it('writes a range as low~high', async () => {
    writeFileSync(join(work, 'range.md'), '# 投资\n\n全年计划投资8.5亿元至10亿元。');
    const result = await extract('range.md', '--date', '2025-01-10');
    expect(result.out[1]).toBe('8.5~10\t亿元\trange\ttarget\t2025\t全年计划投资8.5亿元至10亿元');
  });

  it.each([
    ['empty.txt', '', 'extract: empty.txt: it is empty'],
    ['binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'extract: binary.txt: it is not text (it holds NUL bytes: a binary file)'],
    ['big5.txt', Buffer.from([0xa4, 0x40, 0xa4, 0x47]), 'extract: big5.txt: it is not UTF-8 text (byte 0 is not UTF-8; save the article as UTF-8)'],
    ['huge.txt', '增长5%。'.repeat(120_000), 'extract: huge.txt: it is 1.3 MB, more than the 1 MB an article may be'],
  ])('refuses %s in one line, with a non-zero exit', async (name, content, line) => {
    writeFileSync(join(work, name), content);
    const result = await extract(name);
    expect(result).toMatchObject({ code: 1, out: [] });
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toBe(line);
  });

  it.each([
    [[], 'extract: name the article to read'],
    [['a.txt', '--date', '2025-13'], 'extract: --date "2025-13" is not a date as YYYY, YYYY-MM or YYYY-MM-DD'],
    [['a.txt', '--out', 'a.xlsx'], 'extract: --out "a.xlsx" must end in .tsv or .json'],
    [['a.txt', '--lang', 'en'], 'extract: unknown option "--lang"'],
  ])('says what is wrong with the arguments %j and exits 2', async (argv, start) => {
    const result = await extract(...argv);
    expect(result.code).toBe(2);
    expect(result.err[0]?.startsWith(start)).toBe(true);
  });

  it('asks for the date where a report file needs one the article does not print', async () => {
    writeFileSync(join(work, 'nodate.txt'), '全区生产总值增长5%。');
    const result = await extract('nodate.txt', '--out', 'nodate.json');
    expect(result.code).toBe(1);
    expect(result.err).toEqual(['extract: nodate.txt: the article prints no date; give its publication date with --date YYYY[-MM[-DD]]']);
  });
});

describe('article → report file → workbook', () => {
  it('writes a report file that loads, and whose workbook states each figure with its quote', async () => {
    const made = await extract(join(ARTICLES, 'jiading-2024.txt'), '--date', '2025-01-20', '--out', 'jiading.json');
    expect(made.code).toBe(0);
    expect(made.out[0]).toMatch(/^extract: wrote .*jiading\.json \(a report file: \d+ figures, \d+ sections, \d+ charts\)$/u);

    const load = await loadDataset(join(work, 'jiading.json'));
    if (!load.ok) throw new Error(load.message);
    const report = load.dataset;
    expect(made.out[0]).toContain(`(a report file: ${report.figures.length} figures, ${report.sections.length} sections, ${report.charts.length} charts)`);
    expect(report.figures.length).toBeGreaterThanOrEqual(38);
    expect(report.meta.sources[0]).toMatchObject({ script: 'zh-Hans', published: '2025-01-20' });
    // Sections are the article's headings; units are kept in the report file's script.
    expect(report.sections.map((s) => s.title['zh-Hans'])).toContain('工业生产稳健前行,重点企业引领增长');
    const gdp = report.figures.find((f) => f.value === 3029.6);
    expect(gdp).toMatchObject({ unit: '億元', qualifier: 'exact', status: 'actual', period: '2024', source: { quote: '全区实现增加值3029.6亿元' } });
    expect(gdp?.label['zh-Hans']).toBe('全区增加值');
    expect(gdp?.label['zh-Hant']).toBe('全區增加值');
    expect(report.charts.length).toBeGreaterThan(0);

    const report2 = await runReportCommand(['--dataset', join(work, 'jiading.json'), '--out', join(work, 'jiading.xlsx'), '--lang', 'zh-Hans'], {
      cwd: work,
      appRoot: ROOT,
      out: () => undefined,
      err: (line) => {
        throw new Error(line);
      },
    });
    expect(report2).toBe(0);
    const workbook = await readBack(readFileSync(join(work, 'jiading.xlsx')));
    const all = workbook.getWorksheet(t('zh-Hans', 'report.sheet.allFigures'));
    const rows: unknown[][] = [];
    all?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const row = rows.find((r) => r.includes('全区增加值'));
    expect(row?.slice(2, 8)).toEqual(['全区增加值', 3029.6, '亿元', '—', t('zh-Hans', 'status.actual'), '2024年']);
    // The quote, verbatim, is on the Sources sheet.
    const sources: unknown[] = [];
    workbook.getWorksheet(t('zh-Hans', 'report.sheet.sources'))?.eachRow((r) => sources.push(...(r.values as unknown[])));
    expect(sources.some((cell) => typeof cell === 'string' && cell.includes('全区实现增加值3029.6亿元'))).toBe(true);
  });
});

describe('npm run extract on hostile text', () => {
  it('refuses an article with control characters, in one line, and never prints one', async () => {
    writeFileSync(join(work, 'esc.txt'), '增长5%\u001b[2J');
    const result = await extract('esc.txt');
    expect(result).toMatchObject({ code: 1, out: [], err: ['extract: esc.txt: it is not text (it holds control characters)'] });
  });
});
