import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  SubTitle,
  Title,
  Tooltip,
  type ChartConfiguration,
  type Plugin,
} from 'chart.js';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ChartModel, Point } from '../../../electron/common/charts/model';
import { annotationLines } from '../../../electron/common/charts/notes';
import { PALETTE, paintOf } from '../../../electron/common/charts/palette';
import type { Lang } from '../../../electron/common/i18n/languages';
import { fontFamily } from '../fonts';
import { wrapLabel } from '../wrap';

export { PALETTE };

// The only file that imports chart.js. Only the pieces the app draws are registered.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, DoughnutController, ArcElement, Legend, Title, SubTitle, Tooltip);


type Drawable = 'bar' | 'line' | 'doughnut';
type Options = { forExport?: boolean; sourceLine?: string; fontSize?: number };

function isOpenEnded(p: Point): boolean {
  return p.qualifier === 'over' || p.qualifier === 'at_least' || p.qualifier === 'plus';
}

function colourOf(p: Point | null): string {
  return paintOf(p).outline;
}

const patternCache = new Map<string, CanvasPattern | string>();

/** Targets are hatched, not filled: a promise is drawn differently from a result. */
function hatch(colour: string): CanvasPattern | string {
  const cached = patternCache.get(colour);
  if (cached) return cached;
  const tile = document.createElement('canvas');
  tile.width = 10;
  tile.height = 10;
  const ctx = tile.getContext('2d');
  if (!ctx) return colour;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, 10, 10);
  ctx.strokeStyle = colour;
  ctx.lineWidth = 2.5;
  ctx.beginPath();
  ctx.moveTo(-2, 12);
  ctx.lineTo(12, -2);
  ctx.moveTo(-2, 2);
  ctx.lineTo(2, -2);
  ctx.moveTo(8, 12);
  ctx.lineTo(12, 8);
  ctx.stroke();
  const pattern = ctx.createPattern(tile, 'repeat') ?? colour;
  patternCache.set(colour, pattern);
  return pattern;
}

function fillOf(p: Point | null): CanvasPattern | string {
  const paint = paintOf(p);
  return paint.hatched ? hatch(paint.fill) : paint.fill;
}

/**
 * Chart text follows the page's root font size, which grows with the window (1280 → 3840 px),
 * so a 4K lobby screen gets 4K-sized labels. An exported PNG uses a fixed size.
 */
export function baseFontSize(): number {
  const root = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(root) ? Math.round(root * 0.9) : 13;
}

const EXPORT_FONT_SIZE = 17;

function pointOf(model: ChartModel, datasetIndex: number, index: number): Point | null {
  return model.series[datasetIndex]?.points[index] ?? null;
}

/** A doughnut's headline share, large in its hole: the figure the article printed, not the derived rest. */
function drawDoughnutCentre(chart: Chart, model: ChartModel, lang: Lang): void {
  const points = model.series[0]?.points ?? [];
  const index = points.findIndex((p) => p !== null && !p.derived);
  const arc = chart.getDatasetMeta(0).data[index];
  const p = points[index];
  if (!arc || !p) return;
  const { x, y, innerRadius } = arc.getProps(['x', 'y', 'innerRadius'], true) as { x: number; y: number; innerRadius: number };
  const { ctx } = chart;
  ctx.save();
  ctx.font = `700 ${Math.round(innerRadius * 0.42)}px "${fontFamily(lang)}"`;
  ctx.fillStyle = PALETTE.share;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(p.display, x, y, innerRadius * 1.8);
  ctx.restore();
}

/**
 * Draws each value as the article states it (超7%, ≥ 30) at the end of its bar, an arrow beyond
 * open-ended values, and a dashed outline round expected and target bars.
 */
function valueLabels(model: ChartModel, lang: Lang, base: number): Plugin {
  return {
    id: 'lvyuanValueLabels',
    afterDatasetsDraw(chart) {
      if (model.kind === 'doughnut') {
        drawDoughnutCentre(chart, model, lang);
        return;
      }
      const { ctx } = chart;
      const horizontal = model.kind === 'hbar';
      const size = base;
      ctx.save();
      ctx.font = `700 ${size}px "${fontFamily(lang)}"`;
      ctx.fillStyle = PALETTE.text;
      chart.data.datasets.forEach((_dataset, datasetIndex) => {
        const meta = chart.getDatasetMeta(datasetIndex);
        if (meta.hidden) return;
        meta.data.forEach((element, index) => {
          const p = pointOf(model, datasetIndex, index);
          if (!p) return;
          const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number };
          if (model.kind === 'line') {
            ctx.textAlign = 'center';
            ctx.textBaseline = 'bottom';
            ctx.fillText(p.display, x, y - 10);
            return;
          }
          const base = (element.getProps(['base'], true) as { base: number }).base;
          if (p.status !== 'actual' || p.derived) {
            const bar = element.getProps(['width', 'height'], true) as { width: number; height: number };
            ctx.save();
            ctx.setLineDash(p.derived ? [2, 3] : [6, 4]);
            ctx.lineWidth = 2;
            ctx.strokeStyle = colourOf(p);
            if (horizontal) ctx.strokeRect(base, y - bar.height / 2, x - base, bar.height);
            else ctx.strokeRect(x - bar.width / 2, y, bar.width, base - y);
            ctx.restore();
          }
          const arrow = isOpenEnded(p) ? size * 0.9 : 0;
          if (arrow > 0) {
            ctx.save();
            ctx.fillStyle = colourOf(p);
            ctx.beginPath();
            if (horizontal) {
              ctx.moveTo(x + 3, y - arrow / 2);
              ctx.lineTo(x + 3 + arrow, y);
              ctx.lineTo(x + 3, y + arrow / 2);
            } else {
              ctx.moveTo(x - arrow / 2, y - 3);
              ctx.lineTo(x, y - 3 - arrow);
              ctx.lineTo(x + arrow / 2, y - 3);
            }
            ctx.closePath();
            ctx.fill();
            ctx.restore();
          }
          if (horizontal) {
            ctx.textAlign = 'left';
            ctx.textBaseline = 'middle';
            ctx.fillText(p.display, x + 6 + arrow, y);
          } else {
            ctx.textAlign = 'center';
            ctx.textBaseline = 'bottom';
            ctx.fillText(p.display, x, y - 5 - arrow);
          }
        });
      });
      ctx.restore();
    },
  };
}

const whiteBackground: Plugin = {
  id: 'lvyuanWhiteBackground',
  beforeDraw(chart) {
    const { ctx } = chart;
    ctx.save();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
};

function lineYears(model: ChartModel): number[] {
  return model.series.flatMap((s) => s.points.flatMap((p) => (p?.x === undefined ? [] : [p.x])));
}

function yearRange(years: number[]): number[] {
  const from = Math.min(...years);
  return Array.from({ length: Math.max(...years) - from + 1 }, (_, i) => from + i);
}

function drawableType(model: ChartModel): Drawable {
  return model.kind === 'line' ? 'line' : model.kind === 'doughnut' ? 'doughnut' : 'bar';
}

function subtitleLines(model: ChartModel, forExport: boolean): string[] {
  const annotations = annotationLines(model);
  return forExport ? [...(model.subtitle ? [model.subtitle] : []), ...annotations] : annotations;
}

export function chartConfig(model: ChartModel, lang: Lang, options: Options = {}): ChartConfiguration<Drawable, (number | { x: number; y: number })[], string | string[]> {
  const type = drawableType(model);
  const family = fontFamily(lang);
  const forExport = options.forExport === true;
  const base = options.fontSize ?? (forExport ? EXPORT_FONT_SIZE : baseFontSize());
  const font = (step: number, weight: 400 | 700 = 400) => ({ family, size: base + step, weight });
  const horizontal = model.kind === 'hbar';
  const labels = type === 'doughnut' ? (model.series[0]?.points.map((p) => (p ? `${p.category} ${p.display}` : '')) ?? []) : model.categories;
  // Category labels wrap to the room each one has at the chart's current width.
  const wrapTick = function (this: { chart: { width: number } }, _value: number | string, index: number): string | string[] {
    const width = this.chart.width;
    const room = horizontal ? width * 0.32 : (width - 90) / Math.max(1, model.categories.length);
    const perChar = base * (lang === 'en' ? 0.55 : 1.02);
    return wrapLabel(model.categories[index] ?? '', lang, Math.max(4, Math.floor(room / perChar)));
  };
  const datasets = model.series.map((series) => {
    const points = series.points;
    if (type === 'line') {
      return {
        label: series.name,
        data: points.flatMap((p) => (p ? [{ x: p.x ?? 0, y: p.value }] : [])),
        borderColor: PALETTE.actual,
        backgroundColor: PALETTE.actual,
        borderDash: [6, 6],
        pointRadius: 7,
        pointHoverRadius: 9,
      };
    }
    if (type === 'doughnut') {
      return {
        label: series.name,
        data: points.map((p) => p?.value ?? 0),
        backgroundColor: points.map((p) => (p?.derived ? PALETTE.derivedFill : PALETTE.share)),
        borderColor: '#ffffff',
        borderWidth: 2,
      };
    }
    return {
      label: series.name,
      data: points.map((p) => p?.value ?? 0),
      backgroundColor: points.map(fillOf),
      borderColor: points.map(colourOf),
      borderWidth: 0,
      maxBarThickness: base * 7,
    };
  });
  const subtitle = subtitleLines(model, forExport);
  const tooltipLabel = (datasetIndex: number, index: number) => {
    const p = pointOf(model, datasetIndex, index);
    return p ? `${p.display} · ${p.periodLabel}${p.derived ? ` · ${p.derived.formula}` : ''}` : '';
  };
  const valueAxis = {
    beginAtZero: true,
    grace: '12%',
    title: { display: Boolean(model.valueAxis), text: model.valueAxis ?? '', font: font(-1), color: PALETTE.muted },
    ticks: { font: font(-2), color: PALETTE.muted },
    grid: { color: PALETTE.grid },
  };
  const categoryAxis = {
    title: { display: Boolean(model.categoryAxis), text: model.categoryAxis ?? '', font: font(-1), color: PALETTE.muted },
    ticks: { font: font(-1), color: PALETTE.text, autoSkip: false, maxRotation: 0, callback: wrapTick },
    grid: { display: false },
  };
  const scales =
    type === 'doughnut'
      ? {}
      : type === 'line'
        ? {
            x: {
              ...categoryAxis,
              type: 'linear' as const,
              // Half a year of room at each end so the end labels are not clipped; ticks stay on whole years.
              min: Math.min(...lineYears(model)) - 0.5,
              max: Math.max(...lineYears(model)) + 0.5,
              afterBuildTicks: (axis: { ticks: { value: number }[] }) => {
                axis.ticks = yearRange(lineYears(model)).map((value) => ({ value }));
              },
              ticks: { ...categoryAxis.ticks, callback: (v: number | string) => String(v) },
            },
            y: { ...valueAxis, grace: '20%' },
          }
        : horizontal
          ? { x: valueAxis, y: categoryAxis }
          : { x: categoryAxis, y: valueAxis };
  return {
    type,
    data: { labels, datasets },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      responsive: !forExport,
      maintainAspectRatio: false,
      animation: false,
      devicePixelRatio: forExport ? 2 : undefined,
      layout: { padding: { top: 8, right: horizontal ? 110 : 16, left: 8, bottom: 4 } },
      scales,
      plugins: {
        legend: {
          // Bar and line charts are explained by the HTML legend under them; a doughnut's slices by this one.
          display: type === 'doughnut' || (forExport && model.series.length > 1),
          position: type === 'doughnut' ? 'bottom' : 'top',
          labels: { font: font(-1), color: PALETTE.text, ...(model.series.length > 1 ? { generateLabels: seriesLegend(model) } : {}) },
        },
        title: { display: forExport, text: model.title, font: font(3, 700), color: PALETTE.text, padding: { bottom: 6 } },
        subtitle: { display: subtitle.length > 0, text: subtitle, font: font(-1), color: PALETTE.muted, padding: { bottom: 10 } },
        tooltip: {
          callbacks: { label: (item) => tooltipLabel(item.datasetIndex, item.dataIndex) },
          titleFont: { family },
          bodyFont: { family },
        },
      },
    },
    plugins: [valueLabels(model, lang, base), ...(forExport ? [whiteBackground, sourceFooter(options.sourceLine ?? '', lang, base)] : [])],
  };
}

function seriesLegend(model: ChartModel) {
  return () =>
    model.series.map((series, i) => {
      const first = series.points.find((p): p is Point => p !== null && !p.derived) ?? null;
      return { text: series.name, fillStyle: fillOf(first), strokeStyle: colourOf(first), lineWidth: 2, datasetIndex: i, hidden: false };
    });
}

/** The source under an exported chart, so a PNG on a slide still says where its numbers come from. */
function sourceFooter(text: string, lang: Lang, base: number): Plugin {
  return {
    id: 'lvyuanSourceFooter',
    afterDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.font = `400 ${base - 3}px "${fontFamily(lang)}"`;
      ctx.fillStyle = PALETTE.muted;
      ctx.textAlign = 'left';
      ctx.textBaseline = 'bottom';
      ctx.fillText(text, 12, chart.height - 6);
      ctx.restore();
    },
  };
}

/** Renders the chart off screen at 2× on white, with its title and source, as a PNG. */
export async function chartPng(model: ChartModel, lang: Lang, sourceLine: string): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = 1200;
  canvas.height = 675;
  canvas.style.cssText = 'position:fixed;left:-20000px;top:0;width:1200px;height:675px';
  document.body.append(canvas);
  const config = chartConfig(model, lang, { forExport: true, sourceLine });
  const layout = config.options?.layout as { padding: { bottom: number } } | undefined;
  if (layout) layout.padding.bottom = 36;
  const chart = new Chart(canvas, config);
  try {
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png');
    });
  } finally {
    chart.destroy();
    canvas.remove();
  }
}

type Props = { model: ChartModel; lang: Lang; onDrawn?: () => void };

/**
 * The ids of the Chart.js charts that exist right now. The kiosk shows them so that its tests can
 * check the same charts live on, updated in place, rather than a constant number being re-created.
 */
export function liveChartIds(): string[] {
  return Object.keys(Chart.instances);
}

/** The chart font size, updated when the window is resized (the root font size follows the width). */
function useBaseFontSize(): number {
  const [size, setSize] = useState(baseFontSize);
  useEffect(() => {
    let frame = 0;
    const onResize = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setSize(baseFontSize()));
    };
    window.addEventListener('resize', onResize);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('resize', onResize);
    };
  }, []);
  return size;
}

/** A Chart.js canvas for a model. Later models update the same chart in place, never a new one. */
export function ChartView({ model, lang, onDrawn }: Props) {
  const fontSize = useBaseFontSize();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<Chart<Drawable, (number | { x: number; y: number })[], string | string[]> | null>(null);
  const typeRef = useRef<Drawable | null>(null);

  // Drawn before the browser paints the page, so the first paint already shows the charts.
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const config = chartConfig(model, lang, { fontSize });
    const existing = chartRef.current;
    if (existing && typeRef.current === config.type) {
      existing.data = config.data;
      existing.options = config.options ?? {};
      // config.plugins is a getter; its array is replaced in place. update() re-reads the plugins.
      existing.config.plugins?.splice(0, existing.config.plugins.length, ...(config.plugins ?? []));
      existing.update('none');
    } else {
      existing?.destroy();
      chartRef.current = new Chart(canvas, config);
      typeRef.current = config.type;
    }
    canvas.dataset.drawn = 'true';
    onDrawn?.();
  }, [model, lang, onDrawn, fontSize]);

  useEffect(
    () => () => {
      chartRef.current?.destroy();
      chartRef.current = null;
    },
    [],
  );

  return (
    <div className={`chart-canvas chart-${model.kind}`}>
      <canvas ref={canvasRef} role="img" aria-label={model.description} data-chart={model.id} />
    </div>
  );
}
