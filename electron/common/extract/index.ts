import { articleText, type ArticleFormat } from './article-text';
import { datelineOf } from './dateline';
import { extractFigures, type ExtractedFigure } from './figures';
import type { Script } from './script';

/**
 * From an article to proposed figures: the text (HTML and Markdown made plain, broken lines
 * joined), its script, the date it prints about itself, and every figure the rules find. Pure:
 * the same in the main process, the CLI and a test.
 */
export type { ArticleFormat } from './article-text';
export type { ExtractedFigure, ExtractQualifier, ExtractStatus } from './figures';
export type { Script } from './script';

export type ArticleInput = {
  raw: string;
  format: ArticleFormat;
  /** Publication date, YYYY[-MM[-DD]]; where absent, the article's own dateline is used. */
  date?: string | undefined;
};

export type ArticleExtraction = {
  /** The text every quote and offset refers to. */
  text: string;
  script: Script;
  /** The date the article prints about itself (its dateline), for the import form to offer. */
  dateline: string | undefined;
  /** The date the periods were read with: the one given, else the dateline. */
  date: string | undefined;
  figures: ExtractedFigure[];
};

export function extractArticle(input: ArticleInput): ArticleExtraction {
  const text = articleText(input.raw, input.format);
  const dateline = datelineOf(text);
  const date = input.date ?? dateline;
  const { script, figures } = extractFigures(text, date === undefined ? {} : { date });
  return { text, script, dateline, date, figures };
}
