/**
 * Chart text follows the page's root font size, which grows with the window (1280 → 3840 px),
 * so a 4K lobby screen gets 4K-sized labels; `--chart-text` scales it (0.9 in the viewer; the
 * kiosk sets its own, for text read from across a room). An exported PNG uses a fixed size.
 */
export function pageFontSize(): number {
  const style = getComputedStyle(document.documentElement);
  const root = Number.parseFloat(style.fontSize);
  const scale = Number.parseFloat(style.getPropertyValue('--chart-text'));
  return Number.isFinite(root) ? Math.round(root * (Number.isFinite(scale) ? scale : 0.9)) : 13;
}
