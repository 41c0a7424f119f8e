import { z } from 'zod';
import { id, localized } from '../schema-parts';
import { UNITS } from '../vocabulary';
import { ExpressionError, parseExpression } from './expression';

/**
 * A chart as data in the report file, as an editor writes it (the way OWID's grapher configs and
 * Datawrapper's chart metadata are data): which figures it draws, by id, and its words in every
 * language. interpret.ts turns a spec into the ChartModel every surface draws; grammar.ts checks it
 * at load. A note may state a figure by reference, {figure-id} (its value as formatFigure shows it)
 * or {figure-id.period}, and a derived value of the same chart by {its-id}; so the words follow the
 * data when a value changes.
 */

/** A figure drawn or stated on the chart; `label` replaces the figure's own label there. */
const figureRef = z.object({
  figure: id,
  label: localized.optional(),
  /** A line under a card (kpi), e.g. "from {start-value} ({start-value.period})". */
  detail: localized.optional(),
});

/** A number the chart computes from figures: `calc` is arithmetic over {figure-id}s (+ − * / ^ and brackets). */
const derivedSpec = z.object({
  id,
  label: localized,
  calc: z.string().superRefine((value, ctx) => {
    try {
      parseExpression(value);
    } catch (error) {
      if (!(error instanceof ExpressionError)) throw error;
      ctx.addIssue({ code: 'custom', message: `the expression ${error.message}` });
    }
  }),
  unit: z.enum(UNITS, { error: `must be one of ${UNITS.join(' ')}` }),
  period: z.string().regex(/^\d{4}(?:-H[12]|\/\d{4})?$/u, { error: 'must be a year (2025), a half-year (2025-H1) or a range (2021/2025)' }),
  /** Decimal places shown; 2 when absent. */
  digits: z.number().int().min(0).max(6).optional(),
  /**
   * In a chart of cards (kpi): a card of its own beside the article's figures, starred and labelled
   * derived. Elsewhere, and by default, it is stated beside the chart with its formula.
   */
  card: z.boolean().optional(),
});

const common = {
  id,
  section: id,
  title: localized,
  subtitle: localized.optional(),
  notes: z.array(localized).optional(),
  /** Figures of other measures, or parts, stated beside the chart as text, never drawn on its axis. */
  annotations: z.array(figureRef).optional(),
  derived: z.array(derivedSpec).optional(),
};

const axes = {
  /** The value axis's title; the display unit is added to it ("GDP (CNY bn)"). */
  valueAxis: localized.optional(),
  categoryAxis: localized.optional(),
};

const figures = z.array(figureRef).min(1, { error: 'must draw at least one figure' });

export const chartSpecSchema = z.discriminatedUnion(
  'kind',
  [
    /** One measure across categories: a bar each. */
    z.object({ kind: z.literal('bar'), ...common, ...axes, figures }),
    z.object({ kind: z.literal('hbar'), ...common, ...axes, figures }),
    /** A share of a whole; the derived rest is drawn after it. */
    z.object({ kind: z.literal('doughnut'), ...common, figures }),
    /** Figures that share no axis: a card each. */
    z.object({ kind: z.literal('kpi'), ...common, figures }),
    /** One measure at two periods; `series` names the line. */
    z.object({ kind: z.literal('slope'), ...common, ...axes, series: localized.optional(), figures }),
    /** The parts of one whole, stacked in one bar; `category` names the bar. */
    z.object({ kind: z.literal('stacked'), ...common, ...axes, category: localized.optional(), figures }),
    /** One small chart per measure, each on its own zero-based axis. */
    z.object({
      kind: z.literal('multiples'),
      ...common,
      panels: z.array(z.object({ title: localized, valueAxis: localized.optional(), figures: z.array(id).min(1) })).min(1),
    }),
    /** Words where the article has few numbers; `figures` are the ones its table lists. */
    z.object({
      kind: z.literal('text'),
      ...common,
      blocks: z.array(z.object({ heading: localized, body: localized, summary: localized.optional(), items: z.array(localized).optional() })).min(1),
      figures: z.array(figureRef).optional(),
    }),
  ],
  { error: 'kind must be one of bar, hbar, doughnut, kpi, slope, stacked, multiples, text' },
);

export type ChartSpec = z.infer<typeof chartSpecSchema>;
export type FigureRefSpec = z.infer<typeof figureRef>;
export type DerivedSpec = z.infer<typeof derivedSpec>;
