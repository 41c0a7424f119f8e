import { describe, expect, it } from 'vitest';
import { numbersInText, parseChineseNumeral, textStatesValue } from '../../electron/common/numerals';

describe('Chinese numerals', () => {
  it('reads numerals in the scale they are printed', () => {
    expect(parseChineseNumeral('百')).toBe(100);
    expect(parseChineseNumeral('兩')).toBe(2);
    expect(parseChineseNumeral('二十')).toBe(20);
    expect(parseChineseNumeral('一百二十三')).toBe(123);
    expect(parseChineseNumeral('十')).toBe(10);
  });

  it('does not read a name such as 十四五 as a number', () => {
    expect(parseChineseNumeral('十四五')).toBeUndefined();
  });

  it('finds Arabic, Chinese and idiomatic numbers in a sentence', () => {
    expect(numbersInText('年產值突破百億元')).toContain(100);
    expect(numbersInText('工業總產值突破561.3億元')).toContain(561.3);
    expect(numbersInText('「十四五」期間產值實現翻番')).toContain(2);
  });

  it('checks that a value is stated, not a multiple of it', () => {
    expect(textStatesValue('帶動肉牛深加工產業年產值突破百億元', 100)).toBe(true);
    expect(textStatesValue('帶動肉牛深加工產業年產值突破百億元', 1e10)).toBe(false);
    expect(textStatesValue('技術合同成交額達5.4億元', 5.4)).toBe(true);
    expect(textStatesValue('技術合同成交額達5.4億元', 54)).toBe(false);
  });
});
