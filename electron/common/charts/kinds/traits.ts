/**
 * What every surface needs to know of a chart kind: the screen and the kiosk (how it draws, how
 * wide it sits, what explains its marks), the workbook (what it becomes there) and the palette.
 * Each kind declares these once, in its own module; docs/ARCHITECTURE.md has the recipe for a new one.
 */
export type KindTraits = {
  /**
   * canvas: drawn by Chart.js (screen, PNG, kiosk stage); cards: headline figures as HTML cards;
   * text: structured text where the article has words but no figures.
   */
  draws: 'canvas' | 'cards' | 'text';
  /** On a page: half sits two to a row, full takes the whole row. */
  width: 'half' | 'full';
  /**
   * What explains the marks. marks: the legend of status marks (expected, target, "or more") under
   * the chart, and the chart's own legend only for several series; series: the chart's own legend
   * names each series (the parts of a stacked bar), the marks legend too; slices: the chart's own
   * legend names each slice; none: the cards or text say it themselves.
   */
  legend: 'marks' | 'series' | 'slices' | 'none';
  /**
   * one-unit: a series' values share one unit and one number format (one value axis); own-units:
   * each value keeps its own (cards side by side); none: no values drawn.
   */
  values: 'one-unit' | 'own-units' | 'none';
  /**
   * status: each value painted by its status; share: parts of one whole, the share in its own
   * colour, a derived rest grey; parts: each series (a part of a stacked whole) in a colour of its own.
   */
  fill: 'status' | 'share' | 'parts';
  /** In the workbook: a native Excel chart beside its data, the data only, or the text. */
  workbook: 'native-chart' | 'data' | 'text';
};
