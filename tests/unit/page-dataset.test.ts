import { describe, expect, it } from 'vitest';
import { chartsOnPage } from '../../electron/common/charts/registry';
import type { Dataset } from '../../electron/common/dataset';
import { LANGS } from '../../electron/common/i18n/languages';
import { pageDataset, pageFigureIds } from '../../electron/common/page-dataset';
import { scaledDataset } from '../../scripts/synthetic-dataset.mjs';
import { rawDataset } from './helpers';

const dataset: Dataset = rawDataset();

describe("a page's part of the dataset", () => {
  it('draws every chart of every page, in every language, exactly as the whole dataset does', () => {
    for (const { id: page } of dataset.sections) {
      const part = pageDataset(dataset, page);
      const charts = chartsOnPage(dataset, page);
      expect(charts.length, page).toBeGreaterThan(0);
      for (const lang of LANGS) {
        for (const chart of charts) expect(chart.build(part, lang), `${page} · ${chart.id} · ${lang}`).toEqual(chart.build(dataset, lang));
      }
    }
  });

  it('holds only the figures its charts read, with sections, sources and charts whole', () => {
    const part = pageDataset(dataset, 'overview');
    expect(part.figures.length).toBeGreaterThan(0);
    expect(part.figures.length).toBeLessThan(dataset.figures.length / 3);
    expect(part.figures.map((f) => f.id)).toContain('gdp-2025');
    // A figure of another page that no overview chart reads.
    expect(part.figures.map((f) => f.id)).not.toContain('green-factories');
    expect(part.sections).toEqual(dataset.sections);
    expect(part.meta).toEqual(dataset.meta);
    expect(part.charts).toEqual(dataset.charts);
  });

  it('keeps its size at 100× the figures where the charts name their figures by id', () => {
    const scaled = scaledDataset<Dataset>(dataset, 100);
    expect(pageFigureIds(scaled, 'overview')).toEqual(pageFigureIds(dataset, 'overview'));
    expect(pageDataset(scaled, 'overview').figures).toEqual(pageDataset(dataset, 'overview').figures);
  });

  it('holds the figures its chart specs declare, with the latest actual a target card is read against', () => {
    const ids = pageFigureIds(dataset, 'targets');
    const declared = dataset.charts.filter((c) => c.section === 'targets').flatMap((c) => JSON.stringify(c).match(/[a-z0-9]+(?:-[a-z0-9]+)+/gu) ?? []);
    const figureIds = new Set(dataset.figures.map((f) => f.id));
    // Every figure id the page's specs name is in; the rest are the actuals its targets are read against.
    for (const id of declared.filter((d) => figureIds.has(d))) expect(ids, id).toContain(id);
    const extra = [...ids].filter((id) => !declared.includes(id));
    expect(extra.length).toBeGreaterThan(0);
    for (const id of extra) expect(dataset.figures.find((f) => f.id === id)?.status, id).toBe('actual');
    // A page the report does not have reads nothing.
    expect(pageFigureIds(dataset, 'nope').size).toBe(0);
    expect(pageDataset(dataset, 'nope').figures).toEqual([]);
  });
});
