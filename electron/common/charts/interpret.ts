import type { Dataset, Figure } from '../dataset';
import { figureIndex } from '../figure-index';
import { formatFigure, formatPeriod, scaleFor } from '../format';
import type { Lang } from '../i18n/languages';
import { t } from '../i18n/messages';
import { profile } from '../i18n/profiles';
import {
  annotationLabel,
  axisTitle,
  derive,
  derivedPoint,
  derivedRow,
  figureById,
  figurePoint,
  figureRow,
  panelsModel,
  seriesModel,
  sharedScale,
  textModel,
  type DerivedValue,
} from './build';
import { parseExpression } from './expression';
import { formulaParts } from './formula-words';
import { KINDS } from './kinds';
import type { ChartDefinition, ChartModel, Panel, Point, TableRow, TextPart } from './model';
import { partsText } from './notes';
import type { ChartSpec, FigureRefSpec } from './spec';
import { REF, specFigureIds } from './spec-refs';

/**
 * The one interpreter: a chart spec from the report file → the ChartModel that the screen, the
 * table, the PNG, the kiosk, the print view and the workbook all draw. Nothing here knows one
 * report's figures: titles, notes and labels come from the spec, values from the figures, formula
 * words from the expressions.
 */

type Context = { dataset: Dataset; lang: Lang; derived: DerivedValue[]; derivedIds: string[] };

/** A chart's words with {figure-id} and {figure-id.period} filled from the report as it is now, as parts: a value is a point. */
function fillParts(text: string, context: Context): TextPart[] {
  const { dataset, lang } = context;
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of text.matchAll(REF)) {
    const [whole, id = '', part] = match;
    parts.push(text.slice(at, match.index));
    at = match.index + whole.length;
    const figure = figureIndex(dataset.figures).get(id);
    const derived = context.derived[context.derivedIds.indexOf(id)];
    if (figure) parts.push(part === 'period' ? formatPeriod(figure.period, lang) : { point: figurePoint(figure, lang, {}) });
    else if (derived) parts.push({ point: { ...derivedPoint(derived, lang), display: derivedRow(derived, lang).display } });
    else parts.push(whole);
  }
  parts.push(text.slice(at));
  return parts.filter((p) => p !== '');
}

/** The parts' text. */
function fill(text: string, context: Context): string {
  return partsText(fillParts(text, context));
}

function derivedValues(spec: ChartSpec, dataset: Dataset, lang: Lang): DerivedValue[] {
  const lookup = (id: string) => figureIndex(dataset.figures).get(id);
  return (spec.derived ?? []).map((d) => {
    const calc = parseExpression(d.calc);
    const parts = formulaParts(calc, lang, lookup);
    return derive(dataset, {
      label: d.label[lang],
      calc,
      unit: d.unit,
      formula: partsText(parts),
      parts,
      period: d.period,
      ...(d.digits === undefined ? {} : { digits: d.digits }),
    });
  });
}

/** The latest actual of a target's measure, from an earlier period: what a target card is read against. */
function latestActual(target: Figure, dataset: Dataset): Figure | undefined {
  if (target.status === 'actual') return undefined;
  const start = (period: string) => Number(period.slice(0, 4));
  return dataset.figures
    .filter((f) => f.measure === target.measure && f.status === 'actual' && start(f.period) < start(target.period))
    .sort((a, b) => start(b.period) - start(a.period))[0];
}

/** The line under a card: the spec's, the latest actual beside a target, and an unstated basis said. */
function cardDetail(ref: FigureRefSpec, figure: Figure, context: Context): string | undefined {
  const { lang, dataset } = context;
  const lines: string[] = [];
  if (ref.detail) lines.push(fill(ref.detail[lang], context));
  const actual = ref.detail ? undefined : latestActual(figure, dataset);
  if (actual) lines.push(t(lang, 'chart.latestActual', { value: formatFigure(actual, lang), period: formatPeriod(actual.period, lang) }));
  if (figure.basis === 'unstated') lines.push(t(lang, 'figure.basisUnstated'));
  return lines.length > 0 ? lines.join(profile(lang).clauseSeparator) : undefined;
}

/** A figure's rows, in order of first mention: drawn, stated beside, derived, then named in the words. */
function rowsOf(spec: ChartSpec, figures: readonly Figure[], context: Context): TableRow[] {
  const { dataset, lang } = context;
  const listed: Figure[] = [];
  const add = (figure: Figure | undefined) => {
    if (figure && !listed.includes(figure)) listed.push(figure);
  };
  const mentioned = (text: string | undefined) => {
    for (const match of (text ?? '').matchAll(REF)) add(figureIndex(dataset.figures).get(match[1] ?? ''));
  };
  const refs = 'figures' in spec ? (spec.figures ?? []) : [];
  for (const figure of figures) {
    add(figure);
    const ref = refs.find((r) => r.figure === figure.id);
    mentioned(ref?.detail?.[lang]);
    if (spec.kind === 'kpi' && !ref?.detail) add(latestActual(figure, dataset));
  }
  for (const ref of spec.annotations ?? []) add(figureById(dataset, ref.figure));
  const notes = (spec.notes ?? []).map((note) => note[lang]);
  const beforeNotes = listed.length;
  notes.forEach(mentioned);
  const [first, rest] = [listed.slice(0, beforeNotes), listed.slice(beforeNotes)];
  return [...first.map((f) => figureRow(f, lang)), ...context.derived.map((d) => derivedRow(d, lang)), ...rest.map((f) => figureRow(f, lang))];
}

function annotationsOf(spec: ChartSpec, context: Context, stated: readonly DerivedValue[]): Point[] {
  const { dataset, lang } = context;
  return [
    ...(spec.annotations ?? []).map((ref) => {
      const figure = figureById(dataset, ref.figure);
      return figurePoint(figure, lang, { category: ref.label?.[lang] ?? annotationLabel(figure, lang) });
    }),
    ...stated.map((d) => derivedPoint(d, lang)),
  ];
}

/** The model's shared words: subtitle, axis titles, notes with their references filled. */
function words(spec: ChartSpec, context: Context): Pick<ChartModel, 'notes' | 'noteParts'> & Partial<Pick<ChartModel, 'subtitle' | 'categoryAxis'>> {
  const { lang } = context;
  const noteParts = (spec.notes ?? []).map((note) => fillParts(note[lang], context));
  return {
    ...(spec.subtitle ? { subtitle: fill(spec.subtitle[lang], context) } : {}),
    ...('categoryAxis' in spec && spec.categoryAxis ? { categoryAxis: spec.categoryAxis[lang] } : {}),
    notes: noteParts.map(partsText),
    noteParts,
  };
}

function build(spec: ChartSpec, dataset: Dataset, lang: Lang): ChartModel {
  const derived = derivedValues(spec, dataset, lang);
  const context: Context = { dataset, lang, derived, derivedIds: (spec.derived ?? []).map((d) => d.id) };
  const base = { id: spec.id, page: spec.section, lang, title: spec.title[lang] };
  switch (spec.kind) {
    case 'text': {
      const figures = (spec.figures ?? []).map((ref) => figureById(dataset, ref.figure));
      const text = spec.blocks.map((block) => {
        const bodyParts = fillParts(block.body[lang], context);
        return {
          heading: block.heading[lang],
          body: partsText(bodyParts),
          bodyParts,
          ...(block.summary ? { summary: fill(block.summary[lang], context) } : {}),
          ...(block.items ? { items: block.items.map((item) => item[lang]) } : {}),
        };
      });
      return { ...textModel(base, text, rowsOf(spec, figures, context)), ...words(spec, context) };
    }
    case 'multiples': {
      const figures = spec.panels.flatMap((panel) => panel.figures.map((id) => figureById(dataset, id)));
      const panels: Panel[] = spec.panels.map((panel) => {
        const drawn = panel.figures.map((id) => figureById(dataset, id));
        const scale = sharedScale(lang, drawn);
        const points = drawn.map((figure) =>
          figurePoint(figure, lang, {
            category: t(lang, `chart.panel.${figure.status}`, { period: formatPeriod(figure.period, lang, true) }),
            ...(scale ? { scale } : {}),
          }),
        );
        return {
          title: panel.title[lang],
          valueAxis: axisTitle(lang, panel.valueAxis?.[lang], scale),
          categories: points.map((p) => p.category),
          series: [{ name: panel.title[lang], points }],
        };
      });
      return panelsModel(base, panels, rowsOf(spec, figures, context), { annotations: annotationsOf(spec, context, derived), ...words(spec, context) });
    }
    case 'stacked': {
      const parts = spec.figures.map((ref) => figureById(dataset, ref.figure));
      const scale = sharedScale(lang, parts);
      const category = spec.category?.[lang] ?? formatPeriod(parts[0]?.period ?? '', lang, true);
      const series = parts.map((figure, i) => ({
        name: spec.figures[i]?.label?.[lang] ?? figure.label[lang],
        points: [figurePoint(figure, lang, { category, ...(scale ? { scale } : {}) })],
      }));
      return seriesModel(base, 'stacked', series, rowsOf(spec, parts, context), {
        ...words(spec, context),
        ...(spec.valueAxis ? { valueAxis: axisTitle(lang, spec.valueAxis[lang], scale) } : {}),
        annotations: annotationsOf(spec, context, derived),
      });
    }
    case 'slope': {
      const ends = spec.figures.map((ref) => figureById(dataset, ref.figure));
      const scale = sharedScale(lang, ends) ?? scaleFor(ends[0]?.unit ?? '%', lang);
      const points = ends.map((figure) => figurePoint(figure, lang, { category: formatPeriod(figure.period, lang, true), scale }));
      return seriesModel(base, 'slope', [{ name: spec.series?.[lang] ?? base.title, points }], rowsOf(spec, ends, context), {
        ...words(spec, context),
        valueAxis: axisTitle(lang, spec.valueAxis?.[lang] ?? ends[0]?.label[lang], scale),
        annotations: annotationsOf(spec, context, derived),
      });
    }
    case 'bar':
    case 'hbar':
    case 'kpi':
    case 'doughnut': {
      const figures = spec.figures.map((ref) => ({ ref, figure: figureById(dataset, ref.figure) }));
      // A share's rest is drawn after the share, in grey; a derived card beside the article's cards where
      // the spec asks for one (cards share no axis); every other derived value is stated beside the chart.
      const drawnDerived = KINDS[spec.kind].fill === 'share' ? derived : spec.kind === 'kpi' ? derived.filter((_, i) => spec.derived?.[i]?.card === true) : [];
      const scale = sharedScale(lang, [...figures.map(({ figure }) => figure), ...drawnDerived]);
      const points = [
        ...figures.map(({ ref, figure }) => {
          const detail = spec.kind === 'kpi' ? cardDetail(ref, figure, context) : undefined;
          return figurePoint(figure, lang, { category: ref.label?.[lang] ?? figure.label[lang], ...(scale ? { scale } : {}), ...(detail ? { detail } : {}) });
        }),
        ...drawnDerived.map((d) => derivedPoint(d, lang, d.label, scale)),
      ];
      const stated = derived.filter((d) => !drawnDerived.includes(d));
      return seriesModel(
        base,
        spec.kind,
        [{ name: base.title, points }],
        rowsOf(
          spec,
          figures.map(({ figure }) => figure),
          context,
        ),
        {
          ...words(spec, context),
          ...('valueAxis' in spec && spec.valueAxis ? { valueAxis: axisTitle(lang, spec.valueAxis[lang], scale) } : {}),
          annotations: annotationsOf(spec, context, stated),
        },
      );
    }
  }
}

/** A spec as the chart definition every surface asks for its model. */
export function chartDefinition(spec: ChartSpec): ChartDefinition {
  return { id: spec.id, page: spec.section, build: (dataset, lang) => build(spec, dataset, lang) };
}

/** Every figure a chart reads: those its spec names, and the latest actual under each target card. */
export function chartFigureIds(spec: ChartSpec, dataset: Dataset): string[] {
  const ids = specFigureIds(spec);
  if (spec.kind !== 'kpi') return ids;
  const index = figureIndex(dataset.figures);
  const actuals = spec.figures.flatMap((ref) => {
    const figure = index.get(ref.figure);
    const actual = figure && !ref.detail ? latestActual(figure, dataset) : undefined;
    return actual ? [actual.id] : [];
  });
  return [...new Set([...ids, ...actuals])];
}
