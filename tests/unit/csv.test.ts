import { describe, expect, it } from 'vitest';
import { chartById } from '../../electron/common/charts/registry';
import { BOM, chartCsv, csvCell, toCsv } from '../../electron/common/csv';
import { rawDataset } from './helpers';

describe('CSV', () => {
  it('starts with a BOM so that Excel reads the Chinese text as UTF-8', () => {
    expect(toCsv([['綠園', 1]]).startsWith(BOM)).toBe(true);
  });

  it('never lets a cell become a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-1)).toBe('-1');
  });

  it('writes a chart’s table with qualifier, period and verbatim quote', () => {
    const model = chartById('overview-kpis')!.build(rawDataset(), 'zh-Hans');
    const lines = chartCsv(model, 'zh-Hans').replace(BOM, '').trim().split('\r\n');
    expect(lines[0]).toBe('id,指标,数值,单位,限定,状态,时期,display,原文,推算（非文章数字）');
    expect(lines).toContain('industrial-output,工业总产值,561.3,亿元,超过,实际,「十四五」时期（2021–2025年）,超561.3亿元,工業總產值突破561.3億元,');
  });
});
