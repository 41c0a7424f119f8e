import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../electron/common/dataset';
import { LANGS, type Lang } from '../../electron/common/i18n/languages';
import { rawDataset } from './helpers';
import type { Document, Element } from '@xmldom/xmldom';
import {
  chartTitle,
  child,
  childNames,
  children,
  elements,
  NS,
  openPackage,
  overlaps,
  plotKinds,
  valOf,
  valueAxes,
  type Box,
  type OoxmlPackage,
} from './ooxml-reader';
import { t } from '../../electron/common/i18n/messages';
import type { NativeKind } from '../../electron/common/charts/kinds';
import { loadedReport, nativeChartModels, REPORTS, reportFor } from './report-helpers';

/**
 * The native charts of the report workbooks, read back as a statistics office would check a chart
 * before publishing it: bars stand on zero; the title, the plot, the axis titles, the legend and the
 * source line each have room of their own; a label that does not fit its part of a stacked bar is
 * moved out of it; each chart's alternative text says what it shows. Every kind that becomes a bar chart is drawn: the bundled
 * report (bars lying down, a stacked bar), the second report, and the bundled one with a column chart
 * and small multiples added.
 */

const words = (en: string, hant: string, hans: string) => ({ 'zh-Hant': hant, 'zh-Hans': hans, en });

/** The bundled report with a column chart and small multiples (24 projects against a target of ≥ 20: an 18–25 axis by default). */
function withColumnsAndMultiples(): Dataset {
  const raw = rawDataset();
  const growth = raw.charts.find((c) => c.id === 'pillar-growth')!;
  const title = words('Yearly output growth, as columns', '產值年增速（直條）', '产值年增速（直条）');
  raw.charts.push({ ...structuredClone(growth), kind: 'bar', id: 'pillar-growth-columns', title, annotations: [], notes: [] } as (typeof raw.charts)[number]);
  raw.charts.push({
    kind: 'multiples',
    id: 'targets-against-actuals',
    section: 'targets',
    title: words('2026 targets against actuals', '2026年目標與實際', '2026年目标与实际'),
    panels: [
      {
        title: words('S&T plan project applications', '科技計劃項目申報', '科技计划项目申报'),
        valueAxis: words('Projects', '項目', '项目'),
        figures: ['sci-tech-projects-applied-2024', 'sci-tech-plan-projects-2026'],
      },
      { title: words('New national high-tech enterprises', '新認定國家高新技術企業', '新认定国家高新技术企业'), figures: ['new-national-hte-2026'] },
    ],
  });
  return loadedReport(raw);
}

const CASES: readonly { name: string; dataset: Dataset }[] = [...REPORTS, { name: 'with columns and small multiples', dataset: withColumnsAndMultiples() }];

async function packageOf(dataset: Dataset, lang: Lang): Promise<OoxmlPackage> {
  return openPackage((await reportFor(lang, dataset)).xlsx);
}

describe.each(CASES)('the $name report', ({ dataset }) => {
  it.each(LANGS)('%s: every bar stands on zero; a line keeps its own scale', async (lang) => {
    const pkg = await packageOf(dataset, lang);
    const kinds = new Set<string>();
    for (const path of pkg.chartParts()) {
      const chart = await pkg.xml(path);
      const plots = plotKinds(chart);
      plots.forEach((p) => kinds.add(p));
      const axes = valueAxes(chart);
      if (plots.includes('barChart')) expect(axes, path).toEqual([{ orientation: 'minMax', min: 0, max: undefined }]);
      else if (plots.includes('lineChart')) expect(axes, path).toEqual([{ orientation: 'minMax', min: undefined, max: undefined }]);
      else expect(axes, path).toEqual([]);
    }
    // A report with a kind drawn as bars has bar charts to check.
    const drawsBars = dataset.charts.some((c) => ['bar', 'hbar', 'stacked', 'multiples'].includes(c.kind));
    expect(kinds.has('barChart'), [...kinds].join()).toBe(drawsBars);
  });
});

/** Under a plot area's inner edge: a line of 10-pt tick labels, then a line and a half for the axis title, on the 270-pt-high chart (CHART_SIZE). */
const AXIS_TITLE_BAND = (10 * 1.25 * 2.5) / 270;
/** Left of it: a turned 10-pt line for the axis title, and a 10-pt tick label of at least two characters, on the 510-pt-wide chart. */
const AXIS_TITLE_COLUMN = (10 * 1.25 + 10) / 510;

/** The axis (c:catAx or c:valAx) drawn at `side` that has a title of its own. */
function titledAxisAt(chart: Document, side: 'b' | 'l'): Element | undefined {
  return [...elements(chart, 'c:catAx'), ...elements(chart, 'c:valAx')].find((axis) => valOf(axis, 'c:axPos') === side && child(axis, 'c:title') !== undefined);
}

const inside = (b: Box) => b.x >= 0 && b.y >= 0 && b.w > 0 && b.h > 0 && b.x + b.w <= 1 + 1e-9 && b.y + b.h <= 1 + 1e-9;

describe.each(CASES)('the $name report: every piece of a chart has room of its own', ({ dataset }) => {
  it.each(LANGS)('%s', async (lang) => {
    const pkg = await packageOf(dataset, lang);
    for (const path of pkg.chartParts()) {
      const chart = await pkg.xml(path);
      const { plot, plotTarget, legend, shapes } = await pkg.placement(path);
      expect(plot, path).toBeDefined();
      // By its inner edge: Gnumeric places a plot area by nothing else, and draws it over the whole chart otherwise.
      expect(plotTarget, path).toBe('inner');
      expect(shapes, path).toHaveLength(1);
      const source = shapes[0]!.box;
      const boxes = { plot: plot!, source, ...(legend ? { legend } : {}) };
      for (const [name, box] of Object.entries(boxes)) expect(inside(box), `${path} ${name} ${JSON.stringify(box)}`).toBe(true);
      // Plot, legend and source line never share any area.
      const named = Object.entries(boxes);
      named.forEach(([a, boxA], i) =>
        named
          .slice(i + 1)
          .forEach(([b, boxB]) => expect(overlaps(boxA, boxB), `${path}: ${a} ${JSON.stringify(boxA)} and ${b} ${JSON.stringify(boxB)}`).toBe(false)),
      );
      // The title above the plot, the source line below everything.
      expect(plot!.y, path).toBeGreaterThan(0.1);
      expect(source.y, path).toBeGreaterThanOrEqual(Math.max(plot!.y + plot!.h, legend ? legend.y + legend.h : 0));
      // A horizontal axis's title is placed by the reader under the plot area: a band is left for it, above a bottom legend and the source line.
      const below = legend && legend.y >= plot!.y + plot!.h ? legend.y : source.y;
      if (titledAxisAt(chart, 'b')) expect(below - (plot!.y + plot!.h), `${path}: room for the axis title`).toBeGreaterThanOrEqual(AXIS_TITLE_BAND - 1e-9);
      // A vertical axis's title, turned, left of the plot area.
      if (titledAxisAt(chart, 'l')) expect(plot!.x, `${path}: room for the turned axis title`).toBeGreaterThanOrEqual(AXIS_TITLE_COLUMN);
    }
  });
});

/** A series' per-point labels moved by hand (c:dLbl/c:layout): point index → offset. */
function movedLabels(ser: Element): Map<number, { x: number; y: number }> {
  const moved = new Map<number, { x: number; y: number }>();
  const dLbls = child(ser, 'c:dLbls');
  for (const label of dLbls ? children(dLbls, 'c:dLbl') : []) {
    const layout = child(label, 'c:layout');
    if (!layout) continue;
    const manual = child(layout, 'c:manualLayout')!;
    // Factor mode (no xMode/yMode): an offset from where the label would be.
    expect(childNames(manual)).toEqual(['x', 'y']);
    moved.set(Number(valOf(label, 'c:idx')), { x: Number(valOf(manual, 'c:x')), y: Number(valOf(manual, 'c:y')) });
  }
  return moved;
}

describe('the stacked bar of the bundled report', () => {
  it.each(LANGS)('%s: the label of the small part (4 of 4 + 67 + 129) leaves it, above the bar; the others stay centred in theirs', async (lang) => {
    const pkg = await packageOf(REPORTS[0]!.dataset, lang);
    let stacked = 0;
    for (const path of pkg.chartParts()) {
      const chart = await pkg.xml(path);
      if (valOf(elements(chart, 'c:barChart')[0] ?? chart.documentElement!, 'c:grouping') !== 'stacked') continue;
      stacked += 1;
      const series = elements(chart, 'c:ser');
      const values = series.map((ser) => Number(elements(child(ser, 'c:val')!, 'c:v').map((v) => v.textContent)[0]));
      expect(values).toEqual([4, 67, 129]);
      const moved = series.map(movedLabels);
      expect(moved.map((m) => [...m.keys()])).toEqual([[0], [], []]);
      const offset = moved[0]!.get(0)!;
      // Up, out of the bar, and never straight up (LibreOffice reads an x of 0 as no move).
      expect(offset.y).toBeLessThan(-0.05);
      expect(offset.x).toBeGreaterThan(0);
      // Centred labels, no leader line drawn back to the part.
      for (const ser of series) expect(valOf(child(ser, 'c:dLbls')!, 'c:dLblPos')).toBe('ctr');
      expect(valOf(child(series[0]!, 'c:dLbls')!, 'c:showLeaderLines')).toBe('0');
    }
    expect(stacked).toBe(1);
  });
});

/** Each chart's frame in its sheet's drawing: its title and alternative text (xdr:cNvPr), by the chart's own title. */
async function frames(pkg: OoxmlPackage): Promise<Map<string, { title: string | null; descr: string | null }>> {
  const found = new Map<string, { title: string | null; descr: string | null }>();
  const drawings = [...(await pkg.contentTypes()).overrides].filter(([, type]) => type.endsWith('.drawing+xml')).map(([part]) => part.slice(1));
  for (const drawing of drawings) {
    const rels = await pkg.relationships(drawing);
    for (const frame of elements(await pkg.xml(drawing), 'xdr:graphicFrame')) {
      const chartPath = rels.get(elements(frame, 'c:chart')[0]?.getAttributeNS(NS.r, 'id') ?? '')?.path;
      const cNvPr = elements(frame, 'xdr:cNvPr')[0]!;
      found.set(chartTitle(await pkg.xml(chartPath!)) ?? '', { title: cNvPr.getAttribute('title'), descr: cNvPr.getAttribute('descr') });
    }
  }
  return found;
}

describe.each(CASES)('the $name report: alternative text', ({ dataset }) => {
  it.each(LANGS)("%s: each chart's frame describes it: its kind, its measure, every value it draws with its period", async (lang) => {
    const pkg = await packageOf(dataset, lang);
    const found = await frames(pkg);
    const models = nativeChartModels(lang, dataset);
    expect(found.size).toBe(models.length);
    for (const model of models) {
      const frame = found.get(model.title);
      expect(frame, model.id).toBeDefined();
      expect(frame!.title, model.id).toBe(model.title);
      const descr = frame!.descr ?? '';
      expect(descr.startsWith(t(lang, `report.chartKind.${model.kind as NativeKind}`)), `${model.id}: ${descr}`).toBe(true);
      if (model.valueAxis) expect(descr.toLowerCase(), model.id).toContain(model.valueAxis.toLowerCase());
      expect(descr, model.id).toContain(model.title);
      for (const series of model.series) {
        if (model.series.length > 1) expect(descr, model.id).toContain(series.name);
        for (const point of series.points) {
          if (point === null) continue;
          expect(descr, model.id).toContain(point.display);
          expect(descr, model.id).toContain(point.periodLabel);
        }
      }
      // What is stated beside the chart, not drawn in it, is in the cells: not in the chart's description.
      for (const note of model.annotations)
        if (!model.series.some((s) => s.points.some((p) => p?.display === note.display))) expect(descr, model.id).not.toContain(note.display);
    }
  });
});

it("describes the bundled report's growth chart as a reader would say it", async () => {
  const found = await frames(await packageOf(REPORTS[0]!.dataset, 'en'));
  expect(found.get('Yearly output growth')?.descr).toBe(
    'Bar chart of yearly growth (%). Yearly output growth. CRRC Changchun (five years running): 10% (14th Five-Year Plan (2021–2025), Actual); Haoyue Group (annual average): 8.8% (14th Five-Year Plan (2021–2025), Actual)',
  );
  const stacked = [...found.values()].find((f) => f.descr?.startsWith('Stacked bar chart'))?.descr ?? '';
  // Each part named by its series, as the legend names it.
  expect(stacked).toContain('National specialised and sophisticated "little giant" enterprises: 4 (2025, Actual)');
});
