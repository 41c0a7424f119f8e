import type { Worksheet } from 'exceljs';
import type { AnchorPoint } from './chart-spec';
import { columnPixels, rowPixels } from './sheet-geometry';

const EMU_PER_PIXEL = 9525;
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
    row: walk(row, height, (r) => rowPixels(sheet, r)),
  };
  return {
    from: { column: column - 1, row: row - 1, columnOffset: 0, rowOffset: 0 },
    to: { column: end.column.index - 1, row: end.row.index - 1, columnOffset: end.column.offset, rowOffset: end.row.offset },
  };
}
