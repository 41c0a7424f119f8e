import { z } from 'zod';
import { id, localized, text } from './schema-parts';
import { textStatesValue } from './numerals';
import { excerpt, kindOf } from './excerpt';
import { LANGS } from './i18n/languages';
import { chartSpecSchema } from './charts/spec';
import { checkCharts } from './charts/spec-checks';
import { isPeriod, isUnit, QUALIFIERS, STATUSES } from './vocabulary';

export * from './vocabulary';

const period = z.string().refine(isPeriod, {
  error: 'must be a year (2025), a half (2025-H1), a quarter (2025-Q1), a month (2025-11) or a range of one kind (2021/2025, 2025-01/2025-11)',
});

export const figureSchema = z.object({
  id,
  section: id,
  label: localized,
  /**
   * What the figure measures, as an id: figures on one value axis share it. Counts of different
   * things are different measures even with the same counter word (戶 of firms certified, 戶 of
   * firms coached); the same thing counted with different words (14戶 green factories, of which 7家)
   * is one measure.
   */
  measure: id,
  value: z.number({ error: 'must be a JSON number' }),
  /** A range's upper end (8.5億元至10億元: value 8.5, upper 10); qualifier "range" has one, no other does. */
  upper: z.number({ error: 'must be a JSON number' }).optional(),
  unit: z
    .string()
    .refine(isUnit, { error: (issue) => `unknown unit ${excerpt(issue.input, 40)}; expected a unit of the list (億元, 萬人, %, 個百分點, 戶, 噸…)` }),
  qualifier: z.enum(QUALIFIERS, { error: (issue) => `unknown qualifier ${excerpt(issue.input, 40)}; expected one of ${QUALIFIERS.join(', ')}` }),
  status: z.enum(STATUSES, { error: (issue) => `unknown status ${excerpt(issue.input, 40)}; expected one of ${STATUSES.join(', ')}` }),
  period,
  /**
   * Which of the report's sources says it (the first where absent), and its words there, verbatim.
   * A figure added in a workbook has no quote: every surface says so ("no source quote").
   */
  source: z.object({ id: id.optional(), quote: text.optional() }),
  /**
   * A value changed since the source gave it (in a workbook opened back): the source's value, which
   * its quote still states, and when and from which file the new one was read. Every surface marks it
   * revised.
   */
  revision: z
    .object({
      previous: z.number({ error: 'must be a JSON number' }),
      read: z.iso.datetime({ error: 'must be a date and time (ISO 8601)' }),
      file: text,
    })
    .optional(),
  /**
   * Whether the article says what period a figure over several years covers: a five-year total or
   * one year's. `unstated` is said on its card, and keeps the figure out of rankings.
   */
  basis: z.enum(['total', 'annual', 'unstated'], { error: 'must be total, annual or unstated' }).optional(),
  note: localized.optional(),
  /** The value in the article's words where it states it in words, not a numeral (翻番: doubled). */
  stated: localized.optional(),
  /** The figure this one is a part of (7 national green factories of the 14): never drawn beside it. */
  partOf: id.optional(),
  industry: id.optional(),
  enterprise: id.optional(),
});
export type Figure = z.infer<typeof figureSchema>;

const sectionSchema = z.object({ id, title: localized, articleHeading: text.optional() });
/** An industry; `summary` is its description cut to a line, for a slide read from across a room. */
const industrySchema = z.object({ id, label: localized, pillar: z.boolean(), description: localized.optional(), summary: localized.optional() });
const enterpriseSchema = z.object({
  id,
  label: localized,
  industry: id.optional(),
  figures: z.array(id),
  mention: text,
});

/**
 * A document the report's figures come from: an article, a bulletin. A figure names it by id
 * (`source.id`; the first source where it names none), so one report can cite several.
 */
const sourceSchema = z.object({
  id,
  title: localized,
  author: localized.optional(),
  outlet: localized.optional(),
  /** Publication date: 2025, 2025-12 or 2025-12-30. */
  published: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u, { error: 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD' }),
  url: z.url({ error: 'must be a URL' }).optional(),
  /** The script the quotes are in: each figure's quote is verbatim, so it stays in this script in every language. */
  script: z.enum(['zh-Hant', 'zh-Hans'], { error: 'must be zh-Hant or zh-Hans' }),
  /** What the document covers, a sentence. */
  covers: localized.optional(),
  /** The file of its full text beside the report, and the text itself, where the report carries it. */
  file: text.optional(),
  text: z.string().optional(),
});

const metaSchema = z.object({
  title: localized,
  /** The area the report is about (長春市綠園區). */
  area: localized,
  /** The languages the report's words are given in. */
  languages: z.array(z.enum(LANGS)).min(1),
  sources: z.array(sourceSchema).min(1, { error: 'must name at least one source' }),
});

/** The presentation's defaults: which charts, in which order, and how long each stays on screen. */
const kioskSchema = z.object({
  playlist: z.array(id).min(1).optional(),
  secondsPerSlide: z.number().min(1).max(3600).optional(),
});

export const REPORT_SCHEMA_VERSION = 2;

export const datasetShape = z.object(
  {
    schemaVersion: z.literal(REPORT_SCHEMA_VERSION, {
      error: `must be ${REPORT_SCHEMA_VERSION} (this app reads report files of schema version ${REPORT_SCHEMA_VERSION}, and migrates version 1)`,
    }),
    version: text,
    meta: metaSchema,
    sections: z.array(sectionSchema).min(1, { error: 'must list at least one section' }),
    industries: z.array(industrySchema).default([]),
    enterprises: z.array(enterpriseSchema).default([]),
    figures: z.array(figureSchema, { error: (issue) => `must be a list of figures, not ${kindOf(issue.input)}` }).min(1, { error: 'holds no figures' }),
    charts: z.array(chartSpecSchema, { error: (issue) => `must be a list of charts, not ${kindOf(issue.input)}` }).default([]),
    kiosk: kioskSchema.default({}),
  },
  {
    error: (issue) =>
      issue.code === 'invalid_type'
        ? `must be a report (an object with "schemaVersion": ${REPORT_SCHEMA_VERSION} and "figures"), not ${kindOf(issue.input)}`
        : undefined,
  },
);

export type Shape = z.infer<typeof datasetShape>;
export type Issue = { path: (string | number)[]; message: string };

function duplicateIds(items: readonly { id: string }[], collection: string): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  items.forEach((item, index) => {
    if (seen.has(item.id)) issues.push({ path: [collection, index, 'id'], message: `duplicate id ${excerpt(item.id, 40)}` });
    seen.add(item.id);
  });
  return issues;
}

/** Checks that span records: unique ids, resolvable references, and each value printed in its quote. */
function crossCheck(data: Shape): Issue[] {
  const issues: Issue[] = [
    ...duplicateIds(data.figures, 'figures'),
    ...duplicateIds(data.industries, 'industries'),
    ...duplicateIds(data.enterprises, 'enterprises'),
    ...duplicateIds(data.sections, 'sections'),
  ];
  const figureIds = new Set(data.figures.map((f) => f.id));
  const industryIds = new Set(data.industries.map((i) => i.id));
  const enterpriseIds = new Set(data.enterprises.map((e) => e.id));
  const sectionIds = new Set<string>(data.sections.map((s) => s.id));
  const figuresById = new Map(data.figures.map((f) => [f.id, f]));

  data.figures.forEach((figure, index) => {
    // The quote is the evidence of the source's value: a revised figure's previous one.
    const stated = figure.revision?.previous ?? figure.value;
    if (figure.source.quote !== undefined && !textStatesValue(figure.source.quote, stated)) {
      issues.push({
        path: ['figures', index, figure.revision ? 'revision' : 'value'],
        message: `${stated} does not appear in its own quote ${excerpt(figure.source.quote, 60)}`,
      });
    }
    if ((figure.qualifier === 'range') !== (figure.upper !== undefined)) {
      issues.push({
        path: ['figures', index, figure.upper === undefined ? 'qualifier' : 'upper'],
        message: figure.upper === undefined ? 'a range needs its upper end ("upper")' : `has an upper end but its qualifier is ${figure.qualifier}, not range`,
      });
    } else if (figure.upper !== undefined && figure.upper <= figure.value) {
      issues.push({ path: ['figures', index, 'upper'], message: `the range's upper end ${figure.upper} is not above its value ${figure.value}` });
    }
    if (!sectionIds.has(figure.section)) {
      issues.push({ path: ['figures', index, 'section'], message: `section ${excerpt(figure.section, 40)} is not listed in sections` });
    }
    if (figure.industry !== undefined && !industryIds.has(figure.industry)) {
      issues.push({ path: ['figures', index, 'industry'], message: `unknown industry ${excerpt(figure.industry, 40)}` });
    }
    if (figure.enterprise !== undefined && !enterpriseIds.has(figure.enterprise)) {
      issues.push({ path: ['figures', index, 'enterprise'], message: `unknown enterprise ${excerpt(figure.enterprise, 40)}` });
    }
    if (figure.partOf !== undefined) {
      const whole = figuresById.get(figure.partOf);
      if (!whole || whole.id === figure.id) issues.push({ path: ['figures', index, 'partOf'], message: `unknown figure ${excerpt(figure.partOf, 40)}` });
      else if (whole.measure !== figure.measure)
        issues.push({
          path: ['figures', index, 'partOf'],
          message: `is part of ${excerpt(whole.id, 40)}, which measures ${excerpt(whole.measure, 40)}, not ${excerpt(figure.measure, 40)}`,
        });
      else if (figure.value > whole.value)
        issues.push({ path: ['figures', index, 'partOf'], message: `${figure.value} is more than the whole ${excerpt(whole.id, 40)} (${whole.value})` });
    }
  });
  data.enterprises.forEach((enterprise, index) => {
    enterprise.figures.forEach((figureId, k) => {
      if (!figureIds.has(figureId)) issues.push({ path: ['enterprises', index, 'figures', k], message: `unknown figure ${excerpt(figureId, 40)}` });
    });
    if (enterprise.industry !== undefined && !industryIds.has(enterprise.industry)) {
      issues.push({ path: ['enterprises', index, 'industry'], message: `unknown industry ${excerpt(enterprise.industry, 40)}` });
    }
  });
  const sourceIds = new Set(data.meta.sources.map((s) => s.id));
  data.figures.forEach((figure, index) => {
    if (figure.source.id !== undefined && !sourceIds.has(figure.source.id))
      issues.push({ path: ['figures', index, 'source', 'id'], message: `unknown source ${excerpt(figure.source.id, 40)}` });
  });
  issues.push(...duplicateIds(data.meta.sources, 'sources').map((issue) => ({ ...issue, path: ['meta', ...issue.path] })));
  issues.push(...duplicateIds(data.charts, 'charts'));
  issues.push(...checkCharts(data));
  const chartIds = new Set(data.charts.map((c) => c.id));
  (data.kiosk.playlist ?? []).forEach((chartId, k) => {
    if (!chartIds.has(chartId)) issues.push({ path: ['kiosk', 'playlist', k], message: `unknown chart ${excerpt(chartId, 40)}` });
  });
  return issues;
}

/**
 * The cross-checks run on a well-formed dataset only: with figures missing or malformed, every
 * reference to them would be reported too, and one fault would give a page of messages.
 */
export const datasetSchema = datasetShape.superRefine(
  (data, ctx) => {
    for (const issue of crossCheck(data)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  },
  { when: (payload) => payload.issues.length === 0 },
);

export type Dataset = z.infer<typeof datasetSchema>;
export type Section = Dataset['sections'][number];
export type Industry = Dataset['industries'][number];
export type Source = Dataset['meta']['sources'][number];
export type Enterprise = Dataset['enterprises'][number];
