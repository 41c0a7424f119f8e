import { describe, expect, it } from 'vitest';
import { columnWidth, displayWidth, wrappedLines } from '../../electron/services/workbook/widths';

describe('East Asian column widths', () => {
  it('counts CJK and full-width characters as two', () => {
    expect(displayWidth('GDP')).toBe(3);
    expect(displayWidth('地區生產總值')).toBe(12);
    expect(displayWidth('「十四五」')).toBe(10);
    expect(displayWidth('391億元')).toBe(7);
  });

  it('fits the widest line of a column, within bounds', () => {
    expect(columnWidth(['a', '地區生產總值'])).toBe(14);
    expect(columnWidth(['x'])).toBe(6);
    expect(columnWidth(['長'.repeat(100)])).toBe(60);
  });
});

describe('wrapped lines', () => {
  it('counts the lines a text takes in a column, East Asian characters double', () => {
    expect(wrappedLines('地區生產總值', 14)).toBe(1);
    expect(wrappedLines('地區生產總值', 7)).toBe(2);
    expect(wrappedLines('a\nb', 10)).toBe(2);
  });
});
