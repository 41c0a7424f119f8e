import { describe, expect, it } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS } from '../../electron/common/i18n/languages';
import { loadDataset } from '../../electron/services/dataset';
import { localizedTexts, toMainland } from '../../scripts/zh-hans.mjs';
import { ARTICLE_PATH, DATASET_PATH, ROOT, articleText, rawDataset } from './helpers';

describe('the bundled dataset', () => {
  it('loads and validates', async () => {
    const load = await loadDataset(DATASET_PATH);
    expect(load.ok ? '' : load.message).toBe('');
    expect(load.ok && load.dataset.figures.length).toBeGreaterThanOrEqual(60);
  });

  it('ships the article it cites, identical to the seed where the seed is present', () => {
    const seed = join(ROOT, '..', 'shared', 'seed', '000_a573fb9ec5476cff.txt');
    if (existsSync(seed)) expect(readFileSync(ARTICLE_PATH, 'utf8')).toBe(readFileSync(seed, 'utf8'));
    expect(rawDataset().source.file).toBe('000_a573fb9ec5476cff.txt');
  });

  it('quotes the article verbatim for every figure and every enterprise', () => {
    const article = articleText();
    const data = rawDataset();
    const notFound = [
      ...data.figures.filter((f) => !article.includes(f.source.quote)).map((f) => `figure ${f.id}: ${f.source.quote}`),
      ...data.enterprises.filter((e) => !article.includes(e.mention)).map((e) => `enterprise ${e.id}: ${e.mention}`),
    ];
    expect(notFound).toEqual([]);
  });

  it('turns every number printed in the article into a figure, or says why not', () => {
    const article = articleText();
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
        for (let start = article.indexOf(figure.source.quote); start !== -1; start = article.indexOf(figure.source.quote, start + 1)) {
          if (start <= at && at < start + figure.source.quote.length) return true;
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
      const q = f.source.quote;
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
    expect(data.pattern.groups.map((g) => g.label['zh-Hant'])).toEqual(['做强兩車', '做大兩新', '布局兩空']);
    expect(data.source.author['zh-Hant']).toBe('冀文嫻');
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
  });
});
