import { describe, expect, it } from 'vitest';
import { axisModels, drawnPoints } from '../../electron/common/charts/axes';
import { isCanvasKind, KINDS } from '../../electron/common/charts/kinds';
import type { ChartModel, Point } from '../../electron/common/charts/model';
import { chartsOf } from '../../electron/common/charts/registry';
import { checkCharts } from '../../electron/common/charts/spec-checks';
import { isCounter, type Dataset, type Figure } from '../../electron/common/dataset';
import { LANGS } from '../../electron/common/i18n/languages';
import { rawDataset } from './helpers';
import { loadedReport } from './report-helpers';

/**
 * The grammar every drawn chart keeps, on every surface (screen, PNG, kiosk and workbook all draw
 * these models, one chart per value axis): one measure in one unit per axis, no size class as a
 * bar length, no part beside its whole, no derived value beside the figures it is computed from,
 * and two points in time as a slope. It holds for the charts a report file writes, and for the
 * charts the grammar proposes where a report has none (a version-1 file, migrated).
 */

/**
 * The bundled report written as a version-1 file, as the app's dataset file was before a report
 * became a file of its own: one source (its script as `language`, its date as `asOf`), a district,
 * sections with labels, figures without a source id or a period basis, and no charts or kiosk.
 */
function asVersion1(v2: Dataset): Record<string, unknown> {
  const source = v2.meta.sources[0]!;
  return {
    schemaVersion: 1,
    version: v2.version,
    source: {
      id: source.id,
      ...(source.file === undefined ? {} : { file: source.file }),
      title: source.title,
      author: source.author,
      language: source.script,
      asOf: source.published,
      covers: source.covers,
    },
    district: v2.meta.area,
    sections: v2.sections.map(({ title, ...section }) => ({ ...section, label: title })),
    industries: v2.industries,
    enterprises: v2.enterprises,
    figures: v2.figures.map((figure) => {
      const v1: Partial<Figure> = { ...figure, source: { quote: figure.source.quote } };
      delete v1.basis;
      return v1;
    }),
  };
}

type Report = { name: string; dataset: Dataset; proposed: boolean };

const REPORTS: Report[] = [
  { name: 'the bundled report', dataset: loadedReport(), proposed: false },
  { name: 'the bundled report as a version-1 file, migrated (every chart proposed)', dataset: loadedReport(asVersion1(rawDataset())), proposed: true },
  {
    name: 'the bundled report’s figures without its charts (every chart proposed)',
    dataset: loadedReport({ ...rawDataset(), charts: [], kiosk: {} }),
    proposed: true,
  },
];

/** Every value axis drawn on a canvas, in every language, with where it comes from. */
function axesOf(dataset: Dataset): { where: string; model: ChartModel; axis: ChartModel }[] {
  return chartsOf(dataset).flatMap((chart) =>
    LANGS.flatMap((lang) => {
      const model = chart.build(dataset, lang);
      return isCanvasKind(model.kind) ? axisModels(model).map((axis) => ({ where: `${axis.id} (${lang})`, model, axis })) : [];
    }),
  );
}

describe.each(REPORTS)('the chart grammar, over $name', ({ dataset, proposed }) => {
  const figures = new Map(dataset.figures.map((f) => [f.id, f]));
  const figureOf = (p: Point): Figure | undefined => (p.figureId === undefined ? undefined : figures.get(p.figureId));
  const AXES = axesOf(dataset);

  it('has drawn charts to check: every chart of a canvas kind, one of them with several figures on an axis', () => {
    const drawn = dataset.charts.filter((c) => isCanvasKind(c.kind)).map((c) => c.id);
    expect(drawn.length).toBeGreaterThan(0);
    expect([...new Set(AXES.map((a) => a.model.id))]).toEqual(drawn);
    expect(AXES.some(({ axis }) => drawnPoints(axis).filter((p) => p.figureId !== undefined).length >= 2)).toBe(true);
  });

  it('passes the checks a report file’s charts pass when it loads', () => {
    expect(checkCharts(dataset)).toEqual([]);
  });

  it('places every figure of every section in a chart’s table', () => {
    const sections = new Set(dataset.sections.map((s) => s.id));
    const tabled = new Map<string, Set<string>>();
    for (const chart of chartsOf(dataset)) {
      for (const row of chart.build(dataset, 'en').rows) if (row.figureId) tabled.set(row.figureId, (tabled.get(row.figureId) ?? new Set()).add(chart.page));
    }
    expect(dataset.figures.filter((f) => !sections.has(f.section)).map((f) => f.id)).toEqual([]);
    expect(dataset.figures.filter((f) => !tabled.has(f.id)).map((f) => f.id)).toEqual([]);
    // The proposal lays out each section's own figures: each is on its section's page.
    if (proposed) expect(dataset.figures.filter((f) => !tabled.get(f.id)?.has(f.section)).map((f) => `${f.id} (${f.section})`)).toEqual([]);
  });

  it('puts one measure in one unit on each value axis', () => {
    for (const { where, axis } of AXES) {
      const official = drawnPoints(axis).flatMap((p) => figureOf(p) ?? []);
      expect(new Set(official.map((f) => f.measure)).size, `${where}: measures ${official.map((f) => `${f.id}=${f.measure}`).join(', ')}`).toBeLessThanOrEqual(
        1,
      );
      const units = new Set(official.map((f) => (isCounter(f.unit) ? 'count' : f.unit)));
      expect(units.size, `${where}: units ${official.map((f) => f.unit).join(' ')}`).toBeLessThanOrEqual(1);
    }
  });

  it('draws no size class (級) as a bar length: a level is text', () => {
    for (const { where, axis } of AXES)
      expect(
        drawnPoints(axis)
          .filter((p) => p.qualifier === 'level')
          .map((p) => p.display),
        where,
      ).toEqual([]);
  });

  it('never draws a part beside its whole', () => {
    for (const { where, axis } of AXES) {
      const ids = new Set(drawnPoints(axis).flatMap((p) => p.figureId ?? []));
      const besideWhole = [...ids].filter((id) => {
        const whole = figures.get(id)?.partOf;
        return whole !== undefined && ids.has(whole);
      });
      expect(besideWhole, where).toEqual([]);
    }
  });

  it('never ranks a figure whose period basis is unstated against others', () => {
    for (const { where, axis } of AXES) {
      if (axis.kind !== 'bar' && axis.kind !== 'hbar') continue;
      const drawn = drawnPoints(axis).flatMap((p) => figureOf(p) ?? []);
      if (drawn.length < 2) continue;
      expect(
        drawn.filter((f) => f.basis === 'unstated').map((f) => f.id),
        where,
      ).toEqual([]);
    }
  });

  it('keeps derived values off the axis of the figures they come from, but for the rest of a whole', () => {
    for (const { where, axis } of AXES) {
      const derived = drawnPoints(axis).filter((p) => p.derived);
      if (KINDS[axis.kind].fill === 'share') expect(derived.length, `${where}: at most the rest of the whole`).toBeLessThanOrEqual(1);
      else
        expect(
          derived.map((p) => p.category),
          where,
        ).toEqual([]);
    }
  });

  it('draws two points in time as a slope', () => {
    for (const { where, axis } of AXES) {
      const points = drawnPoints(axis);
      const periods = new Set(points.map((p) => p.period));
      const oneMeasure = new Set(points.map((p) => figureOf(p)?.measure)).size === 1;
      const actuals = points.every((p) => p.status === 'actual' && !p.derived);
      if (axis.kind === 'slope') expect(periods.size, where).toBe(2);
      // The same measure at two dates is change over time, whatever the kind would have drawn it as.
      if (oneMeasure && actuals && points.length === 2 && periods.size === 2) expect(axis.kind, where).toBe('slope');
    }
  });

  it('states every figure of another measure beside the chart instead', () => {
    for (const chart of chartsOf(dataset)) {
      const model = chart.build(dataset, 'zh-Hant');
      for (const a of model.annotations) expect(a.figureId !== undefined || a.derived !== undefined, `${model.id}: ${a.category}`).toBe(true);
    }
  });
});

describe('a version-1 file', () => {
  it('is migrated with no chart of its own, and drawn with the grammar’s charts on every section that has figures', () => {
    const v1 = asVersion1(rawDataset());
    expect(v1).not.toHaveProperty('charts');
    const { dataset } = REPORTS[1]!;
    expect(dataset.schemaVersion).toBe(2);
    expect(dataset.figures.map((f) => f.id)).toEqual(rawDataset().figures.map((f) => f.id));
    expect(dataset.figures.filter((f) => f.basis !== undefined || f.source.id !== undefined).map((f) => f.id)).toEqual([]);
    const charted = new Set(dataset.charts.map((c) => c.section));
    expect(dataset.sections.filter((s) => dataset.figures.some((f) => f.section === s.id) && !charted.has(s.id)).map((s) => s.id)).toEqual([]);
    // Each section's charts together, in the sections' order.
    const order = dataset.sections.map((s) => s.id);
    const pages = chartsOf(dataset).map((c) => order.indexOf(c.page));
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
  });
});
