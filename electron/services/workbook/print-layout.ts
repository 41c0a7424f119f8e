import type { Worksheet } from 'exceljs';
import { DEFAULT_HEIGHT, DEFAULT_WIDTH, rowPixels } from './sheet-geometry';
import { hasWide, wrappedLines } from './widths';

/** Rows whose single cell runs across the sheet (merged, wrapped): the text panels' paragraphs. */
export type SheetRows = { spanning: Set<number>; paragraphs: Set<number> };

/** CJK fallback fonts set lines a little taller than Calibri's. */
const CJK_LINE_POINTS = 16.5;

/** A4 with 0.5 in side and 0.6 in top/bottom margins, less room for the footer, in pixels at 96 dpi. */
export const PRINTABLE = {
  landscape: { width: Math.floor((11.69 - 1) * 96), height: Math.floor((8.27 - 1.2 - 0.1) * 96) },
  portrait: { width: Math.floor((8.27 - 1) * 96), height: Math.floor((11.69 - 1.2 - 0.1) * 96) },
} as const;

export type Orientation = keyof typeof PRINTABLE;

function lineHeight(text: string): number {
  return hasWide(text) ? CJK_LINE_POINTS : DEFAULT_HEIGHT;
}

/**
 * Gives every row with wrapped text an explicit height for its lines. Explicit heights keep the
 * native charts (anchored to rows) and the page breaks where they were planned, in Excel and in
 * LibreOffice alike, instead of each program's own auto-fit.
 */
export function fitRowHeights(sheet: Worksheet, rows: SheetRows, lastColumn: number): void {
  const spanWidth = Array.from({ length: lastColumn }, (_, i) => sheet.getColumn(i + 1).width ?? DEFAULT_WIDTH).reduce((a, b) => a + b, 0);
  sheet.eachRow((row) => {
    if (rows.paragraphs.has(row.number)) {
      const text = row.getCell(1).text;
      sheet.mergeCells(row.number, 1, row.number, lastColumn);
      row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
      row.height = wrappedLines(text, spanWidth) * lineHeight(text) + 3;
      return;
    }
    if (rows.spanning.has(row.number)) return;
    let height = 0;
    row.eachCell((cell, column) => {
      if (!cell.style.alignment?.wrapText) return;
      height = Math.max(height, wrappedLines(cell.text, sheet.getColumn(column).width ?? DEFAULT_WIDTH) * lineHeight(cell.text));
    });
    if (height > DEFAULT_HEIGHT) row.height = height + 2;
  });
}

/** The print scale (percent) that fits `width` pixels on one page width. */
export function printScale(width: number, orientation: Orientation): number {
  return Math.max(10, Math.min(100, Math.floor((PRINTABLE[orientation].width * 100) / width)));
}

/**
 * Puts manual page breaks so that no block (rows first…last) is cut by a page edge: a block that
 * does not fit on what is left of the page starts a new one. `blocks` are in row order; the rows
 * before the first block form the first page(s) and always end with a break.
 */
export function paginate(sheet: Worksheet, blocks: readonly { first: number; last: number }[], scale: number, orientation: Orientation): void {
  const pageHeight = (PRINTABLE[orientation].height * 100) / scale;
  let used = Number.POSITIVE_INFINITY;
  for (const block of blocks) {
    let height = 0;
    for (let r = block.first; r <= block.last; r += 1) height += rowPixels(sheet, r);
    if (used + height > pageHeight) {
      if (block.first > 1) sheet.getRow(block.first - 1).addPageBreak();
      used = 0;
    }
    used += height;
  }
}
