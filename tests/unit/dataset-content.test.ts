import { describe, expect, it } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { LANGS } from '../../electron/common/i18n/languages';
import { primarySource } from '../../electron/common/sources';
import { loadDataset } from '../../electron/services/dataset';
import { localizedTexts, toMainland } from '../../scripts/zh-hans.mjs';
import { ARTICLE_PATH, DATASET_PATH, ROOT, articleText, rawDataset } from './helpers';

/**
 * The article's text as quotes are compared with it: without its line breaks, since a quote may
 * run across one (科技成果 | 轉化94項 are split by a paragraph break in the article).
 */
function articleRunning(): string {
  return articleText().replace(/\r?\n/gu, '');
}

describe('the bundled dataset', () => {
  it('loads and validates', async () => {
    const load = await loadDataset(DATASET_PATH);
    expect(load.ok ? '' : load.message).toBe('');
    expect(load.ok && load.dataset.figures.length).toBeGreaterThanOrEqual(60);
  });

  it('ships the article it cites, identical to the seed where the seed is present', () => {
    const seed = join(ROOT, '..', 'shared', 'seed', '000_a573fb9ec5476cff.txt');
    if (existsSync(seed)) expect(readFileSync(ARTICLE_PATH, 'utf8')).toBe(readFileSync(seed, 'utf8'));
    const source = primarySource(rawDataset());
    expect(source.file).toBe(basename(ARTICLE_PATH));
    expect(source.file).toBe('article-a573fb9ec5476cff.txt');
  });

  it('quotes the article verbatim for every figure and every enterprise', () => {
    const article = articleRunning();
    const data = rawDataset();
    const notFound = [
      ...data.figures.filter((f) => !article.includes(f.source.quote!)).map((f) => `figure ${f.id}: ${f.source.quote!}`),
      ...data.enterprises.filter((e) => !article.includes(e.mention)).map((e) => `enterprise ${e.id}: ${e.mention}`),
    ];
    expect(notFound).toEqual([]);
    // A quote never carries the article's line break, and the one across a break is whole.
    expect(data.figures.filter((f) => f.source.quote!.includes('\n')).map((f) => f.id)).toEqual([]);
    expect(data.figures.find((f) => f.id === 'tech-achievements-transferred')?.source.quote).toBe('科技成果轉化94項');
    expect(articleText()).not.toContain('科技成果轉化94項');
  });

  it('turns every number printed in the article into a figure, or says why not', () => {
    const article = articleRunning();
    const figures = rawDataset().figures;
    // Numbers that are not statistics: years, the name of a list (50強) and of two policy formulas.
    const notFigures = [/^\d{4}年/u, /^50強/u, /^[1-9]\+[1-9]\+[1-9]/u];
    const uncovered: string[] = [];
    for (const match of article.matchAll(/\d+(?:\.\d+)?/gu)) {
      const at = match.index;
      const rest = article.slice(at);
      const before = article.slice(Math.max(0, at - 4), at);
      if (notFigures.some((re) => re.test(rest)) || /\d\+$/u.test(before)) continue;
      const covered = figures.some((figure) => {
        if (figure.value !== Number(match[0])) return false;
        for (let start = article.indexOf(figure.source.quote!); start !== -1; start = article.indexOf(figure.source.quote!, start + 1)) {
          if (start <= at && at < start + figure.source.quote!.length) return true;
        }
        return false;
      });
      if (!covered) uncovered.push(`${match[0]} in “${article.slice(Math.max(0, at - 12), at + 12).replaceAll('\n', ' ')}”`);
    }
    expect(uncovered).toEqual([]);
  });

  it('keeps the qualifier and status words of each quote', () => {
    const wrong: string[] = [];
    for (const f of rawDataset().figures) {
      const q = f.source.quote!;
      const expectedQualifier = /超\d|超百|突破/u.test(q)
        ? 'over'
        : /以上|至少/u.test(q)
          ? 'at_least'
          : /\d餘|\d+餘/u.test(q)
            ? 'plus'
            : /[\d百][億萬噸元]{0,3}級/u.test(q)
              ? 'level'
              : /約/u.test(q)
                ? 'approx'
                : 'exact';
      if (f.qualifier !== expectedQualifier) wrong.push(`${f.id}: ${f.qualifier}, quote says ${expectedQualifier}`);
      if (q.includes('預計') && f.status !== 'expected') wrong.push(`${f.id}: 預計 but status ${f.status}`);
      if (f.period === '2026' && f.status !== 'target') wrong.push(`${f.id}: a 2026 figure must be a target`);
    }
    expect(wrong).toEqual([]);
  });

  it('gives every text in all three languages, zh-Hans the mainland conversion of zh-Hant (scripts/zh-hans.mjs, npm run i18n)', () => {
    const texts = localizedTexts(rawDataset());
    expect(texts.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const { path, text } of texts) {
      for (const lang of LANGS) if (!text[lang]?.trim()) problems.push(`${path}: missing ${lang}`);
      const mainland = toMainland(text['zh-Hant'] ?? '');
      if (text['zh-Hans'] !== mainland) problems.push(`${path}: zh-Hans "${text['zh-Hans']}" is not the converter's "${mainland}"`);
    }
    expect(problems).toEqual([]);
  });

  it('links the named enterprises and the 2+2+2 pattern to the data', () => {
    const data = rawDataset();
    const names = data.enterprises.map((e) => e.label['zh-Hant']);
    for (const name of ['中車長客', '皓月集團', '研奧電器', '中鼎儲能', '長春綜旭華友']) expect(names.join('|')).toContain(name);
    expect(data.enterprises.find((e) => e.label['zh-Hant'].includes('中研'))?.figures).toContain('peek-output-growth');
    const pattern = data.charts.find((c) => c.id === 'industry-pattern');
    if (pattern?.kind !== 'text') throw new Error('the report has no 2+2+2 text chart');
    expect(pattern.blocks.map((b) => b.heading['zh-Hant'])).toEqual(['做強兩車', '做大兩新', '布局兩空']);
    // Each group names two of the report's industries, by their labels.
    const industry = (label: string) => data.industries.find((i) => i.label['zh-Hant'] === label)?.id;
    expect(pattern.blocks.map((b) => (b.items ?? []).map((item) => industry(item['zh-Hant'])))).toEqual([
      ['rail-transit', 'auto-parts'],
      ['new-energy', 'new-materials'],
      ['low-altitude', 'aviation'],
    ]);
    expect(primarySource(data).author?.['zh-Hant']).toBe('冀文嫻');
    expect(data.meta.area['zh-Hant']).toBe('長春市綠園區');
  });

  it('records the headline figures as the article prints them', () => {
    const byId = new Map(rawDataset().figures.map((f) => [f.id, f]));
    const pick = (id: string) => {
      const f = byId.get(id);
      return f && { value: f.value, unit: f.unit, qualifier: f.qualifier, status: f.status, period: f.period };
    };
    expect(pick('gdp-2025')).toEqual({ value: 391, unit: '億元', qualifier: 'exact', status: 'actual', period: '2025' });
    expect(pick('gdp-growth-avg')).toEqual({ value: 7, unit: '%', qualifier: 'over', status: 'actual', period: '2021/2025' });
    expect(pick('beef-processing-output')).toMatchObject({ value: 100, unit: '億元', qualifier: 'over' });
    expect(pick('auto-parts-output-2025')).toMatchObject({ value: 55, status: 'expected' });
    expect(pick('new-national-hte-2026')).toEqual({ value: 30, unit: '戶', qualifier: 'at_least', status: 'target', period: '2026' });
    expect(pick('policy-funds-disbursed')).toMatchObject({ value: 420, unit: '萬元', period: '2025-H1' });
    expect(pick('tech-achievements-transferred')).toMatchObject({ value: 94, period: '2021/2025' });
  });

  it('says where the article does not state whether a five-year figure is a total or one year’s', () => {
    const data = rawDataset();
    const unstated = data.figures.filter((f) => f.basis === 'unstated').map((f) => f.id);
    expect(unstated).toContain('tech-achievements-transferred');
    expect(unstated).toContain('tech-contract-turnover');
    for (const f of data.figures.filter((x) => x.basis !== undefined)) expect(['total', 'annual', 'unstated'], f.id).toContain(f.basis);
  });
});
