import { describe, expect, it } from 'vitest';
import { numeralsIn, parseNumeral, type Numeral } from '../../electron/common/numerals';

/**
 * The numeral grammar figures are read with: one table of cases, traps included (the npm converters
 * tried read 四十四．二 as 42, 十四五 as 45 and 二〇二五 as 225, with no error).
 */

const CASES: readonly (readonly [string, Numeral | undefined])[] = [
  // Arabic, with separators, decimals, full-width digits and points
  ['391', { value: 391 }],
  ['561.3', { value: 561.3 }],
  ['1,234', { value: 1234 }],
  ['12,345,678', { value: 12345678 }],
  ['１２３', { value: 123 }],
  ['４４．２', { value: 44.2 }],
  ['0.54', { value: 0.54 }],
  ['2025', { value: 2025 }],
  // PDF text: stray spaces and * marks inside a number
  ['1 234', { value: 1234 }],
  ['56*1.3', { value: 561.3 }],
  ['3 . 5', { value: 3.5 }],
  // Chinese below ten thousand
  ['一', { value: 1 }],
  ['十', { value: 10 }],
  ['十二', { value: 12 }],
  ['二十', { value: 20 }],
  ['二十三', { value: 23 }],
  ['一百', { value: 100 }],
  ['百', { value: 100 }],
  ['一百零五', { value: 105 }],
  ['一百二十三', { value: 123 }],
  ['三千', { value: 3000 }],
  ['三千零五', { value: 3005 }],
  ['一千二百三十四', { value: 1234 }],
  ['两千', { value: 2000 }],
  ['兩百', { value: 200 }],
  ['拾贰', undefined],
  // The next place down after a multiplier, colloquial
  ['三千五', { value: 3500 }],
  ['一百二', { value: 120 }],
  ['一万二', { value: 12000 }],
  // 廿 and 卅
  ['廿', { value: 20 }],
  ['廿三', { value: 23 }],
  ['卅', { value: 30 }],
  // Decimals with 点/點/．
  ['四十四点二', { value: 44.2 }],
  ['四十四．二', { value: 44.2 }],
  ['三點一四', { value: 3.14 }],
  ['零点五', { value: 0.5 }],
  ['二点零五', { value: 2.05 }],
  // Magnitudes: the last one stays the unit, as printed
  ['百亿', { value: 100, magnitude: '亿' }],
  ['百億', { value: 100, magnitude: '億' }],
  ['3.5万', { value: 3.5, magnitude: '万' }],
  ['54.8萬', { value: 54.8, magnitude: '萬' }],
  ['四兆四千五百八十九億', { value: 44589, magnitude: '億' }],
  ['4兆4589億', { value: 44589, magnitude: '億' }],
  ['一亿二千万', { value: 12000, magnitude: '万' }],
  ['十二万', { value: 12, magnitude: '万' }],
  ['两万', { value: 2, magnitude: '万' }],
  ['1.2亿', { value: 1.2, magnitude: '亿' }],
  ['四十四万', { value: 44, magnitude: '万' }],
  ['亿', undefined],
  // A magnitude then smaller places: a plain number
  ['十二万三千', { value: 123000 }],
  ['一万零五百', { value: 10500 }],
  ['一亿零五十万', { value: 10050, magnitude: '万' }],
  // Digit strings, place by place
  ['二〇二五', { value: 2025 }],
  ['二〇二四', { value: 2024 }],
  ['一一三', { value: 113 }],
  ['〇', { value: 0 }],
  // Traps: names and slogans, and things that are not numbers
  ['十四五', undefined],
  ['三五', undefined],
  ['一二', undefined],
  ['万亿', undefined],
  ['亿万', undefined],
  ['十百', undefined],
  ['千百', undefined],
  ['点', undefined],
  ['1.2.3', undefined],
  ['', undefined],
];

describe('the numeral grammar', () => {
  it(`reads ${CASES.length} cases as printed, traps included`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    for (const [text, expected] of CASES) expect(parseNumeral(text), text).toEqual(expected);
  });

  it('finds every number in a sentence with its place, a percentage as such', () => {
    const text = '全区地区生产总值达391亿元，同比增长百分之五点五，工业增加值增长7.2％。';
    const found = numeralsIn(text);
    expect(found.map((n) => [n.value, n.magnitude, n.percent, text.slice(n.start, n.end)])).toEqual([
      [391, '亿', false, '391亿'],
      [5.5, undefined, true, '百分之五点五'],
      [7.2, undefined, true, '7.2％'],
    ]);
  });

  it('keeps the magnitude word with the number, and leaves a name such as 十四五 out', () => {
    const found = numeralsIn('「十四五」期间，年产值突破百亿元，常住人口54.8萬人');
    expect(found.map((n) => [n.value, n.magnitude, n.text])).toEqual([
      [100, '亿', '百亿'],
      [54.8, '萬', '54.8萬'],
    ]);
  });

  it('reads a PDF text’s number with stray spaces and * marks, and drops a full stop after a number', () => {
    // The space before 万 ends the number: 万元 is then the unit, as printed.
    expect(numeralsIn('完成投资 1 234 万元。增长5.').map((n) => [n.value, n.magnitude, n.text])).toEqual([
      [1234, undefined, '1 234'],
      [5, undefined, '5'],
    ]);
    expect(numeralsIn('增加值56*1.3亿元').map((n) => [n.value, n.magnitude])).toEqual([[561.3, '亿']]);
  });
});
