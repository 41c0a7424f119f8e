import { describe, expect, it } from 'vitest';
import type { LivePart, LiveValue } from '../../electron/services/workbook/live-text';
import { lineParts } from '../../electron/services/workbook/text-lines';
import { columnWidth, displayWidth, lineRanges, wrappedLines } from '../../electron/services/workbook/widths';

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

describe('a paragraph one line to a row', () => {
  const value = (shown: string): LiveValue => ({ formula: `'All figures'!$D$4`, numFmt: '0', shown });
  const texts = (lines: LivePart[][]) => lines.map((line) => line.map((part) => (typeof part === 'string' ? part : `[${part.shown}]`)).join(''));

  it('breaks at spaces, never starting or ending a line with one, and keeps a word longer than a line whole', () => {
    const text = 'The district built a battery recycling line';
    expect(lineRanges(text, 16).map(([start, end]) => text.slice(start, end))).toEqual(['The district built', 'a battery recycling', 'line']);
    expect(lineRanges('a supercalifragilistic word', 8).map(([s, e]) => 'a supercalifragilistic word'.slice(s, e))).toEqual([
      'a',
      'supercalifragilistic',
      'word',
    ]);
  });

  it('breaks Chinese between any two characters', () => {
    const text = '長春綜旭華友建成動力電池回收線';
    expect(lineRanges(text, 10).map(([start, end]) => text.slice(start, end))).toEqual(['長春綜旭華', '友建成動力', '電池回收線']);
  });

  it('never cuts a stated value, and moves it to the next line with the word it touches', () => {
    // "(391" reads as one word: the value keeps its bracket.
    expect(texts(lineParts(['growth = fifth root of (', value('391'), ' ÷ ', value('299.3'), ') − 1'], 20))).toEqual([
      'growth = fifth root of',
      '([391] ÷ [299.3]) − 1',
    ]);
    // A value with Chinese in it is one piece; a line may break on either side of it.
    expect(texts(lineParts(['長春綜旭華友建成', value('10萬噸級'), '動力電池回收線'], 20))).toEqual(['長春綜旭華友建成', '[10萬噸級]動力電池回收', '線']);
  });
});
