import type { ChartConfiguration, ChartOptions, LegendOptions } from 'chart.js';
import type { KindTraits } from '../../../electron/common/charts/kinds';
import type { ChartModel, Point } from '../../../electron/common/charts/model';
import { PALETTE, paintIn } from '../../../electron/common/charts/palette';
import type { Lang } from '../../../electron/common/i18n/languages';
import { breakLines } from '../text/lines';
import { textWidth } from '../text/measure';
import { hatch } from './hatch';
import { DrawnModel } from './plugins/drawn-model';

/** Shared by the Chart.js config of every canvas kind (kinds/): text, axes, tooltip, legend. */

export type ChartJsType = 'bar' | 'line' | 'doughnut';
export type ChartJsData = (number | { x: number; y: number })[];
export type ChartJsConfig = ChartConfiguration<ChartJsType, ChartJsData, string | string[]>;

export type DrawContext = {
  lang: Lang;
  /** Chart text size in pixels: the page's, which follows the window, or the PNG's fixed size. */
  fontSize: number;
  /** Drawn for a PNG or for paper: a fixed size, no animation or resizing (png.ts, print/PrintChart.tsx). */
  forExport?: boolean;
  /** Canvas pixels per CSS pixel when drawn for export: 2 for a PNG, 3 (288 dpi) for print. */
  pixelRatio?: number;
};

/** Turns a chart model into the Chart.js configuration of its kind. */
export type ConfigBuilder = (model: ChartModel, context: DrawContext) => ChartJsConfig;

type Font = { family: string; size: number; weight: 400 | 700 };

/** Text `step` pixels larger (or smaller) than the chart's text size. */
function fontOf(drawn: DrawnModel): (step: number, weight?: 400 | 700) => Font {
  return (step, weight = 400) => ({ family: drawn.fontFamily, size: drawn.fontSize + step, weight });
}

/** How a value is filled on a canvas, in its kind's fill: a target's colour is a hatch pattern. */
export function fillOf(p: Point | null, fill: KindTraits['fill'] = 'status', part = 0): CanvasPattern | string {
  const paint = paintIn(fill, p, part);
  return paint.hatched ? hatch(paint.fill) : paint.fill;
}

export function outlineOf(p: Point | null, fill: KindTraits['fill'] = 'status', part = 0): string {
  return paintIn(fill, p, part).outline;
}

type GenerateLabels = NonNullable<LegendOptions<ChartJsType>['labels']['generateLabels']>;

/**
 * A legend entry per series in its own look (a target series hatched, a part in its colour), from
 * its first plain point; `withValue` adds the value as the article states it, for parts whose
 * segment may be too narrow to hold their label.
 */
export function seriesLegend(model: ChartModel, fill: KindTraits['fill'] = 'status', withValue = false): GenerateLabels {
  return () =>
    model.series.map((series, i) => {
      const first = series.points.find((p): p is Point => p !== null && !p.derived) ?? null;
      const text = withValue && first ? `${series.name} ${first.display}` : series.name;
      return { text, fillStyle: fillOf(first, fill, i), strokeStyle: outlineOf(first, fill, i), lineWidth: 2, datasetIndex: i, hidden: false };
    });
}

/**
 * The value axis: from zero, with room above the tallest value for its label. Its title is drawn
 * level above a vertical axis (chartOptions), never turned on its side: CJK text set sideways is
 * hard to read; along a horizontal axis Chart.js sets it level by itself.
 */
export function valueAxis(model: ChartModel, drawn: DrawnModel, grace: string, vertical: boolean) {
  const font = fontOf(drawn);
  return {
    beginAtZero: true,
    grace,
    title: { display: !vertical && Boolean(model.valueAxis), text: model.valueAxis ?? '', font: font(-1), color: PALETTE.muted },
    ticks: { font: font(-2), color: PALETTE.muted },
    grid: { color: PALETTE.grid },
  };
}

/**
 * The category axis. Its labels wrap to the room each one has at the chart's current width, measured
 * in the tick font, at word boundaries (Chinese included) and never inside a year or a quoted term.
 */
export function categoryAxis(model: ChartModel, drawn: DrawnModel, horizontal: boolean) {
  const font = fontOf(drawn);
  const tickFont = drawn.font(400, drawn.fontSize - 1);
  const wrapTick = function (this: { chart: { width: number } }, _value: number | string, index: number): string | string[] {
    const width = this.chart.width;
    const room = horizontal ? width * 0.32 : (width - 90) / Math.max(1, model.categories.length) - 8;
    return breakLines(model.categories[index] ?? '', drawn.lang, Math.max(drawn.fontSize * 3, room), (line) => textWidth(line, tickFont));
  };
  return {
    title: { display: Boolean(model.categoryAxis), text: model.categoryAxis ?? '', font: font(-1), color: PALETTE.muted },
    ticks: { font: font(-1), color: PALETTE.text, autoSkip: false, maxRotation: 0, callback: wrapTick },
    grid: { display: false },
  };
}

type LegendChoice = { display: boolean; position: 'top' | 'bottom'; generateLabels?: GenerateLabels };

/**
 * The options every kind shares: size, tooltip, the kind's own legend, its padding, and a vertical
 * value axis's title set level above the axis (in Chart.js's subtitle slot: the chart's title and
 * notes are HTML on screen and drawn by the PNG's frame).
 */
export function chartOptions(
  model: ChartModel,
  drawn: DrawnModel,
  context: DrawContext,
  kind: { legend: LegendChoice; padding: { top: number; right: number; left: number; bottom: number }; axisTitleAbove: boolean },
): ChartOptions<ChartJsType> {
  const font = fontOf(drawn);
  const forExport = context.forExport === true;
  const { generateLabels, ...legend } = kind.legend;
  const axisTitle = kind.axisTitleAbove && model.valueAxis ? model.valueAxis : undefined;
  return {
    responsive: !forExport,
    maintainAspectRatio: false,
    animation: false,
    devicePixelRatio: forExport ? (context.pixelRatio ?? 2) : undefined,
    layout: { padding: kind.padding },
    plugins: {
      // Swatches and gaps grow with the text, so that a 4K screen's legend is not slivers.
      legend: {
        ...legend,
        labels: {
          font: font(-1),
          color: PALETTE.text,
          boxWidth: Math.round(drawn.fontSize * 1.4),
          boxHeight: Math.round(drawn.fontSize * 0.9),
          padding: Math.round(drawn.fontSize * 0.9),
          ...(generateLabels ? { generateLabels } : {}),
        },
      },
      title: { display: false },
      // Room under the axis title for the top tick's label, which reaches above the plot.
      subtitle: {
        display: axisTitle !== undefined,
        text: axisTitle ?? '',
        align: 'start',
        font: font(-1),
        color: PALETTE.muted,
        padding: { bottom: Math.round(drawn.fontSize * 0.9) },
      },
      tooltip: {
        callbacks: {
          label: (item) => {
            const p = drawn.point(item.datasetIndex, item.dataIndex);
            return p ? `${p.display} · ${p.periodLabel}${p.derived ? ` · ${p.derived.formula}` : ''}` : '';
          },
        },
        titleFont: { family: drawn.fontFamily },
        bodyFont: { family: drawn.fontFamily },
      },
    },
  };
}

export function drawnModel(model: ChartModel, context: DrawContext): DrawnModel {
  return new DrawnModel(model, context.lang, context.fontSize);
}
