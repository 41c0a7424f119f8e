import { describe, expect, it } from 'vitest';
import type { Dataset, Figure } from '../../electron/common/dataset';
import { formatFigure, formatPeriod, scaleFor } from '../../electron/common/format';
import { LANGS } from '../../electron/common/i18n/languages';
import { t } from '../../electron/common/i18n/messages';
import { drawnPoints } from '../../electron/common/charts/axes';
import { chartById, chartsOf } from '../../electron/common/charts/registry';
import type { ChartModel, Point } from '../../electron/common/charts/model';
import { annotationLines, derivedLines } from '../../electron/common/charts/notes';
import { toMainland } from '../../scripts/zh-hans.mjs';
import { rawDataset } from './helpers';
import { loadedReport } from './report-helpers';

const dataset: Dataset = loadedReport();
const CHARTS = chartsOf(dataset);

function build(id: string, lang: (typeof LANGS)[number] = 'zh-Hant'): ChartModel {
  const chart = chartById(dataset, id);
  if (!chart) throw new Error(`no chart ${id}`);
  return chart.build(dataset, lang);
}

function points(model: ChartModel): Point[] {
  return [...drawnPoints(model), ...model.annotations];
}

describe('chart models built from the real dataset', () => {
  it('have unique ids, one per chart of the report file, in its order, and build in every language', () => {
    expect(CHARTS.map((c) => [c.id, c.page])).toEqual(dataset.charts.map((c) => [c.id, c.section]));
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
      const texts = (m: ChartModel) => [
        m.title,
        m.subtitle ?? '',
        m.description,
        ...m.categories,
        ...m.notes,
        ...m.rows.map((r) => `${r.label}|${r.display}|${r.unitLabel}|${r.periodLabel}|${r.statusLabel}`),
      ];
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

  it('shows the implied nominal growth as a derived card, with its formula once, beside the article’s over 7%', () => {
    const model = build('gdp-growth', 'zh-Hant');
    expect(model.kind).toBe('kpi');
    expect(model.series[0]!.points.map((p) => p!.display)).toEqual(['超7%', '5.49%*']);
    expect(model.annotations.filter((a) => a.derived)).toEqual([]);
    const implied = model.series[0]!.points.find((p) => p?.derived)!;
    expect(implied.derived?.formula).toBe('(391 ÷ 299.3) 的5次方根 − 1');
    expect(derivedLines(model)).toEqual(['* 推算名義年均增速 = (391 ÷ 299.3) 的5次方根 − 1 ≈ 5.49%']);
    expect(model.rows.find((r) => r.derived)?.statusLabel).toBe('推算');
  });

  it('puts GDP 391億元 from 299.3 on the KPI cards', () => {
    const model = build('overview-kpis', 'zh-Hant');
    const gdp = model.series[0]!.points[0]!;
    // The card's line is the report file's words with {gdp-2020} and its period filled from the figure.
    expect([gdp.display, gdp.detail]).toEqual(['391億元', '由299.3億元（2020年）']);
    expect(build('overview-kpis', 'en').series[0]!.points.map((p) => p!.display)).toEqual([
      'CNY 39.1 bn',
      '> CNY 56.13 bn',
      '176',
      'CNY 540 million',
      '217.6 km²',
    ]);
    expect(build('overview-kpis', 'en').series[0]!.points[0]!.detail).toBe('from CNY 29.93 bn (2020)');
  });

  it('says on a card when the article does not say whether a figure is a total or one year’s', () => {
    const unstated = dataset.figures.filter((f) => f.basis === 'unstated');
    expect(unstated.length).toBeGreaterThan(0);
    for (const lang of LANGS) {
      const cards = CHARTS.map((c) => c.build(dataset, lang))
        .filter((m) => m.kind === 'kpi')
        .flatMap((m) => drawnPoints(m));
      for (const figure of unstated) {
        const card = cards.find((p) => p.figureId === figure.id);
        if (card) expect(card.detail, `${lang} ${figure.id}`).toContain(t(lang, 'figure.basisUnstated'));
      }
      for (const card of cards) {
        const figure = dataset.figures.find((f) => f.id === card.figureId);
        if (figure && figure.basis !== 'unstated') expect(card.detail ?? '', `${lang} ${figure.id}`).not.toContain(t(lang, 'figure.basisUnstated'));
      }
    }
    expect(build('overview-kpis', 'en').series[0]!.points.find((p) => p!.figureId === 'industrial-output')!.detail).toBe(
      "The article does not say whether this is a total or one year's figure",
    );
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
    // The formula words are generated from the report's expressions, every figure by its value.
    expect(derivedLines(model)).toEqual([
      '* All tiers = 4 + 67 + 129 = 200',
      '* Implied base at the start of the 14th FYP = (4 + 67 + 129) ÷ (100% + 833%) ≈ 21',
    ]);
  });

  it('ranks only the growth figures whose basis the article states, and states auto parts’ beside the bars', () => {
    const model = build('pillar-growth', 'en');
    expect(model.kind).toBe('hbar');
    expect(model.series[0]!.points.map((p) => [p!.figureId, p!.display])).toEqual([
      ['crrc-changke-output-growth', '10%'],
      ['haoyue-avg-growth', '8.8%'],
    ]);
    const autoParts = dataset.figures.find((f) => f.id === 'auto-parts-output-growth')!;
    expect(autoParts.basis).toBe('unstated');
    expect(model.annotations.map((a) => a.figureId)).toContain(autoParts.id);
    expect(annotationLines(model)).toContain('Auto parts industry (year on year): 5%');
  });

  it('sets each 2026 target over the latest actual of its own measure, on its card and in the table', () => {
    const model = build('targets-list', 'en');
    expect(model.kind).toBe('kpi');
    const cards = model.series[0]!.points.map((p) => p!);
    expect(cards.map((p) => [p.figureId, p.display, p.detail])).toEqual([
      ['new-national-hte-2026', '≥ 30', undefined],
      ['sci-tech-plan-projects-2026', '≥ 20', '2024 actual: 24'],
      ['tech-transfer-2026', '≥ 6', undefined],
      ['leader-enterprise-service', '≥ 1 time', undefined],
    ]);
    // The actual is the latest of the same measure, from before the target's period; none where there is none.
    const start = (f: Figure) => Number(f.period.slice(0, 4));
    for (const card of cards) {
      const target = dataset.figures.find((f) => f.id === card.figureId)!;
      expect(target.status, target.id).not.toBe('actual');
      const [latest] = dataset.figures
        .filter((f) => f.measure === target.measure && f.status === 'actual' && start(f) < start(target))
        .sort((a, b) => start(b) - start(a));
      expect(card.detail, target.id).toBe(
        latest ? t('en', 'chart.latestActual', { value: formatFigure(latest, 'en'), period: formatPeriod(latest.period, 'en') }) : undefined,
      );
      // The table lists the actual right after its target.
      const at = model.rows.findIndex((r) => r.figureId === target.id);
      if (latest) expect(model.rows[at + 1]?.figureId, target.id).toBe(latest.id);
    }
    // Another measure is never the yardstick: not the 94 transferred over the whole plan (a local yearly
    // target is another count), nor the 68 certifications completed in 2025 (new national certifications are another).
    expect(model.rows.map((r) => r.figureId)).not.toContain('tech-achievements-transferred');
    expect(model.rows.map((r) => r.figureId)).not.toContain('hte-certified-2025');
    expect(build('targets-list', 'zh-Hant').series[0]!.points[1]!.detail).toBe('2024年實際：24項');
  });

  it('draws small multiples one measure a panel, each point named by its period and status', () => {
    // The bundled report has no small multiples: the targets page of a report that has them.
    const raw = rawDataset();
    const words = (en: string) => ({ 'zh-Hant': en, 'zh-Hans': en, en });
    raw.charts.push({
      kind: 'multiples',
      id: 'targets-against-actuals',
      section: 'targets',
      title: words('2026 targets against actuals'),
      panels: [
        {
          title: words('S&T plan project applications'),
          valueAxis: words('Projects'),
          figures: ['sci-tech-projects-applied-2024', 'sci-tech-plan-projects-2026'],
        },
        { title: words('Local technology transfer'), figures: ['tech-transfer-2026'] },
      ],
    });
    const report = loadedReport(raw);
    const model = chartById(report, 'targets-against-actuals')!.build(report, 'en');
    expect(model.kind).toBe('multiples');
    expect(model.series).toEqual([]);
    expect(model.panels!.map((panel) => [panel.title, panel.categories, panel.series[0]!.points.map((p) => p!.display)])).toEqual([
      ['S&T plan project applications', ['2024 actual', '2026 target'], ['24', '≥ 20']],
      ['Local technology transfer', ['2026 target'], ['≥ 6']],
    ]);
    expect(model.panels![0]!.valueAxis).toBe('Projects');
    expect(model.rows.map((r) => r.figureId)).toEqual(['sci-tech-projects-applied-2024', 'sci-tech-plan-projects-2026', 'tech-transfer-2026']);
  });

  it('reads 翻番 as the article does, never as 2倍', () => {
    expect(build('emerging-figures', 'zh-Hant').series[0]!.points.find((p) => p!.figureId === 'peek-output-growth')!.display).toBe('翻番');
    expect(build('emerging-figures', 'en').series[0]!.points.find((p) => p!.figureId === 'peek-output-growth')!.display).toBe('doubled');
  });

  it('states the 7 national green factories as part of the 14, never beside them', () => {
    const model = build('green-manufacturing', 'zh-Hant');
    expect(model.series[0]!.points.map((p) => p!.figureId)).toEqual(['green-factories', 'green-supply-chains']);
    expect(annotationLines(model)).toContain('其中國家級綠色工廠：7家');
    // The base the 367% implies, derived and stated beside with its formula, never drawn.
    expect(derivedLines(model)).toEqual(['* 按綠色工廠推算的「十四五」初期基數 = 14 ÷ (100% + 367%) ≈ 3戶']);
    expect(drawnPoints(model).filter((p) => p.derived)).toEqual([]);
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
