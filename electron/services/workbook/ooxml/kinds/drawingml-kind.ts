import type { NativeChartSpec } from '../../chart-spec';
import type { AxesLayout } from '../axes-xml';
import type { ChartLayout } from '../source-shape';

/** What a kind that becomes a native chart contributes to its chart part. */
export type DrawingMlKind = {
  /**
   * The plot element (c:barChart, c:lineChart, c:doughnutChart) with every series. Series children
   * follow CT_BarSer / CT_LineSer / CT_PieSer order exactly: Excel "repairs" a file that breaks
   * schema order by dropping the chart. The layout says where the bars are drawn, for labels that
   * do not fit their bar.
   */
  plot: (spec: NativeChartSpec, language: string, layout: ChartLayout) => string;
  axes: AxesLayout;
  /**
   * Whether the value axis must take in zero: a bar's length is its value, so an axis that starts
   * elsewhere (LibreOffice draws 24 against 20 on an 18–25 axis) makes one bar look several times
   * another. Points on a line read by position, so a slope keeps the reader's own scaling.
   */
  valueAxisFromZero: boolean;
  /** Where the legend sits, when the chart has one. */
  legendPosition: 'b' | 'r';
};
