import { z } from 'zod';
import { LANGS } from './i18n/languages';
import { textStatesValue } from './numerals';
import { PERIOD_PATTERN, QUALIFIERS, SECTION_IDS, STATUSES, UNITS } from './vocabulary';

export * from './vocabulary';

const text = z.string().trim().min(1, { error: 'is empty' });

const localized = z.object(
  Object.fromEntries(
    LANGS.map((lang) => [lang, z.string({ error: `missing ${lang} text` }).trim().min(1, { error: `missing ${lang} text` })]),
  ) as Record<(typeof LANGS)[number], z.ZodString>,
  { error: 'must give the text in zh-Hant, zh-Hans and en' },
);

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, { error: 'must be a kebab-case id (a-z, 0-9, -)' });

const period = z.string().refine(
  (value) => {
    const match = PERIOD_PATTERN.exec(value);
    return match !== null && (match[3] === undefined || Number(match[3]) > Number(match[1]));
  },
  { error: 'must be a year (2025), a half-year (2025-H1) or a range (2021/2025)' },
);

export const figureSchema = z.object({
  id,
  section: z.enum(SECTION_IDS, { error: `must be one of ${SECTION_IDS.join(', ')}` }),
  label: localized,
  /**
   * What the figure measures, as an id: figures on one value axis share it. Counts of different
   * things are different measures even with the same counter word (戶 of firms certified, 戶 of
   * firms coached); the same thing counted with different words (14戶 green factories, of which 7家)
   * is one measure.
   */
  measure: id,
  value: z.number({ error: 'must be a JSON number' }),
  unit: z.enum(UNITS, { error: (issue) => `unknown unit ${JSON.stringify(issue.input)}; expected one of ${UNITS.join(' ')}` }),
  qualifier: z.enum(QUALIFIERS, { error: (issue) => `unknown qualifier ${JSON.stringify(issue.input)}; expected one of ${QUALIFIERS.join(', ')}` }),
  status: z.enum(STATUSES, { error: (issue) => `unknown status ${JSON.stringify(issue.input)}; expected one of ${STATUSES.join(', ')}` }),
  period,
  source: z.object({ quote: text }),
  note: localized.optional(),
  /** The value in the article's words where it states it in words, not a numeral (翻番: doubled). */
  stated: localized.optional(),
  /** The figure this one is a part of (7 national green factories of the 14): never drawn beside it. */
  partOf: id.optional(),
  industry: id.optional(),
  enterprise: id.optional(),
});
export type Figure = z.infer<typeof figureSchema>;

const sectionSchema = z.object({ id: z.enum(SECTION_IDS), label: localized, articleHeading: text.optional() });
/** An industry; `summary` is its description cut to a line, for a slide read from across a room. */
const industrySchema = z.object({ id, label: localized, pillar: z.boolean(), description: localized.optional(), summary: localized.optional() });
const patternSchema = z.object({
  label: localized,
  groups: z.array(z.object({ id, label: localized, industries: z.array(id).min(1) })).min(1),
});
const enterpriseSchema = z.object({
  id,
  label: localized,
  industry: id.optional(),
  figures: z.array(id),
  mention: text,
});
const sourceSchema = z.object({
  id: text,
  file: text,
  title: localized,
  author: localized,
  language: z.literal('zh-Hant'),
  asOf: text,
  covers: localized,
});

const datasetShape = z.object({
  schemaVersion: z.literal(1, { error: 'must be 1 (this app reads dataset schema version 1)' }),
  version: text,
  source: sourceSchema,
  district: localized,
  sections: z.array(sectionSchema).min(1),
  industries: z.array(industrySchema),
  pattern: patternSchema,
  enterprises: z.array(enterpriseSchema),
  figures: z.array(figureSchema).min(1, { error: 'holds no figures' }),
});

type Shape = z.infer<typeof datasetShape>;
type Issue = { path: (string | number)[]; message: string };

function duplicateIds(items: readonly { id: string }[], collection: string): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  items.forEach((item, index) => {
    if (seen.has(item.id)) issues.push({ path: [collection, index, 'id'], message: `duplicate id "${item.id}"` });
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
    if (!textStatesValue(figure.source.quote, figure.value)) {
      issues.push({
        path: ['figures', index, 'value'],
        message: `${figure.value} does not appear in its own quote "${figure.source.quote}"`,
      });
    }
    if (!sectionIds.has(figure.section)) {
      issues.push({ path: ['figures', index, 'section'], message: `section "${figure.section}" is not listed in sections` });
    }
    if (figure.industry !== undefined && !industryIds.has(figure.industry)) {
      issues.push({ path: ['figures', index, 'industry'], message: `unknown industry "${figure.industry}"` });
    }
    if (figure.enterprise !== undefined && !enterpriseIds.has(figure.enterprise)) {
      issues.push({ path: ['figures', index, 'enterprise'], message: `unknown enterprise "${figure.enterprise}"` });
    }
    if (figure.partOf !== undefined) {
      const whole = figuresById.get(figure.partOf);
      if (!whole || whole.id === figure.id) issues.push({ path: ['figures', index, 'partOf'], message: `unknown figure "${figure.partOf}"` });
      else if (whole.measure !== figure.measure) issues.push({ path: ['figures', index, 'partOf'], message: `is part of "${whole.id}", which measures "${whole.measure}", not "${figure.measure}"` });
      else if (figure.value > whole.value) issues.push({ path: ['figures', index, 'partOf'], message: `${figure.value} is more than the whole "${whole.id}" (${whole.value})` });
    }
  });
  data.enterprises.forEach((enterprise, index) => {
    enterprise.figures.forEach((figureId, k) => {
      if (!figureIds.has(figureId)) issues.push({ path: ['enterprises', index, 'figures', k], message: `unknown figure "${figureId}"` });
    });
    if (enterprise.industry !== undefined && !industryIds.has(enterprise.industry)) {
      issues.push({ path: ['enterprises', index, 'industry'], message: `unknown industry "${enterprise.industry}"` });
    }
  });
  data.pattern.groups.forEach((group, index) => {
    group.industries.forEach((industryId, k) => {
      if (!industryIds.has(industryId)) issues.push({ path: ['pattern', 'groups', index, 'industries', k], message: `unknown industry "${industryId}"` });
    });
  });
  return issues;
}

export const datasetSchema = datasetShape.superRefine((data, ctx) => {
  for (const issue of crossCheck(data)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});

export type Dataset = z.infer<typeof datasetSchema>;
export type Section = Dataset['sections'][number];
export type Industry = Dataset['industries'][number];
export type Enterprise = Dataset['enterprises'][number];
