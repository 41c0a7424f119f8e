import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../electron/common/dataset';
import { formatFigure } from '../../electron/common/format';
import { LANGS } from '../../electron/common/i18n/languages';
import { CHARTS, chartById } from '../../electron/common/charts/registry';
import type { ChartModel, Point } from '../../electron/common/charts/model';
import { rawDataset } from './helpers';

const dataset: Dataset = rawDataset();
const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });

function build(id: string, lang: (typeof LANGS)[number] = 'zh-Hant'): ChartModel {
  const chart = chartById(id);
  if (!chart) throw new Error(`no chart ${id}`);
  return chart.build(dataset, lang);
}

function points(model: ChartModel): Point[] {
  return [...model.series.flatMap((s) => s.points), ...model.annotations].filter((p): p is Point => p !== null);
}

describe('chart models built from the real dataset', () => {
  it('have unique ids, one per registry entry, and build in every language', () => {
    expect(new Set(CHARTS.map((c) => c.id)).size).toBe(CHARTS.length);
    for (const chart of CHARTS) for (const lang of LANGS) expect(chart.build(dataset, lang).id).toBe(chart.id);
  });

  it('show every figure of the dataset somewhere, as a drawn point or card and as a table row', () => {
    const drawn = new Set<string>();
    const tabled = new Set<string>();
    for (const chart of CHARTS) {
      const model = chart.build(dataset, 'en');
      for (const p of points(model)) if (p.figureId) drawn.add(p.figureId);
      for (const row of model.rows) if (row.figureId) tabled.add(row.figureId);
    }
    const ids = dataset.figures.map((f) => f.id);
    expect(ids.filter((id) => !drawn.has(id))).toEqual([]);
    expect(ids.filter((id) => !tabled.has(id))).toEqual([]);
  });

  it('carry each figure’s value, unit, qualifier and status unchanged', () => {
    for (const chart of CHARTS) {
      for (const lang of LANGS) {
        const model = chart.build(dataset, lang);
        for (const row of model.rows) {
          if (!row.figureId) continue;
          const figure = dataset.figures.find((f) => f.id === row.figureId)!;
          expect({ value: row.value, unit: row.unit, qualifier: row.qualifier, status: row.status, period: row.period, quote: row.quote }).toEqual({
            value: figure.value,
            unit: figure.unit,
            qualifier: figure.qualifier,
            status: figure.status,
            period: figure.period,
            quote: figure.source.quote,
          });
          expect(row.display).toBe(formatFigure(figure, lang));
        }
        for (const p of points(model)) {
          if (!p.figureId) continue;
          const figure = dataset.figures.find((f) => f.id === p.figureId)!;
          expect([p.qualifier, p.status, p.display]).toEqual([figure.qualifier, figure.status, formatFigure(figure, lang)]);
        }
      }
    }
  });

  it('label every computed number as derived, with a formula', () => {
    for (const chart of CHARTS) {
      const model = chart.build(dataset, 'en');
      for (const p of points(model)) if (!p.figureId) expect(p.derived?.formula, `${chart.id}: ${p.category}`).toBeTruthy();
      for (const row of model.rows) if (!row.figureId) expect(row.derived?.formula, `${chart.id}: ${row.label}`).toBeTruthy();
    }
  });

  it('give zh-Hans text that is OpenCC’s conversion of the zh-Hant text', () => {
    for (const chart of CHARTS) {
      const hant = chart.build(dataset, 'zh-Hant');
      const hans = chart.build(dataset, 'zh-Hans');
      const texts = (m: ChartModel) => [m.title, m.subtitle ?? '', m.description, ...m.categories, ...m.notes, ...m.rows.map((r) => `${r.label}|${r.display}|${r.unitLabel}|${r.periodLabel}|${r.statusLabel}`)];
      expect(texts(hans)).toEqual(texts(hant).map((text) => toSimplified(text)));
    }
  });
});

describe('overview', () => {
  it('draws GDP at the two ends of the plan only', () => {
    const model = build('gdp-path', 'en');
    expect(model.series[0]!.points.map((p) => [p!.x, p!.value, p!.display])).toEqual([
      [2020, 29.93, 'CNY 29.93 bn'],
      [2025, 39.1, 'CNY 39.1 bn'],
    ]);
    expect(model.valueAxis).toBe('GDP (CNY bn)');
  });

  it('shows the implied nominal growth as derived, beside the article’s over 7%', () => {
    const model = build('gdp-growth', 'zh-Hant');
    const [article, implied] = model.series[0]!.points;
    expect(article!.display).toBe('超7%');
    expect(implied!.value).toBe(5.49);
    expect(implied!.derived?.formula).toBe('(391 ÷ 299.3)^(1/5) − 1');
    expect(model.rows.find((r) => r.derived)?.statusLabel).toBe('推算');
  });

  it('puts GDP 391億元 from 299.3 on the KPI cards', () => {
    const model = build('overview-kpis', 'zh-Hant');
    const gdp = model.series[0]!.points[0]!;
    expect([gdp.display, gdp.detail]).toEqual(['391億元', '由299.3億元（2020年）']);
    expect(build('overview-kpis', 'en').series[0]!.points.map((p) => p!.display)).toEqual(['CNY 39.1 bn', '> CNY 56.13 bn', '176', 'CNY 540 million', '217.6 km²']);
  });
});

describe('other pages', () => {
  it('plots small 億元 amounts in CNY million in English, axis and labels alike', () => {
    const model = build('tech-transfer-value', 'en');
    expect(model.valueAxis).toBe('Amount (CNY million)');
    expect(model.series[0]!.points.map((p) => [p!.value, p!.display])).toEqual([
      [540, 'CNY 540 million'],
      [269, 'CNY 269 million'],
    ]);
  });

  it('keeps the pillar industries’ qualifiers', () => {
    expect(build('pillar-scale', 'zh-Hant').series[0]!.points.map((p) => [p!.display, p!.status])).toEqual([
      ['400億級', 'actual'],
      ['超100億元', 'actual'],
      ['55億元', 'expected'],
    ]);
  });

  it('derives the 專精特新 total and its implied base', () => {
    const model = build('srdi-tiers', 'en');
    expect(model.series[0]!.points.map((p) => p!.value)).toEqual([4, 67, 129, 200, 21]);
    expect(model.annotations.map((a) => a.display)).toEqual(['833%']);
  });

  it('sets 2026 targets beside the latest actuals, as lower bounds', () => {
    const model = build('targets-vs-actuals', 'en');
    expect(model.series[1]!.points.map((p) => p!.display)).toEqual(['≥ 30', '≥ 20', '≥ 6']);
    expect(model.series[0]!.points.map((p) => p!.value)).toEqual([68, 24, 18.8]);
    expect(model.series[0]!.points[2]!.derived?.formula).toBe('94 ÷ 5');
  });

  it('writes the emerging industries as text where the article has no figures', () => {
    const model = build('emerging-industries', 'zh-Hant');
    expect(model.text?.map((b) => b.heading)).toEqual(['新能源', '新材料', '低空經濟', '航空產業']);
    expect(model.text?.find((b) => b.heading === '新能源')?.items).toContain('中鼎儲能');
  });
});
