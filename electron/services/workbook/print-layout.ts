import type { Worksheet } from 'exceljs';
import { DEFAULT_HEIGHT, DEFAULT_WIDTH, rowPixels } from './sheet-geometry';
import { hasWide, shownCellText, wrappedLines } from './widths';

/** Rows whose text runs on across the row over empty cells (titles, leads, a paragraph's lines): left out of fitting. */
export type SheetRows = { spanning: Set<number> };

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
 * Gives every row an explicit height: a wrapped row the height of its lines, a line of Chinese a
 * CJK line's, any other row the default. Explicit heights keep the native charts (anchored to rows)
 * and the page breaks where they were planned, in Excel, LibreOffice and Gnumeric alike, instead of
 * each program's own auto-fit (LibreOffice sets an unset row to its fallback font's height).
 */
export function fitRowHeights(sheet: Worksheet, rows: SheetRows): void {
  sheet.eachRow((row) => {
    // exceljs types the height as a number, but it is undefined until set.
    const set = (row.height as number | undefined) !== undefined;
    let height = 0;
    if (!rows.spanning.has(row.number))
      row.eachCell((cell, column) => {
        if (!cell.style.alignment?.wrapText) return;
        const text = shownCellText(cell);
        height = Math.max(height, wrappedLines(text, sheet.getColumn(column).width ?? DEFAULT_WIDTH) * lineHeight(text));
      });
    if (height > DEFAULT_HEIGHT) row.height = height + 2;
    else if (!set) row.height = hasWide(shownCellText(row.getCell(1))) ? CJK_LINE_POINTS + 2 : DEFAULT_HEIGHT;
  });
}

/** The least scale a sheet prints at one page wide; a wider sheet prints two pages wide, its first column repeated. */
export const MIN_SCALE = 70;

/** The printable width of a page in points. */
function printableWidth(orientation: Orientation): number {
  return PRINTABLE[orientation].width * 0.75;
}

/** The print scale (percent) that fits `width` points on one page width. */
export function printScale(width: number, orientation: Orientation): number {
  return Math.max(10, Math.min(100, Math.floor((printableWidth(orientation) * 100) / width)));
}

/** A run of rows a page break should not cut: a chart block, a heading with its table, a table that fits a page. */
export type PrintBlock = { first: number; last: number };

export type PrintPlan = {
  orientation: Orientation;
  /** The printed width of the sheet at 100%, in points (sheet-geometry.ts printedWidth). */
  width: number;
  /** The sheet's blocks in row order; the rows before the first block, and those after the last, form blocks of their own. */
  blocks: readonly PrintBlock[];
  /**
   * A table (its header row and last row): where the sheet's pages break inside it, its header is
   * repeated at the top of every page after the first (print titles), so that no page starts inside
   * the table without it.
   */
  table?: { header: number; last: number };
};

/** How the sheet prints: its scale, one page wide or two, and the rows that start a page. */
export type PrintSetup = { scale: number; pagesWide: 1 | 2; breaks: number[] };

/**
 * Sets how a sheet prints: at the scale that fits it one page wide (at most 100%), stated in the
 * file, so that Excel and LibreOffice print it alike and the page breaks planned for that scale hold
 * in both; or, where that is below MIN_SCALE, fitted two pages wide with its first column repeated on
 * each. Then puts the page breaks (pageStarts) and, where a table runs over a break, repeats its
 * header.
 */
export function planPrint(sheet: Worksheet, plan: PrintPlan): PrintSetup {
  const fit = printScale(plan.width, plan.orientation);
  const pagesWide = fit >= MIN_SCALE ? 1 : 2;
  // Two pages wide, with column A printed again on the second: a little less than twice the one-page scale.
  const scale = pagesWide === 1 ? fit : Math.min(100, Math.floor((2 * printableWidth(plan.orientation) * 100) / (plan.width * 1.15)));
  if (pagesWide === 1) {
    sheet.pageSetup.fitToPage = false;
    sheet.pageSetup.scale = scale;
  } else {
    sheet.pageSetup.fitToPage = true;
    sheet.pageSetup.fitToWidth = 2;
    sheet.pageSetup.fitToHeight = 0;
    sheet.pageSetup.printTitlesColumn = 'A:A';
  }
  const pageHeight = (PRINTABLE[plan.orientation].height * 100) / scale;
  let breaks = pageStarts(sheet, plan.blocks, pageHeight, 0);
  const table = plan.table;
  if (table && breaks.some((row) => row > table.header && row <= table.last)) {
    // Print titles repeat on every page after the first: each has that much less room.
    sheet.pageSetup.printTitlesRow = `${table.header}:${table.header}`;
    breaks = pageStarts(sheet, plan.blocks, pageHeight, rowPixels(sheet, table.header));
  }
  for (const row of breaks) sheet.getRow(row - 1).addPageBreak();
  return { scale, pagesWide, breaks };
}

function blockHeight(sheet: Worksheet, block: PrintBlock): number {
  let height = 0;
  for (let r = block.first; r <= block.last; r += 1) height += rowPixels(sheet, r);
  return height;
}

/**
 * The rows that start a page (after the first), so that no block (rows first…last) is cut by a page
 * edge: a block that does not fit on what is left of the page starts a new one, and a block taller
 * than a page starts one and breaks between rows where the page is full. Rows outside every block
 * (before the first, between two, after the last; all of them, where there is none) form blocks of
 * their own. Every page after the first has `reserved` pixels less room (a repeated header). Heights
 * in pixels at 100%; `pageHeight` is the page's at the print scale.
 */
export function pageStarts(sheet: Worksheet, blocks: readonly PrintBlock[], pageHeight: number, reserved: number): number[] {
  // Rows no block holds (before the first, between two, after the last) form blocks of their own:
  // every row's height is counted, or a page would hold more than it has room for.
  const all: PrintBlock[] = [];
  let covered = 0;
  for (const block of [...blocks, { first: sheet.rowCount + 1, last: sheet.rowCount }]) {
    if (block.first > covered + 1) all.push({ first: covered + 1, last: Math.min(block.first - 1, sheet.rowCount) });
    if (block.last >= block.first) all.push(block);
    covered = Math.max(covered, block.last);
  }
  const starts: number[] = [];
  // What the page holds so far; a block always goes on an empty page, however tall.
  const page = { used: 0, empty: true };
  const fits = (height: number) => page.empty || page.used + height <= pageHeight;
  const newPage = (row: number) => {
    starts.push(row);
    page.used = reserved;
    page.empty = true;
  };
  const place = (row: number, height: number) => {
    if (!fits(height)) newPage(row);
    page.used += height;
    page.empty = false;
  };
  for (const block of all) {
    const height = blockHeight(sheet, block);
    if (!fits(height)) newPage(block.first);
    if (page.used + height <= pageHeight) place(block.first, height);
    else for (let r = block.first; r <= block.last; r += 1) place(r, rowPixels(sheet, r));
  }
  return starts;
}
