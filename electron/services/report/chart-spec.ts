import type { NativeKind } from '../../common/charts/kinds';

/**
 * What the workbook asks of a native Excel chart: which cells it reads, how it looks and where it
 * sits. chart-blocks.ts fills these from the chart models; native-charts.ts turns them into
 * DrawingML parts inside the package exceljs wrote, each kind through its adapter in ooxml/kinds/.
 */

/** A cell, 1-based as in A1 notation (row 1, column 1 = A1). */
export type CellRef = { row: number; column: number };

/** A run of cells down one column, 1-based and inclusive. */
export type ColumnRange = { column: number; firstRow: number; lastRow: number };

/** How one bar, point or slice is painted; colours are 'RRGGBB'. */
export type PointStyle = {
  fill: string;
  /** Hatched, as targets are on screen. */
  hatched?: boolean;
  /** A dashed outline in this colour, as expected values are on screen. */
  dashedOutline?: string;
};

export type SeriesSpec = {
  /** The header cell that names the series, and its text. */
  name: { ref: CellRef; cached: string };
  categories: { ref: ColumnRange; cached: string[] };
  /** null where the series has no value for that category (a gap). */
  values: { ref: ColumnRange; cached: (number | null)[]; formatCode: string };
  /**
   * The cells holding each value as the article states it ("超7%", "≥ 30", "5.49%*"), and their
   * text: the data labels show these, not the bare number. One per value; '' where there is none.
   */
  labels?: { ref: ColumnRange; cached: string[] };
  /** The series colour, and per-point overrides (derived values grey, targets hatched…). */
  style: PointStyle;
  points?: (PointStyle | undefined)[];
};

/** Zero-based column and row, as DrawingML counts, with offsets in EMU inside that cell. */
export type AnchorPoint = { column: number; row: number; columnOffset: number; rowOffset: number };

export type ChartSpec = {
  /** The worksheet's name as the workbook shows it; the chart's series refer to this sheet. */
  sheetName: string;
  /** A chart kind that becomes a native chart (common/charts/kinds). */
  kind: NativeKind;
  title: string;
  categoryAxisTitle?: string;
  valueAxisTitle?: string;
  series: SeriesSpec[];
  showLegend: boolean;
  /** Label each bar, point or slice: with its series' `labels` text where given, else its number. */
  showValues: boolean;
  from: AnchorPoint;
  to: AnchorPoint;
};

/** Package-level properties exceljs cannot set. */
export type PackageProperties = {
  /** BCP 47 tag written to docProps/core.xml as dc:language (zh-Hant, zh-Hans, en). */
  language: string;
};
