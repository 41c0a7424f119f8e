import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../electron/common/dataset';
import { LANGS, type Lang } from '../../electron/common/i18n/languages';
import { rawDataset } from './helpers';
import { openPackage, plotKinds, valueAxes, type OoxmlPackage } from './ooxml-reader';
import { loadedReport, REPORTS, reportFor } from './report-helpers';

/**
 * The native charts of the report workbooks, read back as a statistics office would check a chart
 * before publishing it: bars stand on zero. Every kind that becomes a bar chart is drawn: the bundled
 * report (bars lying down, a stacked bar), the second report, and the bundled one with a column chart
 * and small multiples added.
 */

const words = (en: string, hant: string, hans: string) => ({ 'zh-Hant': hant, 'zh-Hans': hans, en });

/** The bundled report with a column chart and small multiples (24 projects against a target of ≥ 20: an 18–25 axis by default). */
function withColumnsAndMultiples(): Dataset {
  const raw = rawDataset();
  const growth = raw.charts.find((c) => c.id === 'pillar-growth')!;
  raw.charts.push({ ...structuredClone(growth), kind: 'bar', id: 'pillar-growth-columns', annotations: [], notes: [] } as (typeof raw.charts)[number]);
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
