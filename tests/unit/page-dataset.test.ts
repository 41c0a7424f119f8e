import { describe, expect, it } from 'vitest';
import { chartsOnPage } from '../../electron/common/charts/registry';
import type { Dataset } from '../../electron/common/dataset';
import { LANGS } from '../../electron/common/i18n/languages';
import { pageDataset, pageFigureIds } from '../../electron/common/page-dataset';
import { SECTION_IDS } from '../../electron/common/vocabulary';
import { scaledDataset } from '../../scripts/synthetic-dataset.mjs';
import { rawDataset } from './helpers';

const dataset: Dataset = rawDataset();

describe("a page's part of the dataset", () => {
  it('draws every chart of every page, in every language, exactly as the whole dataset does', () => {
    for (const page of SECTION_IDS) {
      const part = pageDataset(dataset, page);
      for (const lang of LANGS) {
        for (const chart of chartsOnPage(page)) expect(chart.build(part, lang), `${page} · ${chart.id} · ${lang}`).toEqual(chart.build(dataset, lang));
      }
    }
  });

  it('holds only the figures its charts read, with sections and source whole', () => {
    const part = pageDataset(dataset, 'overview');
    expect(part.figures.length).toBeGreaterThan(0);
    expect(part.figures.length).toBeLessThan(dataset.figures.length / 3);
    expect(part.figures.map((f) => f.id)).toContain('gdp-2025');
    // A figure of another page that no overview chart reads.
    expect(part.figures.map((f) => f.id)).not.toContain('green-factories');
    expect(part.sections).toEqual(dataset.sections);
    expect(part.source).toEqual(dataset.source);
  });

  it('keeps its size at 100× the figures where the charts name their figures by id', () => {
    const scaled = scaledDataset<Dataset>(dataset, 100);
    expect(pageFigureIds(scaled, 'overview')).toEqual(pageFigureIds(dataset, 'overview'));
    expect(pageDataset(scaled, 'overview').figures).toEqual(pageDataset(dataset, 'overview').figures);
  });

});
