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
   * Each point's label format (cells.ts liveCell): the value with the article's qualifier and unit
   * as literal text (超5.4億元, ≥ 30, 73.1%*), the same format as its cell. '' where there is no point.
   */
  labelFormats?: string[];
  /** The series colour, and per-point overrides (derived values grey, targets hatched…). */
  style: PointStyle;
  points?: (PointStyle | undefined)[];
};

/** Zero-based column and row, as DrawingML counts, with offsets in EMU inside that cell. */
export type AnchorPoint = { column: number; row: number; columnOffset: number; rowOffset: number };

export type NativeChartSpec = {
  /** The worksheet's name as the workbook shows it; the chart's series refer to this sheet. */
  sheetName: string;
  /** A chart kind that becomes a native chart (common/charts/kinds). */
  kind: NativeKind;
  title: string;
  /**
   * The chart's alternative text for screen readers (the drawing's descr), in the export's language:
   * its kind, its measure and every value it draws with its period (ooxml/alt-text.ts).
   */
  description: string;
  /** The source line drawn inside the chart, so that a chart copied elsewhere keeps its attribution. */
  source: string;
  categoryAxisTitle?: string;
  valueAxisTitle?: string;
  /** The value axis's tick format; the cells' own formats carry qualifier and unit, which ticks must not. */
  valueAxisFormat: string;
  series: SeriesSpec[];
  showLegend: boolean;
  /** Label each bar, point or slice: through its series' `labelFormats` where given, else its number. */
  showValues: boolean;
  from: AnchorPoint;
  to: AnchorPoint;
};

/** Package-level properties exceljs cannot set. */
export type PackageProperties = {
  /** BCP 47 tag written to docProps/core.xml as dc:language (zh-Hant, zh-Hans, en). */
  language: string;
  /** The application named in docProps/app.xml. */
  application: string;
};
