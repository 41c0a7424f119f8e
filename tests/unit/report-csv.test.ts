import { describe, expect, it } from 'vitest';
import { BOM } from '../../electron/common/csv';
import { figuresCsv } from '../../electron/services/report/csv';
import { rawDataset } from './helpers';

describe('CSV of all figures', () => {
  it('has a BOM, a header and one row per figure with qualifier and quote', () => {
    const dataset = rawDataset();
    const csv = figuresCsv(dataset, 'en');
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(dataset.figures.length + 1);
    expect(lines).toContain('new-national-hte-2026,targets,Newly certified national high-tech enterprises,30,firms,at least,Target,2026,≥ 30,努力實現新認定國家高新技術企業30戶以上');
  });

  it('neutralises a label that would run as a formula', () => {
    const dataset = rawDataset();
    dataset.figures[0]!.label.en = '=HYPERLINK("http://evil")';
    expect(figuresCsv(dataset, 'en')).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });
});
