import type { Dataset, Qualifier, Status, Unit } from '../dataset';
import type { Lang } from '../i18n/languages';
import type { Calc } from './calc';
import type { FormulaPart } from './formula-words';
import type { ChartKind } from './kinds';

export type { ChartKind } from './kinds';

/**
 * A number the app computed, not printed in the article: its formula in words and as an expression
 * (calc.ts), its value as shown (without the * that marks it on a chart), and whether rounding made
 * that value approximate.
 */
export type Derivation = { formula: string; calc: Calc; shown: string; approximate: boolean; parts?: FormulaPart[] };

/**
 * A piece of a text said beside a chart: words, a value shown from a point (a figure's or a derived
 * one), or a formula's input as shown. Joined, the pieces are the line every surface shows; the
 * workbook writes each value as a formula over its cells, so the line follows an edit.
 */
export type TextPart = string | { point: Point } | FormulaPart;

/**
 * A value changed since its source gave it (a workbook opened back): the source's value as shown,
 * which the quote still states, and when and from which file the new one was read (YYYY-MM-DD).
 */
export type Revision = { previous: string; date: string; file: string };

export type Point = {
  /** The dataset figure this point shows; absent for a derived point. */
  figureId?: string;
  category: string;
  /** The value on the chart's axis: the figure's value × the language's scale factor. */
  value: number;
  /** The value as the reader sees it, qualifier included (超7%, ≥ 30). */
  display: string;
  qualifier: Qualifier;
  status: Status;
  period: string;
  periodLabel: string;
  derived?: Derivation;
  /** A line under a KPI card, e.g. "from 299.3億元 (2020)". */
  detail?: string;
  /** Position on a numeric x axis (a year), for line charts. */
  x?: number;
  /** Revised since its source gave it: its display carries †, and a line beside the chart says from what. */
  revision?: Revision;
};

export type Series = { name: string; points: (Point | null)[] };

/**
 * One small chart of a set of small multiples: one measure, its own value axis. A chart of kind
 * multiples draws each panel as a chart of its own, side by side.
 */
export type Panel = {
  title: string;
  /** The value axis, naming the panel's unit. */
  valueAxis?: string;
  categories: string[];
  series: Series[];
};

export type TableRow = {
  figureId?: string;
  label: string;
  /** The figure's value as printed in the article (or as derived), before any display scaling. */
  value: number;
  unit: Unit;
  /** The article's unit in the language (億元 → "CNY 100 million"): the unit of `value`. */
  unitLabel: string;
  display: string;
  /**
   * The unit of `display`, in the scale that shows it (CNY million for CNY 540 million); empty where
   * the display states the value in words (翻番, "doubled").
   */
  displayUnit: string;
  qualifier: Qualifier;
  qualifierLabel: string;
  status: Status;
  statusLabel: string;
  period: string;
  periodLabel: string;
  quote?: string;
  /** The dataset's note on the figure: an ambiguity, the base of a percentage. */
  note?: string;
  derived?: Derivation;
  revision?: Revision;
};

/** A block of a text panel; `summary` is what a slide shows of it, the article's prose staying in the viewer. */
export type TextBlock = {
  heading: string;
  body: string;
  summary?: string;
  items?: string[];
  /** The body as parts, where it states values. */ bodyParts?: TextPart[];
};

/**
 * What a chart shows, in one language, computed from the dataset and nothing else. The renderer
 * draws it (Chart.js and a table), the workbook writes it: the spreadsheet matches the screen.
 * Its kind (kinds/) says how each surface draws it.
 */
export type ChartModel = {
  id: string;
  /** The section (page) it is on. */
  page: string;
  kind: ChartKind;
  lang: Lang;
  title: string;
  subtitle?: string;
  /** For screen readers: what the chart shows, every value included. */
  description: string;
  /** Axis titles; the value axis names the display unit. */
  categoryAxis?: string;
  valueAxis?: string;
  categories: string[];
  series: Series[];
  /**
   * Figures stated beside the chart as text rather than drawn: a figure of another measure
   * ("+833% since 2020"), a part stated as "of which", or a derived value with its formula.
   */
  annotations: Point[];
  /** Small multiples: one panel per measure (kind multiples); series is then empty. */
  panels?: Panel[];
  rows: TableRow[];
  notes: string[];
  /** The notes as parts, where they state values (a report file's {figure-id}); `notes` is their text. */
  noteParts?: TextPart[][];
  text?: TextBlock[];
};

export type ChartDefinition = {
  id: string;
  page: string;
  build: (dataset: Dataset, lang: Lang) => ChartModel;
};
