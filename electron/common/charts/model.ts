import type { Dataset, Qualifier, SectionId, Status, Unit } from '../dataset';
import type { Lang } from '../i18n/languages';
import type { ChartKind } from './kinds';

export type { ChartKind } from './kinds';

/** A number the app computed, not printed in the article. */
export type Derivation = { formula: string };

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
};

export type Series = { name: string; points: (Point | null)[] };

export type TableRow = {
  figureId?: string;
  label: string;
  /** The figure's value as printed in the article (or as derived), before any display scaling. */
  value: number;
  unit: Unit;
  unitLabel: string;
  display: string;
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
};

export type TextBlock = { heading: string; body: string; items?: string[] };

/**
 * What a chart shows, in one language, computed from the dataset and nothing else. The renderer
 * draws it (Chart.js and a table), the workbook writes it: the spreadsheet matches the screen.
 * Its kind (kinds/) says how each surface draws it.
 */
export type ChartModel = {
  id: string;
  page: SectionId;
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
  /** Figures stated on the chart as text rather than drawn (e.g. "+833% since 2020"). */
  annotations: Point[];
  rows: TableRow[];
  notes: string[];
  text?: TextBlock[];
};

export type ChartDefinition = {
  id: string;
  page: SectionId;
  build: (dataset: Dataset, lang: Lang) => ChartModel;
};
