import type { Worksheet } from 'exceljs';

/** Excel's default column width in characters, and its default row height in points. */
export const DEFAULT_WIDTH = 9.140625;
export const DEFAULT_HEIGHT = 15;
const PX_PER_POINT = 96 / 72;

/**
 * The printed width of one character of column width, in points, as wide as any program we print
 * with draws it. A column `width` characters wide is `width` digits of the workbook's default font
 * (Calibri 11): 7 px (5.25 pt) in Excel, but LibreOffice without Calibri (or Carlito) measures the
 * digit of its stand-in, DejaVu Sans, 7 pt at 11 pt, a third wider. Print scales are planned for the
 * wider: a sheet that fits one page wide there fits it in Excel too.
 */
export const PRINT_POINTS_PER_CHARACTER = 7;

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

/**
 * The printed width in points of columns 1…last at 100%, at PRINT_POINTS_PER_CHARACTER. A chart
 * anchored to cells stretches with them, so a chart `pixels` wide (in Excel) prints that many
 * points wide there.
 */
export function printedWidth(sheet: Worksheet, last: number): number {
  let width = 0;
  for (let c = 1; c <= last; c += 1) width += (sheet.getColumn(c).width ?? DEFAULT_WIDTH) * PRINT_POINTS_PER_CHARACTER;
  return width;
}

/** The printed width in points of a box `pixels` wide anchored to columns (it stretches with them, as above). */
export function printedPixels(pixels: number): number {
  return (pixels / 7) * PRINT_POINTS_PER_CHARACTER;
}

/** How many default-height rows a box of `height` pixels covers. */
export function rowsFor(height: number): number {
  return Math.ceil(height / (DEFAULT_HEIGHT * PX_PER_POINT));
}
