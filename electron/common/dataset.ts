import { z } from 'zod';
import { LANGS } from './i18n/languages';
import { textStatesValue } from './numerals';
import { PERIOD_PATTERN, QUALIFIERS, SECTION_IDS, STATUSES, UNITS } from './vocabulary';

export * from './vocabulary';

/*
 * How a message shows a value that came from a file or a command line. A message names the bad
 * value so that it can be found, but never repeats all of it: a 10 MB quote would otherwise give a
 * 10 MB message on stderr, in the log and on the kiosk's slide. Control and bidirectional
 * characters are escaped, so that a value can neither break a message's line nor turn its text around.
 */

/** C0 and C1 controls, bidi controls, line and paragraph separators, lone surrogates: shown as \uXXXX. */
function unsafe(code: number): boolean {
  return (
    code <= 0x1f ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x61c ||
    code === 0x200e ||
    code === 0x200f ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    (code >= 0xd800 && code <= 0xdfff)
  );
}

function showChar(ch: string, quoted: boolean): string {
  const escaped = quoted ? JSON.stringify(ch).slice(1, -1) : ch;
  const code = escaped.charCodeAt(0);
  return escaped.length === 1 && unsafe(code) ? `\\u${code.toString(16).padStart(4, '0')}` : escaped;
}

/** The leading pieces whose lengths add up to at most `budget`. */
function take(pieces: readonly string[], budget: number): { taken: string[]; cut: boolean } {
  const taken: string[] = [];
  let used = 0;
  for (const piece of pieces) {
    if (used + piece.length > budget) return { taken, cut: true };
    taken.push(piece);
    used += piece.length;
  }
  return { taken, cut: false };
}

/**
 * A value as a message shows it: a string in double quotes (JSON escapes), cut after about `max`
 * characters with its length said (`"aaaa…" (10485760 characters)`); a number, boolean or null as
 * itself; an object or an array by its kind.
 */
export function excerpt(value: unknown, max = 80): string {
  if (typeof value === 'string') {
    // Only the first few characters are looked at, however long the string.
    const { taken, cut } = take(Array.from(value.slice(0, max * 2 + 2), (ch) => showChar(ch, true)), max);
    return cut ? `"${taken.join('')}…" (${value.length} characters)` : `"${taken.join('')}"`;
  }
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object' && value !== null) return 'an object';
  if (typeof value === 'function' || typeof value === 'symbol') return `a ${typeof value}`;
  return clip(String(value), max);
}

/** What a value is, to say what was given instead of the object or list expected: null, a list, a string… */
export function kindOf(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (input === undefined) return 'missing';
  return typeof input === 'object' ? 'an object' : `a ${typeof input}`;
}

/**
 * A path or a name as a message shows it, unquoted: whole when short, else cut in the middle to
 * about `max` characters, keeping its start and its end (`/home/me/…/reports/kiosk.json`).
 */
export function clip(text: string, max = 120): string {
  const shown = (part: string) => Array.from(part, (ch) => showChar(ch, false));
  if (text.length <= max) {
    const whole = take(shown(text), max);
    if (!whole.cut) return whole.taken.join('');
  }
  const startBudget = Math.floor((max - 1) * 0.3);
  const endBudget = max - 1 - startBudget;
  const start = take(shown(text.slice(0, startBudget * 2 + 2)), startBudget).taken;
  const end = take(shown(text.slice(-(endBudget * 2 + 2))).reverse(), endBudget).taken.reverse();
  return `${start.join('')}…${end.join('')}`;
}

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
  unit: z.enum(UNITS, { error: (issue) => `unknown unit ${excerpt(issue.input, 40)}; expected one of ${UNITS.join(' ')}` }),
  qualifier: z.enum(QUALIFIERS, { error: (issue) => `unknown qualifier ${excerpt(issue.input, 40)}; expected one of ${QUALIFIERS.join(', ')}` }),
  status: z.enum(STATUSES, { error: (issue) => `unknown status ${excerpt(issue.input, 40)}; expected one of ${STATUSES.join(', ')}` }),
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
  figures: z.array(figureSchema, { error: (issue) => `must be a list of figures, not ${kindOf(issue.input)}` }).min(1, { error: 'holds no figures' }),
}, { error: (issue) => (issue.code === 'invalid_type' ? `must be a dataset (an object with "schemaVersion": 1 and "figures"), not ${kindOf(issue.input)}` : undefined) });

type Shape = z.infer<typeof datasetShape>;
type Issue = { path: (string | number)[]; message: string };

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
    if (!textStatesValue(figure.source.quote, figure.value)) {
      issues.push({
        path: ['figures', index, 'value'],
        message: `${figure.value} does not appear in its own quote ${excerpt(figure.source.quote, 60)}`,
      });
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
      else if (whole.measure !== figure.measure) issues.push({ path: ['figures', index, 'partOf'], message: `is part of ${excerpt(whole.id, 40)}, which measures ${excerpt(whole.measure, 40)}, not ${excerpt(figure.measure, 40)}` });
      else if (figure.value > whole.value) issues.push({ path: ['figures', index, 'partOf'], message: `${figure.value} is more than the whole ${excerpt(whole.id, 40)} (${whole.value})` });
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
  data.pattern.groups.forEach((group, index) => {
    group.industries.forEach((industryId, k) => {
      if (!industryIds.has(industryId)) issues.push({ path: ['pattern', 'groups', index, 'industries', k], message: `unknown industry ${excerpt(industryId, 40)}` });
    });
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
export type Enterprise = Dataset['enterprises'][number];
