import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../electron/common/dataset';
import { formatFigure, scaleFor } from '../../electron/common/format';
import { LANGS } from '../../electron/common/i18n/languages';
import { drawnPoints } from '../../electron/common/charts/axes';
import { CHARTS, chartById } from '../../electron/common/charts/registry';
import type { ChartModel, Point } from '../../electron/common/charts/model';
import { annotationLines, derivedLines } from '../../electron/common/charts/notes';
import { toMainland } from '../../scripts/zh-hans.mjs';
import { rawDataset } from './helpers';

const dataset: Dataset = rawDataset();

function build(id: string, lang: (typeof LANGS)[number] = 'zh-Hant'): ChartModel {
  const chart = chartById(id);
  if (!chart) throw new Error(`no chart ${id}`);
  return chart.build(dataset, lang);
}

function points(model: ChartModel): Point[] {
  return [...drawnPoints(model), ...model.annotations];
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

  it('give zh-Hans text that is the mainland conversion of the zh-Hant text (scripts/zh-hans.mjs)', () => {
    for (const chart of CHARTS) {
      const hant = chart.build(dataset, 'zh-Hant');
      const hans = chart.build(dataset, 'zh-Hans');
      const texts = (m: ChartModel) => [m.title, m.subtitle ?? '', m.description, ...m.categories, ...m.notes, ...m.rows.map((r) => `${r.label}|${r.display}|${r.unitLabel}|${r.periodLabel}|${r.statusLabel}`)];
      expect(texts(hans)).toEqual(texts(hant).map((text) => toMainland(text)));
    }
  });
});

describe('overview', () => {
  it('draws GDP at the two ends of the plan only, as a slope between those two years', () => {
    const model = build('gdp-path', 'en');
    expect(model.kind).toBe('slope');
    expect(model.categories).toEqual(['2020', '2025']);
    expect(model.series[0]!.points.map((p) => [p!.value, p!.display])).toEqual([
      [29.93, 'CNY 29.93 bn'],
      [39.1, 'CNY 39.1 bn'],
    ]);
    expect(model.valueAxis).toBe('GDP (CNY bn)');
  });

  it('states the implied nominal growth as derived, with its formula once, beside the article’s over 7%', () => {
    const model = build('gdp-growth', 'zh-Hant');
    expect(model.kind).toBe('kpi');
    expect(model.series[0]!.points.map((p) => p!.display)).toEqual(['超7%']);
    const implied = model.annotations.find((a) => a.derived)!;
    expect(implied.derived?.formula).toBe('(391 ÷ 299.3) 的5次方根 − 1');
    expect(derivedLines(model)).toEqual(['* 推算名義年均增速 = (391 ÷ 299.3) 的5次方根 − 1 ≈ 5.49%']);
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
  it('states small 億元 amounts in CNY million in English, one card each for the five-year total and one year', () => {
    const model = build('tech-transfer-value', 'en');
    expect(model.kind).toBe('kpi');
    expect(model.series[0]!.points.map((p) => [p!.value, p!.display])).toEqual([
      [540, 'CNY 540 million'],
      [269, 'CNY 269 million'],
    ]);
  });

  it('keeps the pillar industries’ qualifiers, on cards: a size class is never a bar length', () => {
    const model = build('pillar-scale', 'zh-Hant');
    expect(model.kind).toBe('kpi');
    expect(model.series[0]!.points.map((p) => [p!.display, p!.status])).toEqual([
      ['400億級', 'actual'],
      ['超100億元', 'actual'],
      ['55億元', 'expected'],
    ]);
  });

  it('stacks the 專精特新 tiers into one bar and states their derived total and base beside it', () => {
    const model = build('srdi-tiers', 'en');
    expect(model.kind).toBe('stacked');
    expect(model.series.map((s) => s.points.map((p) => p!.value))).toEqual([[4], [67], [129]]);
    expect(model.annotations.map((a) => a.display)).toEqual(['833%', '200*', '21*']);
    expect(derivedLines(model)).toEqual(['* All tiers = 4 + 67 + 129 = 200', '* Implied base at the start of the 14th FYP = 200 ÷ (1 + 833%) ≈ 21']);
  });

  it('sets each 2026 target beside the latest actual of its own measure, in small multiples', () => {
    const model = build('targets-vs-actuals', 'en');
    expect(model.kind).toBe('multiples');
    expect(model.panels!.map((panel) => panel.series[0]!.points.map((p) => p!.display))).toEqual([['68', '≥ 30'], ['24', '≥ 20'], ['≥ 6']]);
    expect(model.panels!.map((panel) => panel.categories)).toEqual([['2025 actual', '2026 target'], ['2024 actual', '2026 target'], ['2026 target']]);
    // The five-year total is of a wider scope: stated beside, with its derived yearly average.
    expect(model.annotations.map((a) => a.display)).toEqual(['94', '18.8*']);
    expect(model.annotations[1]!.derived?.formula).toBe('94 ÷ 5');
  });

  it('reads 翻番 as the article does, never as 2倍', () => {
    expect(build('emerging-figures', 'zh-Hant').series[0]!.points.find((p) => p!.figureId === 'peek-output-growth')!.display).toBe('翻番');
    expect(build('emerging-figures', 'en').series[0]!.points.find((p) => p!.figureId === 'peek-output-growth')!.display).toBe('doubled');
  });

  it('states the 7 national green factories as part of the 14, never beside them', () => {
    const model = build('green-manufacturing', 'zh-Hant');
    expect(model.series[0]!.points.map((p) => p!.figureId)).toEqual(['green-factories', 'green-supply-chains']);
    expect(annotationLines(model)).toContain('其中國家級綠色工廠：7家');
  });

  it('writes the emerging industries as text where the article has no figures', () => {
    const model = build('emerging-industries', 'zh-Hant');
    expect(model.text?.map((b) => b.heading)).toEqual(['新能源', '新材料', '低空經濟', '航空產業']);
    expect(model.text?.find((b) => b.heading === '新能源')?.items).toContain('中鼎儲能');
  });
});

describe('the table’s unit column', () => {
  it('gives the unit of the value shown, in the scale it is shown in, and none for a value in words', () => {
    for (const chart of CHARTS) {
      for (const lang of LANGS) {
        for (const row of chart.build(dataset, lang).rows) {
          const figure = row.figureId ? dataset.figures.find((f) => f.id === row.figureId) : undefined;
          const expected = figure?.stated ? '' : scaleFor(row.unit, lang, row.value).unitLabel;
          expect(row.displayUnit, `${chart.id} ${lang}: ${row.label}`).toBe(expected);
        }
      }
    }
  });

  it('reads CNY million beside CNY 540 million, CNY bn beside CNY 39.1 bn, and 億元 in Chinese', () => {
    const unitOf = (id: string, lang: (typeof LANGS)[number], figureId: string) => {
      const row = build(id, lang).rows.find((r) => r.figureId === figureId)!;
      return [row.display, row.displayUnit, row.unitLabel];
    };
    expect(unitOf('overview-kpis', 'en', 'tech-contract-turnover')).toEqual(['CNY 540 million', 'CNY million', 'CNY 100 million']);
    expect(unitOf('overview-kpis', 'en', 'gdp-2025')).toEqual(['CNY 39.1 bn', 'CNY bn', 'CNY 100 million']);
    expect(unitOf('policy-funds', 'en', 'policy-funds-disbursed')).toEqual(['CNY 4.2 million', 'CNY million', 'CNY 10,000']);
    expect(unitOf('emerging-figures', 'en', 'battery-recycling-line-capacity')).toEqual(['100,000 t class', 't', '10,000 t']);
    expect(unitOf('overview-kpis', 'zh-Hant', 'tech-contract-turnover')).toEqual(['5.4億元', '億元', '億元']);
    expect(unitOf('overview-kpis', 'zh-Hans', 'gdp-2025')).toEqual(['391亿元', '亿元', '亿元']);
    for (const lang of LANGS) expect(unitOf('emerging-figures', lang, 'peek-output-growth')[1]).toBe('');
    const derived = build('gdp-growth', 'en').rows.find((r) => r.derived)!;
    expect([derived.display, derived.displayUnit]).toEqual(['5.49%', '%']);
  });
});
