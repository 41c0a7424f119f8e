import type { Figure, Section } from '../dataset';
import { formatPeriod } from '../format';
import { LANGS, type Lang, type Localized } from '../i18n/languages';
import { t } from '../i18n/messages';
import { profile } from '../i18n/profiles';
import type { ChartSpec } from './spec';
import { checkCharts } from './spec-checks';

/**
 * Charts laid out by the grammar, for a section that has figures and no chart: from each figure's
 * measure, period, part-of and status, never from its words.
 * - a level (級) or a range (8.5至10億元) is text: a card;
 * - a target or an expected value is a card, read against the latest actual of its measure (the
 *   interpreter puts that actual under the card);
 * - parts of a whole (two or more) are a stacked bar, the whole stated beside it; a lone part is
 *   stated as "of which" beside its whole's card;
 * - one thing (one measure, one label) at two periods is a slope;
 * - one measure across categories in one period is bars (ranked, so only figures whose basis is
 *   stated, and no part beside its whole);
 * - everything else, measures unlike each other, are cards, at most MAX_CARDS to a chart.
 * Every figure of the section is placed once (the test runs it over whole reports).
 */

const MAX_CARDS = 6;

function localized(make: (lang: Lang) => string): Localized {
  return Object.fromEntries(LANGS.map((lang) => [lang, make(lang)])) as Localized;
}

function labelList(figures: readonly Figure[], lang: Lang): string {
  const labels = [...new Set(figures.map((f) => f.label[lang]))];
  const shown = labels.slice(0, 3).join(profile(lang).listSeparator);
  return labels.length > 3 ? t(lang, 'chart.proposed.more', { labels: shown, count: labels.length - 3 }) : shown;
}

/** A level (級) and a range (8.5至10億元) are text: neither is one length. */
const drawable = (f: Figure) => f.qualifier !== 'level' && f.qualifier !== 'range' && f.stated === undefined;

export function proposeCharts(section: Section, figures: readonly Figure[]): ChartSpec[] {
  const open = figures.filter((f) => f.section === section.id);
  const placed = new Set<string>();
  const charts: ChartSpec[] = [];
  const id = (kind: string) => `${section.id}-${kind}-${charts.length + 1}`;
  const place = (list: readonly Figure[]) => list.forEach((f) => placed.add(f.id));
  const free = () => open.filter((f) => !placed.has(f.id));

  // Parts of a whole: two or more stack; the whole is stated beside them.
  const wholes = new Map<string, Figure[]>();
  for (const f of open) if (f.partOf !== undefined && drawable(f)) wholes.set(f.partOf, [...(wholes.get(f.partOf) ?? []), f]);
  for (const [wholeId, parts] of wholes) {
    if (parts.length < 2) continue;
    const whole = figures.find((f) => f.id === wholeId);
    charts.push({
      kind: 'stacked',
      id: id('parts'),
      section: section.id,
      title: localized((lang) => t(lang, 'chart.proposed.parts', { label: whole?.label[lang] ?? labelList(parts, lang) })),
      figures: parts.map((f) => ({ figure: f.id })),
      ...(whole && !placed.has(whole.id) ? { annotations: [{ figure: whole.id }] } : {}),
    });
    place(parts);
    if (whole && open.includes(whole)) placed.add(whole.id);
  }

  // One measure at exactly two periods, both actual: a slope.
  const byMeasure = new Map<string, Figure[]>();
  for (const f of free()) byMeasure.set(f.measure, [...(byMeasure.get(f.measure) ?? []), f]);
  for (const group of byMeasure.values()) {
    const periods = new Set(group.map((f) => f.period));
    // The same thing at two times: one measure and one label. Two projects' investments share a
    // measure but are two things, whatever their years.
    const sameThing = group.every((f) => LANGS.some((lang) => f.label[lang] === group[0]?.label[lang]));
    if (group.length === 2 && periods.size === 2 && sameThing && group.every((f) => f.status === 'actual' && drawable(f) && f.partOf === undefined)) {
      const ordered = [...group].sort((a, b) => a.period.localeCompare(b.period));
      charts.push({
        kind: 'slope',
        id: id('change'),
        section: section.id,
        title: localized((lang) =>
          t(lang, 'chart.proposed.change', {
            label: ordered[1]?.label[lang] ?? '',
            from: formatPeriod(ordered[0]?.period ?? '', lang, true),
            to: formatPeriod(ordered[1]?.period ?? '', lang, true),
          }),
        ),
        figures: ordered.map((f) => ({ figure: f.id })),
      });
      place(group);
    }
  }

  // One measure across categories in one period: bars.
  for (const group of byMeasure.values()) {
    const rankable = group.filter((f) => !placed.has(f.id) && drawable(f) && f.status === 'actual' && f.basis !== 'unstated');
    const periods = new Set(rankable.map((f) => f.period));
    const ids = new Set(rankable.map((f) => f.id));
    if (rankable.length >= 3 && periods.size === 1 && rankable.every((f) => f.partOf === undefined || !ids.has(f.partOf))) {
      charts.push({
        kind: 'hbar',
        id: id('compare'),
        section: section.id,
        title: localized((lang) =>
          t(lang, 'chart.proposed.compare', { labels: labelList(rankable, lang), period: formatPeriod(rankable[0]?.period ?? '', lang, true) }),
        ),
        figures: rankable.map((f) => ({ figure: f.id })),
      });
      place(rankable);
    }
  }

  // Everything else is a card: levels, unlike measures, and (apart) targets and expected values, each
  // read against the latest actual of its measure. A lone part is stated as "of which" under its whole's card.
  const rest = free();
  const lonelyParts = rest.filter((f) => f.partOf !== undefined && rest.some((w) => w.id === f.partOf));
  const cards = rest.filter((f) => !lonelyParts.includes(f));
  const groups = [
    { key: 'chart.proposed.cards' as const, figures: cards.filter((f) => f.status === 'actual') },
    { key: 'chart.proposed.targets' as const, figures: cards.filter((f) => f.status !== 'actual') },
  ];
  for (const { key, figures: group } of groups) {
    const chunks = Math.ceil(group.length / MAX_CARDS);
    for (let n = 0; n < chunks; n += 1) {
      const chunk = group.slice(n * MAX_CARDS, (n + 1) * MAX_CARDS);
      const parts = lonelyParts.filter((p) => chunk.some((w) => w.id === p.partOf));
      charts.push({
        kind: 'kpi',
        id: id('figures'),
        section: section.id,
        title: localized((lang) => {
          const title = t(lang, key, { section: section.title[lang] });
          return chunks > 1 ? t(lang, 'chart.proposed.part', { title, part: n + 1, parts: chunks }) : title;
        }),
        figures: chunk.map((f) => ({ figure: f.id })),
        ...(parts.length > 0 ? { annotations: parts.map((f) => ({ figure: f.id })) } : {}),
      });
      place([...chunk, ...parts]);
    }
  }
  return charts;
}

/**
 * The report's charts with the grammar's proposal for every section that has none: a report of
 * figures alone (a migrated version-1 file, an imported article) is drawn all the same.
 */
export function withProposedCharts<T extends { sections: Section[]; figures: Figure[]; charts: ChartSpec[] }>(report: T): T {
  const charted = new Set(report.charts.map((c) => c.section));
  const candidates = report.sections.filter((s) => !charted.has(s.id)).flatMap((s) => proposeCharts(s, report.figures));
  // The same checks a written chart passes: a proposal that broke the grammar would be a bug here,
  // and is left out rather than drawn (its figures stay in the report's tables).
  const faulty = new Set(checkCharts({ ...report, charts: candidates }).map((issue) => issue.path[1]));
  const proposed = candidates.filter((_, at) => !faulty.has(at));
  if (proposed.length === 0) return report;
  // Keep the sections' order: each section's charts together, written ones first.
  const charts = report.sections.flatMap((s) => [...report.charts.filter((c) => c.section === s.id), ...proposed.filter((c) => c.section === s.id)]);
  return { ...report, charts };
}
