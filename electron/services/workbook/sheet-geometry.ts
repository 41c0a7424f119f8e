import type { Worksheet } from 'exceljs';

/** Excel's default column width in characters, and its default row height in points. */
export const DEFAULT_WIDTH = 9.140625;
export const DEFAULT_HEIGHT = 15;
const PX_PER_POINT = 96 / 72;

/** A column's width on screen: Excel's rule for the default font, whose digits are 7 px wide. */
export function columnPixels(width: number | undefined): number {
  return Math.trunc(((256 * (width ?? DEFAULT_WIDTH) + Math.trunc(128 / 7)) / 256) * 7);
}

/** A row's height on screen, in pixels at 96 dpi. */
export function rowPixels(sheet: Worksheet, row: number): number {
  // exceljs types the height as a number, but it is undefined until set.
  const height = sheet.getRow(row).height as number | undefined;
  return (height ?? DEFAULT_HEIGHT) * PX_PER_POINT;
}

/** The width in pixels of columns 1…last. */
export function columnsWidth(sheet: Worksheet, last: number): number {
  let width = 0;
  for (let c = 1; c <= last; c += 1) width += columnPixels(sheet.getColumn(c).width);
  return width;
}

/** How many default-height rows a box of `height` pixels covers. */
export function rowsFor(height: number): number {
  return Math.ceil(height / (DEFAULT_HEIGHT * PX_PER_POINT));
}
