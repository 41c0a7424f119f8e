import { describe, expect, it } from 'vitest';
import { evaluate, figure, minus, over, plus, power, spreadsheetFormula, sum } from '../../electron/common/charts/calc';
import { parseExpression } from '../../electron/common/charts/expression';
import { figureCell, liveCell, shownText } from '../../electron/services/workbook/cells';
import { rawDataset } from './helpers';

describe('liveCell: a number that reads as the article states it', () => {
  it.each([
    [5.4, '超5.4億元', 5.4, '"超"0.0"億元"'],
    [56.13, '> CNY 56.13 bn', 56.13, '"> CNY "0.00" bn"'],
    [7, '> 7%', 0.07, '"> "0%'],
    [73.1, '73.1%*', 0.731, '0.0%"*"'],
    [100000, '100,000 t class', 100000, '#,##0" t class"'],
    [30, '30戶以上', 30, '0"戶以上"'],
    [176, '176', 176, '0'],
  ])('%s shown as %s', (value, display, stored, numFmt) => {
    expect(liveCell(value, display)).toEqual({ value: stored, numFmt });
  });

  it('keeps a plain format where the text is words or not the value: a label in words would not follow an edit', () => {
    expect(liveCell(2, '翻番')).toEqual({ value: 2, numFmt: '#,##0' });
    expect(liveCell(5, '5 of 7')).toEqual({ value: 5, numFmt: '#,##0' });
    expect(liveCell(9, '5億元')).toEqual({ value: 9, numFmt: '#,##0' });
  });

  it('escapes a quotation mark inside the literal text', () => {
    expect(liveCell(3, '3 "x"').numFmt).toBe('0" "\\""x"\\"""');
  });

  it('sizes columns by the text the format shows, not the bare number', () => {
    expect(shownText(5.4, '"超"0.0"億元"')).toBe('超5.4億元');
    expect(shownText(0.07, '"> "0%')).toBe('> 7%');
  });

  it('stores a percentage in a figure table in percent, as the CSV does, with the article’s decimals', () => {
    expect(figureCell(5.49, '%')).toEqual({ value: 5.49, numFmt: '0.00"%"' });
    expect(figureCell(68, '戶')).toEqual({ value: 68, numFmt: '#,##0' });
    expect(figureCell(2.69, '億元')).toEqual({ value: 2.69, numFmt: '#,##0.00' });
  });
});

describe('calc: derived figures as data, evaluated and written as formulas', () => {
  const ref = (id: string) => id.toUpperCase().replaceAll('-', '');
  it('writes parentheses only where precedence needs them', () => {
    expect(spreadsheetFormula(minus(power(over(figure('b'), figure('a')), over(1, 5)), 1), ref)).toBe('(B/A)^(1/5)-1');
    expect(spreadsheetFormula(minus(1, minus(figure('a'), figure('b'))), ref)).toBe('1-(A-B)');
    expect(spreadsheetFormula(over(sum(figure('a'), figure('b'), figure('c')), plus(1, figure('d'))), ref)).toBe('(A+B+C)/(1+D)');
    expect(spreadsheetFormula(plus(figure('a'), times3()), ref)).toBe('A+B*3');
  });

  it('reads a report file’s expression into the tree the workbook writes as a formula', () => {
    const growth = parseExpression('({gdp-2025} / {gdp-2020}) ^ (1 / 5) - 1');
    expect(growth).toEqual(minus(power(over(figure('gdp-2025'), figure('gdp-2020')), over(1, 5)), 1));
    expect(spreadsheetFormula(growth, ref)).toBe('(GDP2025/GDP2020)^(1/5)-1');
    expect(parseExpression('{a} - ({b} - {c})')).toEqual(minus(figure('a'), minus(figure('b'), figure('c'))));
    expect(parseExpression('({a} + {b} + {c}) / (1 + {d})')).toEqual(over(sum(figure('a'), figure('b'), figure('c')), plus(1, figure('d'))));
    expect(parseExpression('2 ^ 3 ^ 2')).toEqual(power(2, power(3, 2)));
  });

  it('reads a percentage figure as a fraction, as the cells hold it', () => {
    const dataset = rawDataset();
    const share = dataset.figures.find((f) => f.id === 'food-pharma-output-share');
    expect(share?.unit).toBe('%');
    expect(evaluate(minus(1, figure('food-pharma-output-share')), dataset)).toBeCloseTo(1 - (share?.value ?? 0) / 100, 12);
    expect(() => evaluate(figure('no-such-figure'), dataset)).toThrow(/no-such-figure/u);
  });
});

function times3() {
  return { op: '*' as const, left: figure('b'), right: 3 };
}
