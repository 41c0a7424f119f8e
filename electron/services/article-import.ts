import type { ArticleResult, ArticleReview, ArticleToExtract, DatasetResult } from '../common/contract';
import type { Dataset } from '../common/dataset';
import { clip, excerpt } from '../common/excerpt';
import { extractArticle, type ArticleExtraction } from '../common/extract';
import { formatOfName } from '../common/extract/article-text';
import { reportFromArticle, suggestMeasures, type ReviewedFigure } from '../common/extract/to-report';
import type { Lang } from '../common/i18n/languages';
import { t } from '../common/i18n/messages';
import { ARTICLE_MAX_BYTES } from '../common/limits';
import { formatSize } from './json-file';

/**
 * File → Import article…'s Node half: an article's text (the renderer read the file, or the analyst
 * pasted it) checked as untrusted input and read for figures; then the analyst's review made a report
 * file. Pure apart from nothing: the Api (api.ts) asks where to save and opens the result.
 */

/** The name a message gives the article: the file's, cut to a line, or "the pasted text". */
function articleName(name: string | undefined, lang: Lang): string {
  if (name === undefined) return t(lang, 'import.pasted');
  const clean = name.replace(/\p{Cc}/gu, '?');
  return clean.length > 80 ? `${clean.slice(0, 79)}…` : clean;
}

/**
 * Why this text is no article, in one line, or undefined when it reads as one: empty, over the cap,
 * or not text at all (a NUL or other control characters, or bytes that were not UTF-8, which the
 * renderer's decoder turned into U+FFFD).
 */
export function articleProblem(article: Pick<ArticleToExtract, 'name' | 'text'>, lang: Lang): string | undefined {
  const name = articleName(article.name, lang);
  const { text } = article;
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > ARTICLE_MAX_BYTES) return `${name}: ${t(lang, 'import.tooBig', { max: formatSize(ARTICLE_MAX_BYTES) })}`;
  if (text.trim() === '') return `${name}: ${t(lang, 'import.empty')}`;
  // Control characters other than tab, line feed, form feed and carriage return: a text file has none.
  const controls = text.match(/[^\P{Cc}\t\n\f\r]/gu)?.length ?? 0;
  const replaced = text.match(/\uFFFD/gu)?.length ?? 0;
  if (controls > 0 || replaced > Math.max(3, text.length / 1000)) return `${name}: ${t(lang, 'import.notText')}`;
  return undefined;
}

/** Reads an article for review: the extraction and a measure suggested per figure, or one line saying why not. */
export function readArticle(article: ArticleToExtract, lang: Lang): ArticleResult {
  const problem = articleProblem(article, lang);
  if (problem !== undefined) return { ok: false, message: problem };
  try {
    const extraction = extractArticle({
      raw: article.text,
      format: article.name === undefined ? 'txt' : formatOfName(article.name),
      ...(article.date === undefined ? {} : { date: article.date }),
    });
    return { ok: true, extraction, measures: suggestMeasures(extraction.figures) };
  } catch (error) {
    // A rule that fails on some text leaves the screen as it was and says so in one line.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      message: `${articleName(article.name, lang)}: ${t(lang, 'import.notMade', { reason: excerpt(reason.replace(/\p{Cc}+/gu, ' '), 80) })}`,
    };
  }
}

/** The review paired with the article's proposals again: the figures as reportFromArticle takes them, or one line saying which is wrong. */
function reviewedFigures(review: ArticleReview, extraction: ArticleExtraction, lang: Lang): ReviewedFigure[] | string {
  const sections = new Set(review.sections.map((section) => section.id));
  const seen = new Set<number>();
  const figures: ReviewedFigure[] = [];
  for (const figure of review.figures) {
    const proposed = extraction.figures[figure.index];
    // The number the review's # column shows for the figure, not its place among the kept ones.
    const at = { row: figure.index + 1, label: excerpt(figure.label, 40) };
    if (proposed === undefined || seen.has(figure.index)) return t(lang, 'import.badFigure', at);
    seen.add(figure.index);
    if (!sections.has(figure.section)) return t(lang, 'import.noSection', at);
    if (figure.period.trim() === '') return t(lang, 'import.noPeriod', at);
    figures.push({
      proposed,
      value: figure.value,
      upper: figure.upper,
      unit: figure.unit,
      qualifier: figure.qualifier,
      status: figure.status,
      period: figure.period.trim(),
      label: figure.label,
      measure: figure.measure,
      section: figure.section,
    });
  }
  if (figures.length === 0) return t(lang, 'import.noFigures');
  return figures;
}

/** Duplicate section ids would make two pages of one address. */
function sectionProblem(review: ArticleReview, lang: Lang): string | undefined {
  const ids = review.sections.map((section) => section.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  return twice === undefined ? undefined : t(lang, 'import.duplicateSection', { id: twice });
}

/**
 * The report a review makes: the article read again with the review's date (so that every quote and
 * offset is the article's, whatever the renderer sent), the kept figures, the charts the grammar
 * proposes. A failure is one line.
 */
export function articleReport(review: ArticleReview, lang: Lang): DatasetResult {
  const read = readArticle(review.article, lang);
  if (!read.ok) return read;
  const problem = sectionProblem(review, lang);
  if (problem !== undefined) return { ok: false, message: problem };
  const figures = reviewedFigures(review, read.extraction, lang);
  if (typeof figures === 'string') return { ok: false, message: figures };
  const { title, outlet, url } = review.source;
  try {
    const dataset: Dataset = reportFromArticle({
      extraction: read.extraction,
      source: { title: title.trim(), outlet: blankless(outlet), url: blankless(url), date: review.article.date },
      sections: review.sections,
      figures,
    });
    return { ok: true, dataset };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, message: t(lang, 'import.notMade', { reason: clip(message.split('\n')[0] ?? '', 200) }) };
  }
}

function blankless(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** The name the save dialog offers: the source's title as a file name (no folder, no character a file system refuses), .json. */
export function articleReportName(title: string, date: string): string {
  const stem = title
    .replace(/[\p{Cc}<>:"/\\|?*]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^\.+/u, '');
  // Cut by characters (code points), never inside a surrogate pair.
  const short = Array.from(stem).slice(0, 60).join('').trim();
  return `${short === '' ? 'report' : short}-${date}.json`;
}
