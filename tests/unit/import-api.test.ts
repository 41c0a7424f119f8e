import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callApi, type ArticleReview } from '../../electron/common/contract';
import { ARTICLE_MAX_BYTES } from '../../electron/common/limits';
import { createApi } from '../../electron/services/api';
import { articleReportName } from '../../electron/services/article-import';
import { fakeHost, fakeKioskHost, fakePrinter } from './fake-host';
import { DATASET_PATH, ROOT } from './helpers';

/**
 * File → Import article… through the Api: the article's text is untrusted input, refused in one
 * line when it is empty, binary or too big; a good one comes back with its proposed figures and a
 * measure for each; a review becomes a report file, saved where the dialog says and opened.
 */
const YONGTU = readFileSync(join(ROOT, 'tests', 'fixtures', 'articles', 'yongtu-q1.txt'), 'utf8');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lvyuan-import-api-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function apiSavingAs(name: string | undefined) {
  const host = fakeHost((offered) => (name === undefined ? undefined : join(dir, name === '' ? offered : name)));
  return { host, api: createApi({ datasetPath: DATASET_PATH, host, kiosk: fakeKioskHost(), print: fakePrinter() }) };
}

function oneLine(result: { ok: boolean; message?: string }): string {
  expect(result.ok).toBe(false);
  const message = result.message ?? '';
  expect(message).not.toContain('\n');
  expect(message.length).toBeLessThanOrEqual(300);
  return message;
}

describe('extractArticle', () => {
  const { api } = apiSavingAs(undefined);

  it('reads an article: its text, script, figures with offsets into the text, and a measure for each', async () => {
    const result = await callApi(api, 'extractArticle', [{ name: 'yongtu-q1.txt', text: YONGTU, date: '2023' }, 'en']);
    if (!result.ok) throw new Error(result.message);
    const { extraction, measures } = result;
    expect(extraction.script).toBe('zh-Hant');
    expect(extraction.date).toBe('2023');
    expect(extraction.figures.length).toBeGreaterThan(10);
    expect(measures).toHaveLength(extraction.figures.length);
    for (const figure of extraction.figures) expect(extraction.text.slice(figure.quote.start, figure.quote.end)).toBe(figure.quote.text);
    expect(extraction.figures[0]).toMatchObject({ value: 664.3, unit: '億元', period: '2023-Q1' });
  });

  it('reads pasted text (no name) as plain text, and an .html file as HTML', async () => {
    const pasted = await callApi(api, 'extractArticle', [{ text: '全年地區生產總值391億元。' }, 'en']);
    expect(pasted).toMatchObject({ ok: true });
    const html = await callApi(api, 'extractArticle', [{ name: 'a.html', text: '<p>全年地區生產總值<b>391</b>億元。</p>' }, 'en']);
    if (!html.ok) throw new Error(html.message);
    expect(html.extraction.text).not.toContain('<');
  });

  it.each([
    ['empty', '', 'a.txt: empty (there is no text to read)'],
    ['only spaces', ' \n\t ', 'a.txt: empty (there is no text to read)'],
    ['binary (a NUL)', 'PK\u0003\u0004\u0000\u0000abc', 'a.txt: not text: it holds binary data or is not UTF-8; save it as UTF-8 text (.txt) and try again'],
    [
      'not UTF-8 (decoded to U+FFFD)',
      '\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD 391',
      'a.txt: not text: it holds binary data or is not UTF-8; save it as UTF-8 text (.txt) and try again',
    ],
  ])('refuses %s text in one line', async (_what, text, message) => {
    expect(oneLine(await callApi(api, 'extractArticle', [{ name: 'a.txt', text }, 'en']))).toBe(message);
  });

  it('refuses an article over 1 MB of UTF-8 in one line, in the language asked for', async () => {
    // 350,000 CJK characters are 1,050,000 bytes: over the cap, though fewer characters than bytes.
    const text = '綠'.repeat(Math.ceil(ARTICLE_MAX_BYTES / 3) + 10);
    expect(oneLine(await callApi(api, 'extractArticle', [{ name: 'big.txt', text }, 'en']))).toBe('big.txt: over the 1 MB limit for an article');
    expect(oneLine(await callApi(api, 'extractArticle', [{ text }, 'zh-Hant']))).toBe('貼上的內容: 超過文章上限 1 MB');
  });

  it('names a pasted article, and cuts a long file name, in its messages', async () => {
    expect(oneLine(await callApi(api, 'extractArticle', [{ text: '' }, 'en']))).toBe('The pasted text: empty (there is no text to read)');
    const message = oneLine(await callApi(api, 'extractArticle', [{ name: `${'x'.repeat(200)}\n.txt`, text: '' }, 'en']));
    expect(message).toMatch(/^x{79}…: empty/u);
  });

  it('refuses malformed arguments before reading: a date that is not one, unknown keys, a text past the schema', async () => {
    await expect(callApi(api, 'extractArticle', [{ text: 'a', date: '2023-13' }, 'en'])).rejects.toThrow(
      /^Invalid arguments for extractArticle: must be a date/u,
    );
    await expect(callApi(api, 'extractArticle', [{ text: 'a', date: '2023-02-29' }, 'en'])).rejects.toThrow(
      /^Invalid arguments for extractArticle: no such day/u,
    );
    await expect(callApi(api, 'extractArticle', [{ text: 'a', path: '/etc/passwd' }, 'en'])).rejects.toThrow(/unknown key/u);
    await expect(callApi(api, 'extractArticle', [{ text: 'x'.repeat(4 * ARTICLE_MAX_BYTES + 1) }, 'en'])).rejects.toThrow(
      /^Invalid arguments for extractArticle: /u,
    );
  });
});

/** A review of the Yongtu article: every figure kept in one section, the first relabelled. */
async function yongtuReview(api: ReturnType<typeof apiSavingAs>['api']): Promise<ArticleReview> {
  const read = await api.extractArticle({ name: 'yongtu-q1.txt', text: YONGTU, date: '2023' }, 'en');
  if (!read.ok) throw new Error(read.message);
  return {
    article: { name: 'yongtu-q1.txt', text: YONGTU, date: '2023' },
    source: { title: '一季度經濟運行', outlet: '統計數據', url: 'http://www.yongtulingjun.cn/post_10688817.html' },
    sections: [{ id: 'economy', title: '經濟運行' }],
    figures: read.extraction.figures.map((figure, index) => ({
      index,
      value: figure.value,
      ...(figure.upper === undefined ? {} : { upper: figure.upper }),
      unit: figure.unit,
      qualifier: figure.qualifier,
      status: figure.status,
      period: figure.period ?? '2023-Q1',
      label: index === 0 ? '地區生產總值' : figure.label,
      measure: read.measures[index] ?? `measure-${index + 1}`,
      section: 'economy',
    })),
  };
}

describe('previewArticleReport and saveArticleReport', () => {
  it('says in one line which row is wrong: a figure that was not proposed, a section not listed, no period, nothing kept', async () => {
    const { api } = apiSavingAs('');
    const review = await yongtuReview(api);
    const first = review.figures[0]!;
    const cases: [ArticleReview, RegExp][] = [
      // Rows are named by the number the review's # column shows.
      [{ ...review, figures: [{ ...first, index: 999 }] }, /^Row 1000 \("地區生產總值"\) is not one of the proposed figures$/u],
      [{ ...review, figures: [first, first] }, /^Row 1 .* is not one of the proposed figures$/u],
      [{ ...review, figures: [{ ...first, section: 'elsewhere' }] }, /^Row 1 .* names a section that is not in the list$/u],
      [{ ...review, figures: [{ ...first, period: ' ' }] }, /^Row 1 .* has no period/u],
      [{ ...review, figures: [] }, /^No figure is kept/u],
      [{ ...review, sections: [...review.sections, ...review.sections] }, /^Two sections have the id "economy"$/u],
      [{ ...review, article: { ...review.article, text: '\u0000' } }, /^yongtu-q1\.txt: not text/u],
    ];
    for (const [bad, message] of cases) {
      expect(oneLine(await callApi(api, 'previewArticleReport', [bad, 'en']))).toMatch(message);
      expect(oneLine(await callApi(api, 'saveArticleReport', [bad, 'en']))).toMatch(message);
    }
    // Nothing asked, nothing written.
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a source address that is not http(s), before anything runs', async () => {
    const { api } = apiSavingAs('');
    const review = await yongtuReview(api);
    await expect(callApi(api, 'saveArticleReport', [{ ...review, source: { ...review.source, url: 'javascript:alert(1)' } }, 'en'])).rejects.toThrow(
      /^Invalid arguments for saveArticleReport: must be an http\(s\) address/u,
    );
  });

  it('offers the title as the file name, without a character a file system refuses', () => {
    expect(articleReportName('一季度: 經濟/運行?', '2023')).toBe('一季度 經濟 運行-2023.json');
    expect(articleReportName('..', '2023-04')).toBe('report-2023-04.json');
  });

  it('previews the report: the kept figures and the charts the grammar proposes', async () => {
    const { api } = apiSavingAs('');
    const review = await yongtuReview(api);
    const result = await callApi(api, 'previewArticleReport', [review, 'en']);
    if (!result.ok) throw new Error(result.message);
    expect(result.dataset.figures).toHaveLength(review.figures.length);
    expect(result.dataset.sections.map((s) => s.id)).toEqual(['economy']);
    expect(result.dataset.charts.length).toBeGreaterThan(0);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('saves the report where the dialog says, as a report file, and opens it: the Api now serves it', async () => {
    const { api, host } = apiSavingAs('');
    const review = await yongtuReview(api);
    const result = await callApi(api, 'saveArticleReport', [review, 'zh-Hant']);
    expect(host.chooseSavePath).toHaveBeenCalledWith('一季度經濟運行-2023.json', 'zh-Hant', 'json');
    expect(result).toMatchObject({ ok: true, file: '一季度經濟運行-2023.json' });
    const saved = JSON.parse(readFileSync(join(dir, '一季度經濟運行-2023.json'), 'utf8')) as { figures: unknown[] };
    expect(saved.figures).toHaveLength(review.figures.length);
    const shown = await api.getDataset();
    if (!shown.ok) throw new Error(shown.message);
    expect(shown.dataset.sections.map((s) => s.id)).toEqual(['economy']);
    expect((await api.getReportState()).file).toBe('一季度經濟運行-2023.json');
  });

  it('a cancelled dialog writes nothing; a failed write leaves the old file as it was', async () => {
    const cancelled = apiSavingAs(undefined);
    expect(await cancelled.api.saveArticleReport(await yongtuReview(cancelled.api), 'en')).toEqual({ ok: false, cancelled: true });
    expect(readdirSync(dir)).toEqual([]);

    // The target's folder is a file: the write fails, and says so in one line.
    writeFileSync(join(dir, 'in-the-way'), 'old');
    const blocked = apiSavingAs('in-the-way/report.json');
    const result = await blocked.api.saveArticleReport(await yongtuReview(blocked.api), 'en');
    oneLine(result);
    expect(readFileSync(join(dir, 'in-the-way'), 'utf8')).toBe('old');
  });
});
