import { describe, expect, it } from 'vitest';
import { CANVAS_KINDS, isCanvasKind, isNativeKind, KINDS, type ChartKind, type KindTraits } from '../../electron/common/charts/kinds';
import { chartsOf } from '../../electron/common/charts/registry';
import { LANGS } from '../../electron/common/i18n/languages';
import { loadedReport } from './report-helpers';

const kinds = Object.keys(KINDS) as ChartKind[];

describe('chart kinds', () => {
  it('declare traits that agree with each other', () => {
    for (const kind of kinds) {
      const traits: KindTraits = KINDS[kind];
      // A native Excel chart and a chart's own legend of slices both stand for something drawn on screen.
      if (traits.workbook === 'native-chart' || traits.legend === 'slices' || traits.legend === 'marks') expect(traits.draws, kind).toBe('canvas');
      // Only text has no values, and text is what the workbook writes for it.
      expect(traits.values === 'none', kind).toBe(traits.draws === 'text');
      expect(traits.workbook === 'text', kind).toBe(traits.draws === 'text');
      // Cards lay values of different units side by side; a canvas puts a series on one axis.
      if (traits.draws === 'canvas') expect(traits.values, kind).toBe('one-unit');
      if (traits.draws === 'cards') expect(traits.values, kind).toBe('own-units');
      // HTML kinds take the whole row: cards and text are laid out across it.
      if (traits.draws !== 'canvas') expect(traits.width, kind).toBe('full');
    }
  });

  it('lists the canvas kinds and the native kinds from the traits', () => {
    expect(CANVAS_KINDS).toEqual(kinds.filter((k) => KINDS[k].draws === 'canvas'));
    expect(kinds.filter(isNativeKind)).toEqual(kinds.filter((k) => KINDS[k].workbook === 'native-chart'));
    expect(kinds.filter(isCanvasKind)).toEqual(CANVAS_KINDS);
  });

  it('gives every chart of the report a known kind, the same in every language', () => {
    const dataset = loadedReport();
    const charts = chartsOf(dataset);
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      const built = LANGS.map((lang) => chart.build(dataset, lang).kind);
      expect(kinds, chart.id).toContain(built[0]);
      expect(new Set(built).size, chart.id).toBe(1);
    }
  });
});
