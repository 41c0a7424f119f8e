import type { Figure, Issue, Shape } from '../dataset';
import { excerpt } from '../excerpt';
import { isCounter, type Unit } from '../vocabulary';
import { parseExpression } from './expression';
import { inputs } from './calc';
import type { ChartSpec } from './spec';
import { REF } from './spec-refs';

/**
 * The checks a chart spec must pass when a report file loads, whoever wrote it: every reference
 * resolves, and the grammar that keeps charts truthful holds (docs/ARCHITECTURE.md, "Charts tell the
 * truth"):
 * - one measure, in one unit, per value axis;
 * - no part beside its whole;
 * - a level (級) or a range is text, never a bar's length;
 * - a figure whose period basis is unstated is never ranked against others;
 * - one measure at two periods is a slope, not bars.
 * Derived values are never drawn on a figure's axis by construction (interpret.ts states them beside
 * the chart; only a share's rest is drawn). Each issue names the chart and the field.
 */

/** Kinds whose drawn figures share one value axis. */
const ONE_AXIS: ReadonlySet<ChartSpec['kind']> = new Set(['bar', 'hbar', 'slope', 'stacked', 'doughnut']);
/** Kinds that draw a figure as a length. */
const LENGTHS: ReadonlySet<ChartSpec['kind']> = new Set(['bar', 'hbar', 'slope', 'stacked', 'doughnut', 'multiples']);
/** Kinds that rank their figures against each other. */
const RANKS: ReadonlySet<ChartSpec['kind']> = new Set(['bar', 'hbar']);

/** Units that count one thing share an axis (14戶, of which 7家); every other unit is itself. */
function axisUnit(unit: Unit): string {
  return isCounter(unit) ? 'count' : unit;
}

type Drawn = { figure: Figure; path: (string | number)[] };

function drawnFigures(spec: ChartSpec, byId: ReadonlyMap<string, Figure>, at: number): Drawn[][] {
  const found = (id: string, path: (string | number)[]): Drawn[] => {
    const figure = byId.get(id);
    return figure ? [{ figure, path }] : [];
  };
  if (spec.kind === 'multiples') return spec.panels.map((panel, p) => panel.figures.flatMap((id, k) => found(id, ['charts', at, 'panels', p, 'figures', k])));
  if (spec.kind === 'kpi' || spec.kind === 'text') return [];
  return [spec.figures.flatMap((ref, k) => found(ref.figure, ['charts', at, 'figures', k, 'figure']))];
}

function axisIssues(spec: ChartSpec, axis: Drawn[]): Issue[] {
  const issues: Issue[] = [];
  const [first] = axis;
  if (!first) return issues;
  for (const { figure, path } of axis.slice(1)) {
    if (figure.measure !== first.figure.measure) {
      issues.push({
        path,
        message: `${excerpt(figure.id, 30)} measures ${excerpt(figure.measure, 30)}, not ${excerpt(first.figure.measure, 30)}: one measure per axis`,
      });
    } else if (axisUnit(figure.unit) !== axisUnit(first.figure.unit)) {
      issues.push({ path, message: `draws ${figure.unit} on one axis with ${first.figure.unit}: one unit per axis` });
    }
  }
  const ids = new Set(axis.map((d) => d.figure.id));
  if (spec.kind !== 'stacked') {
    for (const { figure, path } of axis) {
      if (figure.partOf !== undefined && ids.has(figure.partOf))
        issues.push({
          path,
          message: `draws ${excerpt(figure.id, 40)} beside its whole ${excerpt(figure.partOf, 40)}: state the part as an annotation, or stack the parts`,
        });
    }
  }
  if (RANKS.has(spec.kind) && axis.length >= 2) {
    const periods = new Set(axis.map((d) => d.figure.period));
    if (periods.size === 2 && axis.length === 2)
      issues.push({ path: axis[1]?.path ?? [], message: 'draws one measure at two periods as bars: make it a slope' });
    for (const { figure, path } of axis) {
      if (figure.basis === 'unstated')
        issues.push({ path, message: `ranks ${excerpt(figure.id, 40)}, whose period basis is unstated, against others: state it beside the chart` });
    }
  }
  return issues;
}

/** {figure-id} references in a chart's words, and the figures and derived values they may name. */
function referenceIssues(spec: ChartSpec, at: number, known: (id: string) => boolean): Issue[] {
  const issues: Issue[] = [];
  const derivedIds = new Set((spec.derived ?? []).map((d) => d.id));
  const check = (text: Record<string, string> | undefined, path: (string | number)[]) => {
    for (const [lang, value] of Object.entries(text ?? {})) {
      for (const match of value.matchAll(REF)) {
        const id = match[1] ?? '';
        if (!known(id) && !derivedIds.has(id))
          issues.push({
            path: [...path, lang],
            message: `refers to {${excerpt(id, 40).slice(1, -1)}}, which is neither a figure nor a derived value of this chart`,
          });
      }
    }
  };
  (spec.notes ?? []).forEach((note, k) => check(note, ['charts', at, 'notes', k]));
  const refs = 'figures' in spec ? (spec.figures ?? []) : [];
  refs.forEach((ref, k) => check(ref.detail, ['charts', at, 'figures', k, 'detail']));
  return issues;
}

export function checkCharts(data: Pick<Shape, 'charts' | 'figures' | 'sections'>): Issue[] {
  const issues: Issue[] = [];
  const byId = new Map(data.figures.map((f) => [f.id, f]));
  const sections = new Set(data.sections.map((s) => s.id));
  const unknown = (id: string, path: (string | number)[]) => {
    if (!byId.has(id)) issues.push({ path, message: `unknown figure ${excerpt(id, 40)}` });
  };
  data.charts.forEach((spec, at) => {
    if (!sections.has(spec.section))
      issues.push({ path: ['charts', at, 'section'], message: `unknown section ${excerpt(spec.section, 40)}; expected one of ${[...sections].join(', ')}` });
    const refs = 'figures' in spec ? (spec.figures ?? []) : [];
    refs.forEach((ref, k) => unknown(ref.figure, ['charts', at, 'figures', k, 'figure']));
    (spec.annotations ?? []).forEach((ref, k) => unknown(ref.figure, ['charts', at, 'annotations', k, 'figure']));
    if (spec.kind === 'multiples') spec.panels.forEach((panel, p) => panel.figures.forEach((id, k) => unknown(id, ['charts', at, 'panels', p, 'figures', k])));
    (spec.derived ?? []).forEach((derived, k) => {
      for (const id of inputs(parseExpression(derived.calc))) unknown(id, ['charts', at, 'derived', k, 'calc']);
    });
    issues.push(...referenceIssues(spec, at, (id) => byId.has(id)));
    for (const axis of drawnFigures(spec, byId, at)) {
      if (ONE_AXIS.has(spec.kind) || spec.kind === 'multiples') issues.push(...axisIssues(spec, axis));
      if (LENGTHS.has(spec.kind)) {
        for (const { figure, path } of axis)
          if (figure.qualifier === 'level')
            issues.push({ path, message: `draws ${excerpt(figure.id, 40)}, a level (級), as a length: a level is text (a card)` });
          else if (figure.qualifier === 'range')
            issues.push({ path, message: `draws ${excerpt(figure.id, 40)}, a range, as a length: a range is text (a card)` });
      }
    }
  });
  return issues;
}
