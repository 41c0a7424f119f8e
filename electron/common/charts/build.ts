import type { Dataset, Figure, Status, Unit } from '../dataset';
import { figureIndex } from '../figure-index';
import { clean, formatFigure, formatPeriod, formatValue, qualifierLabel, scaleFor, scaled, unitLabel, type Scale } from '../format';
import type { Lang } from '../i18n/languages';
import { t } from '../i18n/messages';
import { profile } from '../i18n/profiles';
import { evaluate, type Calc } from './calc';
import type { FormulaPart } from './formula-words';
import type { ChartKind, ChartModel, Derivation, Panel, Point, Revision, Series, TableRow, TextBlock } from './model';
import { labelled } from './notes';

/** Shared by every chart file: turns dataset figures into points, rows and descriptions. */

export function figureById(dataset: Dataset, id: string): Figure {
  const figure = figureIndex(dataset.figures).get(id);
  if (!figure) throw new Error(`Chart refers to figure "${id}", which the dataset does not have`);
  return figure;
}

function statusLabel(status: Status | 'derived', lang: Lang): string {
  return t(lang, `status.${status}`);
}

/** The dagger a revised value carries wherever it is shown, as a derived value carries *. */
export const REVISED_MARK = '†';

/** A figure's revision as every surface says it: the source's value as shown, the day and the file. */
function revisionOf(figure: Figure, lang: Lang): Revision | undefined {
  const revision = figure.revision;
  if (!revision) return undefined;
  return {
    previous: formatFigure({ value: revision.previous, unit: figure.unit, qualifier: figure.qualifier }, lang),
    date: revision.read.slice(0, 10),
    file: revision.file,
  };
}

/** A figure's value as shown, with † where it was revised. */
function shownValue(figure: Figure, lang: Lang): string {
  return `${formatFigure(figure, lang)}${figure.revision ? REVISED_MARK : ''}`;
}

export function figureRow(figure: Figure, lang: Lang): TableRow {
  const revision = revisionOf(figure, lang);
  return {
    figureId: figure.id,
    label: figure.label[lang],
    value: figure.value,
    unit: figure.unit,
    unitLabel: unitLabel(figure.unit, lang),
    display: shownValue(figure, lang),
    // The scale formatFigure showed the value in; a value stated in words (翻番) has no unit.
    displayUnit: figure.stated ? '' : scaleFor(figure.unit, lang, figure.value).unitLabel,
    qualifier: figure.qualifier,
    qualifierLabel: qualifierLabel(figure.qualifier, lang),
    status: figure.status,
    statusLabel: statusLabel(figure.status, lang),
    period: figure.period,
    periodLabel: formatPeriod(figure.period, lang),
    ...(figure.source.quote === undefined ? {} : { quote: figure.source.quote }),
    ...(figure.note ? { note: figure.note[lang] } : {}),
    ...(revision ? { revision } : {}),
  };
}

export function figurePoint(figure: Figure, lang: Lang, options: { category?: string; scale?: Scale; detail?: string } = {}): Point {
  const scale = options.scale ?? scaleFor(figure.unit, lang);
  const revision = revisionOf(figure, lang);
  return {
    figureId: figure.id,
    category: options.category ?? figure.label[lang],
    value: scaled(figure.value, scale),
    display: shownValue(figure, lang),
    qualifier: figure.qualifier,
    status: figure.status,
    period: figure.period,
    periodLabel: formatPeriod(figure.period, lang),
    ...(options.detail ? { detail: options.detail } : {}),
    ...(revision ? { revision } : {}),
  };
}

export type DerivedValue = { label: string; value: number; unit: Unit; calc: Calc; formula: string; parts?: FormulaPart[]; period: string; digits?: number };

/** A derived value computed from its expression: the screen, the notes and the workbook's formula agree by construction. */
export function derive(dataset: Dataset, d: Omit<DerivedValue, 'value'>): DerivedValue {
  // clean() drops binary noise (1 − 0.269 is 0.7310000000000001), so that an exact result is not marked approximate.
  return { ...d, value: clean(evaluate(d.calc, dataset) * (d.unit === '%' ? 100 : 1)) };
}

/** A number the app computes: rounded for display, labelled derived, carrying its formula. */
export function derivedRow(d: DerivedValue, lang: Lang): TableRow {
  const value = Number(d.value.toFixed(d.digits ?? 2));
  // 約 only where rounding changed the number: 4 + 67 + 129 is exactly 200.
  const qualifier = value === d.value ? 'exact' : 'approx';
  return {
    label: d.label,
    value,
    unit: d.unit,
    unitLabel: unitLabel(d.unit, lang),
    display: formatValue(value, d.unit, lang),
    displayUnit: scaleFor(d.unit, lang, value).unitLabel,
    qualifier,
    qualifierLabel: qualifierLabel(qualifier, lang),
    status: 'actual',
    statusLabel: statusLabel('derived', lang),
    period: d.period,
    periodLabel: formatPeriod(d.period, lang),
    derived: derivation(d, value, lang),
  };
}

function derivation(d: DerivedValue, rounded: number, lang: Lang): Derivation {
  return {
    formula: d.formula,
    calc: d.calc,
    shown: formatValue(rounded, d.unit, lang),
    approximate: rounded !== d.value,
    ...(d.parts ? { parts: d.parts } : {}),
  };
}

export function derivedPoint(d: DerivedValue, lang: Lang, category = d.label, scale = scaleFor(d.unit, lang)): Point {
  const row = derivedRow(d, lang);
  return {
    category,
    value: scaled(row.value, scale),
    display: `${row.display}*`,
    qualifier: row.qualifier,
    status: 'actual',
    period: d.period,
    periodLabel: row.periodLabel,
    ...(row.derived ? { derived: row.derived } : {}),
  };
}

/** The screen-reader text: the title, then every value with its period and status. */
export function describe(title: string, points: readonly Point[], lang: Lang): string {
  const items = points.map((p) =>
    t(lang, 'chart.item', { label: p.category, value: p.display, period: p.periodLabel, status: statusLabel(p.derived ? 'derived' : p.status, lang) }),
  );
  return t(lang, 'chart.description', { title, items: items.join(profile(lang).clauseSeparator) });
}

/** "label（addition）" / "label (addition)". */
function bracketed(label: string, addition: string, lang: Lang): string {
  const [open, close] = profile(lang).brackets;
  return `${label}${open}${addition}${close}`;
}

/** The one scale for a chart whose values share a unit; undefined where units are mixed. */
export function sharedScale(lang: Lang, values: readonly { unit: Unit; value: number }[]): Scale | undefined {
  const [first] = values;
  if (first === undefined || values.some((v) => v.unit !== first.unit)) return undefined;
  return scaleFor(first.unit, lang, Math.max(...values.map((v) => v.value)));
}

/** "GDP (CNY bn)": an axis title with the display unit, where the chart has one; the unit alone without a title. */
export function axisTitle(lang: Lang, title: string | undefined, scale: Scale | undefined): string {
  if (title === undefined) return scale?.unitLabel ?? '';
  return scale ? bracketed(title, scale.unitLabel, lang) : title;
}

type ModelBase = { id: string; page: string; lang: Lang; title: string };
type SeriesExtras = Partial<Pick<ChartModel, 'subtitle' | 'categoryAxis' | 'valueAxis' | 'annotations' | 'notes'>>;

const present = (points: readonly (Point | null)[]): Point[] => points.filter((p): p is Point => p !== null);

/**
 * A drawn chart or a set of cards: its categories come from the first series, its description
 * from every value it shows, drawn or stated beside it.
 */
export function seriesModel(base: ModelBase, kind: ChartKind, series: Series[], rows: TableRow[], extras: SeriesExtras = {}): ChartModel {
  const annotations = extras.annotations ?? [];
  return {
    ...base,
    kind,
    description: describe(base.title, [...present(series.flatMap((s) => s.points)), ...annotations], base.lang),
    categories: (series[0]?.points ?? []).map((p) => p?.category ?? ''),
    series,
    annotations,
    rows,
    notes: [],
    ...extras,
  };
}

/** Small multiples (kind multiples): one panel per measure, each with its own axis. */
export function panelsModel(base: ModelBase, panels: Panel[], rows: TableRow[], extras: SeriesExtras = {}): ChartModel {
  const annotations = extras.annotations ?? [];
  const points = present(panels.flatMap((panel) => panel.series.flatMap((s) => s.points)));
  return {
    ...base,
    kind: 'multiples',
    description: describe(base.title, [...points, ...annotations], base.lang),
    categories: [],
    series: [],
    panels,
    annotations,
    rows,
    notes: [],
    ...extras,
  };
}

/** A panel of text blocks (kind "text"), with the figures it relates to in its table. */
export function textModel(base: ModelBase, text: TextBlock[], rows: TableRow[] = []): ChartModel {
  const items = text.map((block) => labelled(base.lang, block.heading, block.body));
  return {
    ...base,
    kind: 'text',
    description: t(base.lang, 'chart.description', { title: base.title, items: items.join(profile(base.lang).clauseSeparator) }),
    categories: [],
    series: [],
    annotations: [],
    rows,
    notes: [],
    text,
  };
}

/** How a figure stated beside a chart is named: a part of a whole says so ("of which …"). */
export function annotationLabel(figure: Figure, lang: Lang): string {
  return figure.partOf === undefined ? figure.label[lang] : t(lang, 'chart.ofWhich', { label: figure.label[lang] });
}
