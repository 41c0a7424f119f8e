import type { Worksheet } from 'exceljs';
import type { AnchorPoint } from './chart-spec';

const EMU_PER_PIXEL = 9525;
/** Excel's default column width in characters, and its default row height in points. */
const DEFAULT_WIDTH = 9.140625;
const DEFAULT_HEIGHT = 15;

/** A column's width on screen: Excel's rule for the default font, whose digits are 7 px wide. */
export function columnPixels(width: number | undefined): number {
  return Math.trunc(((256 * (width ?? DEFAULT_WIDTH) + Math.trunc(128 / 7)) / 256) * 7);
}

function rowPixels(height: number | undefined): number {
  return Math.round(((height ?? DEFAULT_HEIGHT) * 96) / 72);
}

function walk(start: number, pixels: number, sizeOf: (index: number) => number): { index: number; offset: number } {
  let index = start;
  let left = pixels;
  while (left > sizeOf(index)) {
    left -= sizeOf(index);
    index += 1;
  }
  return { index, offset: Math.round(left * EMU_PER_PIXEL) };
}

/**
 * The two-cell anchor of a box `width` × `height` pixels whose top-left corner is the top-left of
 * cell (row, column), 1-based. Computed from the sheet's final column widths and row heights, so
 * fit the columns first.
 */
export function anchorBox(sheet: Worksheet, row: number, column: number, width: number, height: number): { from: AnchorPoint; to: AnchorPoint } {
  const end = {
    column: walk(column, width, (c) => columnPixels(sheet.getColumn(c).width)),
    row: walk(row, height, (r) => rowPixels(sheet.getRow(r).height)),
  };
  return {
    from: { column: column - 1, row: row - 1, columnOffset: 0, rowOffset: 0 },
    to: { column: end.column.index - 1, row: end.row.index - 1, columnOffset: end.column.offset, rowOffset: end.row.offset },
  };
}

/** How many default-height rows a box of `height` pixels covers. */
export function rowsFor(height: number): number {
  return Math.ceil(height / rowPixels(DEFAULT_HEIGHT));
}
