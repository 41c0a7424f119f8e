import * as OpenCC from 'opencc-js/cn2t';
import { withProposedCharts } from '../charts/propose';
import { datasetSchema, REPORT_SCHEMA_VERSION, type Dataset } from '../dataset';
import { LANGS, type Lang, type Localized } from '../i18n/languages';
import { unitInScript, unitParts } from '../unit-words';
import type { ArticleExtraction, ExtractedFigure, ExtractQualifier, ExtractStatus } from './index';
import { simplifiedCopy } from './script';

/**
 * The analyst's decisions on the proposed figures, made a report file (the reports-as-data format):
 * the kept figures, the article as the source (its text included), labels from the clauses, and the
 * charts the grammar proposes. A value the analyst changed is a revision of the one the article
 * printed, which its quote still states.
 */
export type ReviewedFigure = {
  /** The proposal, with its quote and offsets. */
  proposed: ExtractedFigure;
  /** What the analyst kept: the proposal's values where unchanged. */
  value: number;
  upper?: number | undefined;
  unit: string;
  qualifier: ExtractQualifier;
  status: ExtractStatus;
  period: string;
  label: string;
  /** A measure id (kebab-case): figures of one measure share a value axis. */
  measure: string;
  /** The section id it goes in (one of `sections`). */
  section: string;
};

export type ArticleSource = { title: string; outlet?: string | undefined; url?: string | undefined; date: string; area?: string | undefined };

export type ArticleReportInput = {
  extraction: ArticleExtraction;
  source: ArticleSource;
  sections: ReadonlyArray<{ id: string; title: string }>;
  figures: readonly ReviewedFigure[];
  /** When the review ended: the time a changed value's revision records. */
  now?: Date;
};

const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });

/**
 * Words in every language of the report. Chinese in each script; English, which no offline tool can
 * translate, starts as the article's words for the analyst to replace in the workbook.
 */
function everyLanguage(text: string): Localized {
  const hans = simplifiedCopy(text);
  const hant = toHant(text);
  return Object.fromEntries(LANGS.map((lang: Lang) => [lang, lang === 'zh-Hans' ? hans : hant])) as Localized;
}

export class ArticleReportError extends Error {}

export function reportFromArticle(input: ArticleReportInput): Dataset {
  const { extraction, source, sections } = input;
  const now = (input.now ?? new Date()).toISOString();
  const used = new Set(input.figures.map((f) => f.section));
  const figures = input.figures.map((f, index) => {
    const changed = f.value !== f.proposed.value;
    return {
      id: `${f.measure}-${index + 1}`.slice(0, 60).replace(/-+$/u, ''),
      section: f.section,
      label: everyLanguage(f.label),
      measure: f.measure,
      value: f.value,
      ...(f.qualifier === 'range' && f.upper !== undefined ? { upper: f.upper } : {}),
      unit: unitInScript(f.unit, 'zh-Hant'),
      qualifier: f.qualifier,
      status: f.status,
      period: f.period,
      source: { id: 'article', quote: f.proposed.quote.text },
      ...(changed ? { revision: { previous: f.proposed.value, read: now, file: source.title } } : {}),
    };
  });
  const raw = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    version: source.date,
    meta: {
      title: everyLanguage(source.title),
      area: everyLanguage(source.area ?? source.outlet ?? source.title),
      languages: [...LANGS],
      sources: [
        {
          id: 'article',
          title: everyLanguage(source.title),
          ...(source.outlet ? { outlet: everyLanguage(source.outlet) } : {}),
          published: source.date,
          ...(source.url ? { url: source.url } : {}),
          script: extraction.script,
          text: extraction.text,
        },
      ],
    },
    sections: sections.filter((s) => used.has(s.id)).map((s) => ({ id: s.id, title: everyLanguage(s.title) })),
    figures,
    charts: [],
    kiosk: {},
  };
  const result = datasetSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.join('.') ?? '';
    const figureAt = issue?.path[0] === 'figures' && typeof issue.path[1] === 'number' ? input.figures[issue.path[1]] : undefined;
    throw new ArticleReportError(`${figureAt ? `«${figureAt.proposed.quote.text}»: ` : ''}${where}: ${issue?.message ?? 'not a report'}`);
  }
  return withProposedCharts(result.data);
}

// ───────────────────────────── measures ─────────────────────────────

const CHANGE = /增长|增速|增幅|下降|上升|提高|提升|回落|减少|增加|减|增|拉动|快于|慢于|高于|低于/u;
const SHARE = /占|比重|比例|份额|结构/u;

/** What kind of quantity a unit measures: a share, a change in points, money, a count of one thing, or its own. */
function unitKind(unit: string): string {
  const parts = unitParts(unit);
  const base = parts?.base[0] ?? unit;
  if (base === '%' || base === '‰' || base === '成') return 'pct';
  if (base === '个百分点' || base === '百分点') return 'pp';
  if (base.endsWith('元')) return 'money';
  if (base === '倍') return 'times';
  return base;
}

/** A grouping key from the label's wording: the head noun (the end of a Chinese noun phrase), or the kind of change or share. */
function wordingKey(figure: ExtractedFigure): string {
  const label = simplifiedCopy(figure.label).replace(/[\s\d.%（）()“”「」、，,]/gu, '');
  const kind = unitKind(figure.unit);
  if (kind === 'pct' || kind === 'pp') {
    if (SHARE.test(label)) return `${kind}:share:${/占(.{1,6}?)(?:的)?(?:比重|比例|份额)?$/u.exec(label)?.[1] ?? ''}`;
    if (CHANGE.test(label)) return `${kind}:change`;
    const rate = /(..)率$/u.exec(label);
    return `${kind}:${rate?.[0] ?? label.slice(-3)}`;
  }
  // Counts and amounts share an axis only in one unit (億元 and 萬元 are two scales).
  const head = label.replace(CHANGE, '').slice(-3);
  return `${kind}:${unitInScript(figure.unit, 'zh-Hant')}:${head}`;
}

const KIND_NAMES: Readonly<Record<string, string>> = { pct: 'percent', pp: 'points', money: 'money', times: 'times' };

/**
 * A measure id for each proposed figure: figures worded alike (the same head noun, the same kind of
 * unit) share one, so that they share an axis; the id names the kind (growth-1, money-2, count-3).
 */
export function suggestMeasures(figures: readonly ExtractedFigure[]): string[] {
  const ids = new Map<string, string>();
  const perKind = new Map<string, number>();
  return figures.map((figure) => {
    const key = wordingKey(figure);
    let id = ids.get(key);
    if (id === undefined) {
      const kind = unitKind(figure.unit);
      const name = key.includes(':change') ? 'growth' : key.includes(':share:') ? 'share' : (KIND_NAMES[kind] ?? 'count');
      const n = (perKind.get(name) ?? 0) + 1;
      perKind.set(name, n);
      id = `${name}-${n}`;
      ids.set(key, id);
    }
    return id;
  });
}
