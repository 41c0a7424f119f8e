import type { Worksheet } from 'exceljs';
import { shownText } from './cells';

/**
 * Display width of text in a spreadsheet column: East Asian wide and full-width characters count
 * as two (Unicode East Asian Width W/F), everything else as one.
 */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u;

/** Does the text hold any East Asian wide character? */
export function hasWide(text: string): boolean {
  return WIDE.test(text);
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/** A column width (in Excel character units) that fits the widest cell, within sensible bounds. */
export function columnWidth(cells: readonly string[], min = 6, max = 60): number {
  const widest = cells.reduce((w, cell) => Math.max(w, ...cell.split('\n').map(displayWidth)), 0);
  return Math.min(max, Math.max(min, widest + 2));
}

/**
 * Fits every column to its widest cell, East Asian characters counted double, up to `caps[column]`
 * (1-based) or `max`; text in a capped column is wrapped by the print layout. Rows in `spanning`
 * (titles, notes, paragraphs) are left out: their text runs on over empty neighbours or across merged
 * cells and should not widen a column.
 */
export function fitColumns(sheet: Worksheet, spanning: ReadonlySet<number> = new Set(), caps: Readonly<Record<number, number>> = {}, min = 6, max = 60): void {
  const cells = new Map<number, string[]>();
  sheet.eachRow((row) => {
    if (spanning.has(row.number)) return;
    row.eachCell((cell, column) => {
      const list = cells.get(column) ?? [];
      list.push(typeof cell.value === 'number' ? shownText(cell.value, cell.numFmt) : cell.text);
      cells.set(column, list);
    });
  });
  for (const [column, texts] of cells) sheet.getColumn(column).width = columnWidth(texts, min, caps[column] ?? max);
}

/** How many lines `text` takes in a column `width` characters wide, wrapping at that width. */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, width - 1);
  return text.split('\n').reduce((lines, part) => lines + Math.max(1, Math.ceil(displayWidth(part) / room)), 0);
}
