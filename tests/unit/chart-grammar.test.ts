import { describe, expect, it } from 'vitest';
import { axisModels, drawnPoints } from '../../electron/common/charts/axes';
import { isCanvasKind, KINDS } from '../../electron/common/charts/kinds';
import type { ChartModel, Point } from '../../electron/common/charts/model';
import { CHARTS } from '../../electron/common/charts/registry';
import { isCounter, type Figure } from '../../electron/common/dataset';
import { LANGS } from '../../electron/common/i18n/languages';
import { rawDataset } from './helpers';

/**
 * The grammar every drawn chart keeps, on every surface (screen, PNG, kiosk and workbook all draw
 * these models, one chart per value axis): one measure in one unit per axis, no size class as a
 * bar length, no part beside its whole, no derived value beside the figures it is computed from,
 * and two points in time as a slope.
 */
const dataset = rawDataset();
const figures = new Map(dataset.figures.map((f) => [f.id, f]));

function figureOf(p: Point): Figure | undefined {
  return p.figureId === undefined ? undefined : figures.get(p.figureId);
}

/** Every value axis drawn on a canvas, in every language, with where it comes from. */
const AXES: { where: string; model: ChartModel; axis: ChartModel }[] = CHARTS.flatMap((chart) =>
  LANGS.flatMap((lang) => {
    const model = chart.build(dataset, lang);
    return isCanvasKind(model.kind) ? axisModels(model).map((axis) => ({ where: `${axis.id} (${lang})`, model, axis })) : [];
  }),
);

describe('the chart grammar, over the registry', () => {
  it('has drawn charts to check', () => {
    expect(new Set(AXES.map((a) => a.model.id)).size).toBeGreaterThanOrEqual(5);
  });

  it('puts one measure in one unit on each value axis', () => {
    for (const { where, axis } of AXES) {
      const official = drawnPoints(axis).flatMap((p) => figureOf(p) ?? []);
      expect(new Set(official.map((f) => f.measure)).size, `${where}: measures ${official.map((f) => `${f.id}=${f.measure}`).join(', ')}`).toBeLessThanOrEqual(1);
      const units = new Set(official.map((f) => (isCounter(f.unit) ? 'count' : f.unit)));
      expect(units.size, `${where}: units ${official.map((f) => f.unit).join(' ')}`).toBeLessThanOrEqual(1);
    }
  });

  it('draws no size class (級) as a bar length: a level is text', () => {
    for (const { where, axis } of AXES) expect(drawnPoints(axis).filter((p) => p.qualifier === 'level').map((p) => p.display), where).toEqual([]);
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

  it('keeps derived values off the axis of the figures they come from, but for the rest of a whole', () => {
    for (const { where, axis } of AXES) {
      const derived = drawnPoints(axis).filter((p) => p.derived);
      if (KINDS[axis.kind].fill === 'share') expect(derived.length, `${where}: at most the rest of the whole`).toBeLessThanOrEqual(1);
      else expect(derived.map((p) => p.category), where).toEqual([]);
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
    for (const chart of CHARTS) {
      const model = chart.build(dataset, 'zh-Hant');
      for (const a of model.annotations) expect(a.figureId !== undefined || a.derived !== undefined, `${model.id}: ${a.category}`).toBe(true);
    }
  });
});
