import type { ChartModel } from './charts/model';
import type { Dataset, Figure, Source } from './dataset';
import { figureIndex } from './figure-index';
import type { Lang } from './i18n/languages';
import { t } from './i18n/messages';
import { profile } from './i18n/profiles';

/** The report's first source: the one a figure that names none comes from, and the one its cover cites first. */
export function primarySource(dataset: Pick<Dataset, 'meta'>): Source {
  const [first] = dataset.meta.sources;
  if (!first) throw new Error('internal: a validated report has at least one source');
  return first;
}

export function sourceOf(dataset: Pick<Dataset, 'meta'>, figure: Pick<Figure, 'source'>): Source {
  return dataset.meta.sources.find((s) => s.id === figure.source.id) ?? primarySource(dataset);
}

/** A figure's words in its source, verbatim; "no source quote" for a figure added in a workbook without one. */
export function quoteOf(figure: Pick<Figure, 'source'>, lang: Lang): string {
  return figure.source.quote ?? t(lang, 'source.noQuote');
}

/** The sources a set of figures come from, in the report's order; the first source where there are none. */
export function sourcesOf(dataset: Pick<Dataset, 'meta'>, figures: readonly Pick<Figure, 'source'>[]): Source[] {
  const used = new Set(figures.map((f) => sourceOf(dataset, f).id));
  const found = dataset.meta.sources.filter((s) => used.has(s.id));
  return found.length > 0 ? found : [primarySource(dataset)];
}

/** Who to credit: the author, else the outlet; empty where the source names neither. */
export function creditOf(source: Source, lang: Lang): string {
  return source.author?.[lang] ?? source.outlet?.[lang] ?? '';
}

/** One source as a line names it: Ji Wenxian, "…" / 冀文嫻〈…〉. */
export function citation(source: Source, lang: Lang): string {
  const author = creditOf(source, lang);
  return author ? t(lang, 'source.citation', { author, title: source.title[lang] }) : t(lang, 'source.citationTitle', { title: source.title[lang] });
}

/** "Source: Ji Wenxian, "…"" under a chart (figure) or a workbook chart (report), every source it draws from. */
export function sourceLine(sources: readonly Source[], lang: Lang, where: 'figure' | 'report'): string {
  const citations = sources.map((source) => citation(source, lang)).join(profile(lang).clauseSeparator);
  return t(lang, where === 'figure' ? 'figure.sourceLine' : 'report.chartSource', { citations });
}

/** The source line of one chart: the sources of the figures in its table. */
export function chartSourceLine(dataset: Pick<Dataset, 'meta' | 'figures'>, model: Pick<ChartModel, 'rows'>, lang: Lang, where: 'figure' | 'report'): string {
  const index = figureIndex(dataset.figures);
  const figures = model.rows.flatMap((row) => {
    const figure = row.figureId === undefined ? undefined : index.get(row.figureId);
    return figure ? [figure] : [];
  });
  return sourceLine(sourcesOf(dataset, figures), lang, where);
}

/** Where and when a source appeared, as a cover states it; the catalog's "not stated" where the report has neither. */
export function outletLine(source: Source, lang: Lang): string {
  const parts = [source.outlet?.[lang], source.published].filter((part): part is string => part !== undefined && part !== '');
  return parts.length > 0 ? parts.join(profile(lang).listSeparator) : t(lang, 'report.cite.outletMissing');
}

/** How to cite the report: its sources, then the app, the version and the reference period. */
export function citeText(dataset: Pick<Dataset, 'meta' | 'version'>, lang: Lang, years: { from: number; to: number }): string {
  const citations = dataset.meta.sources.map((source) => citation(source, lang)).join(profile(lang).clauseSeparator);
  return t(lang, 'report.cite.text', { citations, app: t(lang, 'app.title'), version: dataset.version, ...years });
}

/** The line under the app's name: the report's area and title ("長春市綠園區 · 「十四五」成績與2026年目標"). */
export function reportSubtitle(dataset: Pick<Dataset, 'meta'>, lang: Lang): string {
  return t(lang, 'app.subtitle', { area: dataset.meta.area[lang], title: dataset.meta.title[lang] });
}
