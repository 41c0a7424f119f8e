import type { ChartConfiguration, ChartOptions, LegendOptions } from 'chart.js';
import type { ChartModel, Point } from '../../../electron/common/charts/model';
import { annotationLines } from '../../../electron/common/charts/notes';
import { PALETTE, paintOf } from '../../../electron/common/charts/palette';
import type { Lang } from '../../../electron/common/i18n/languages';
import { profile } from '../../../electron/common/i18n/profiles';
import { wrapLabel } from '../wrap';
import { DrawnModel } from './plugins/drawn-model';
import { hatch } from './hatch';

/** Shared by the Chart.js config of every canvas kind (kinds/): text, axes, tooltip, frame. */

export type ChartJsType = 'bar' | 'line' | 'doughnut';
export type ChartJsData = (number | { x: number; y: number })[];
export type ChartJsConfig = ChartConfiguration<ChartJsType, ChartJsData, string | string[]>;

export type DrawContext = {
  lang: Lang;
  /** Chart text size in pixels: the page's, which follows the window, or the PNG's fixed size. */
  fontSize: number;
  /** Drawn for a PNG: a fixed size at 2×, with the title, the source line and a white background. */
  export?: { sourceLine: string };
};

/** Turns a chart model into the Chart.js configuration of its kind. */
export type ConfigBuilder = (model: ChartModel, context: DrawContext) => ChartJsConfig;

type Font = { family: string; size: number; weight: 400 | 700 };

/** Text `step` pixels larger (or smaller) than the chart's text size. */
function fontOf(drawn: DrawnModel): (step: number, weight?: 400 | 700) => Font {
  return (step, weight = 400) => ({ family: drawn.fontFamily, size: drawn.fontSize + step, weight });
}

export function fillOf(p: Point | null): CanvasPattern | string {
  const paint = paintOf(p);
  return paint.hatched ? hatch(paint.fill) : paint.fill;
}

export function outlineOf(p: Point | null): string {
  return paintOf(p).outline;
}

/** On screen the title and subtitle are HTML above the canvas; a PNG carries them inside. */
function subtitleLines(model: ChartModel, forExport: boolean): string[] {
  const annotations = annotationLines(model);
  return forExport ? [...(model.subtitle ? [model.subtitle] : []), ...annotations] : annotations;
}

/** A series' legend entry in its own look (a target series hatched), from its first plain point. */
export function seriesLegend(model: ChartModel): NonNullable<LegendOptions<ChartJsType>['labels']['generateLabels']> {
  return () =>
    model.series.map((series, i) => {
      const first = series.points.find((p): p is Point => p !== null && !p.derived) ?? null;
      return { text: series.name, fillStyle: fillOf(first), strokeStyle: outlineOf(first), lineWidth: 2, datasetIndex: i, hidden: false };
    });
}

/** The value axis: from zero, with room above the tallest value for its label. */
export function valueAxis(model: ChartModel, drawn: DrawnModel, grace: string) {
  const font = fontOf(drawn);
  return {
    beginAtZero: true,
    grace,
    title: { display: Boolean(model.valueAxis), text: model.valueAxis ?? '', font: font(-1), color: PALETTE.muted },
    ticks: { font: font(-2), color: PALETTE.muted },
    grid: { color: PALETTE.grid },
  };
}

/** The category axis; its labels wrap to the room each one has at the chart's current width. */
export function categoryAxis(model: ChartModel, drawn: DrawnModel, horizontal: boolean) {
  const font = fontOf(drawn);
  const { charWidth } = profile(drawn.lang);
  const wrapTick = function (this: { chart: { width: number } }, _value: number | string, index: number): string | string[] {
    const width = this.chart.width;
    const room = horizontal ? width * 0.32 : (width - 90) / Math.max(1, model.categories.length);
    return wrapLabel(model.categories[index] ?? '', drawn.lang, Math.max(4, Math.floor(room / (drawn.fontSize * charWidth))));
  };
  return {
    title: { display: Boolean(model.categoryAxis), text: model.categoryAxis ?? '', font: font(-1), color: PALETTE.muted },
    ticks: { font: font(-1), color: PALETTE.text, autoSkip: false, maxRotation: 0, callback: wrapTick },
    grid: { display: false },
  };
}

type LegendChoice = { display: boolean; position: 'top' | 'bottom'; generateLabels?: ReturnType<typeof seriesLegend> };

/**
 * The options every kind shares: size, text, tooltip and, for a PNG, the frame. `legend` is the
 * kind's own legend; `padding` its room round the plot.
 */
export function chartOptions(
  model: ChartModel,
  drawn: DrawnModel,
  context: DrawContext,
  kind: { legend: LegendChoice; padding: { top: number; right: number; left: number; bottom: number } },
): ChartOptions<ChartJsType> {
  const font = fontOf(drawn);
  const forExport = context.export !== undefined;
  const subtitle = subtitleLines(model, forExport);
  const { generateLabels, ...legend } = kind.legend;
  return {
    responsive: !forExport,
    maintainAspectRatio: false,
    animation: false,
    devicePixelRatio: forExport ? 2 : undefined,
    // A PNG keeps room at the bottom for its source line.
    layout: { padding: { ...kind.padding, bottom: forExport ? 36 : kind.padding.bottom } },
    plugins: {
      legend: { ...legend, labels: { font: font(-1), color: PALETTE.text, ...(generateLabels ? { generateLabels } : {}) } },
      title: { display: forExport, text: model.title, font: font(3, 700), color: PALETTE.text, padding: { bottom: 6 } },
      subtitle: { display: subtitle.length > 0, text: subtitle, font: font(-1), color: PALETTE.muted, padding: { bottom: 10 } },
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
      ...(context.export ? { lvyuanExportFrame: { drawn, sourceLine: context.export.sourceLine } } : {}),
    },
  };
}

export function drawnModel(model: ChartModel, context: DrawContext): DrawnModel {
  return new DrawnModel(model, context.lang, context.fontSize);
}
