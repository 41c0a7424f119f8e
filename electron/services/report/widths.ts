/**
 * Display width of text in a spreadsheet column: East Asian wide and full-width characters count
 * as two (Unicode East Asian Width W/F), everything else as one.
 */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u;

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
