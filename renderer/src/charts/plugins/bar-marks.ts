import type { Plugin } from 'chart.js';
import { isOpenEnded, PALETTE, paintIn } from '../../../../electron/common/charts/palette';
import { eachPoint } from './each-point';
import type { BarMarksOptions } from './options';

/** White or ink, whichever reads on a fill (WCAG relative luminance). */
function inkOn(fill: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(fill.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const luminance = 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  return luminance > 0.3 ? PALETTE.text : '#ffffff';
}

/**
 * Draws each value as the article states it (超7%, ≥ 30): at the end of its bar, with an arrow
 * beyond open-ended values, or inside a part of a stacked bar where it fits; and a dashed outline
 * round expected and target bars.
 */
export const barMarks: Plugin<'bar', Partial<BarMarksOptions>> = {
  id: 'lvyuanBarMarks',
  afterDatasetsDraw(chart, _args, { drawn, horizontal = false, placement = 'end', fill = 'status' }) {
    if (!drawn) return;
    const { ctx } = chart;
    const size = drawn.fontSize;
    // Gaps and strokes in proportion to the text, from a laptop to a 4K lobby screen.
    const gap = Math.max(4, size * 0.35);
    const stroke = Math.max(2, size / 8);
    const dash = (length: number) => length * Math.max(1, size / 14);
    ctx.save();
    ctx.font = drawn.font(700);
    ctx.fillStyle = PALETTE.text;
    eachPoint(chart, drawn, (p, element, { x, y }, datasetIndex) => {
      // Where the bar starts: its zero line, or the end of the part before it.
      const barBase = (element.getProps(['base'], true) as { base: number }).base;
      const paint = paintIn(fill, p, datasetIndex);
      const bar = element.getProps(['width', 'height'], true) as { width: number; height: number };
      if (p.status !== 'actual' || p.derived) {
        ctx.save();
        ctx.setLineDash(p.derived ? [dash(2), dash(3)] : [dash(6), dash(4)]);
        ctx.lineWidth = stroke;
        ctx.strokeStyle = paint.outline;
        if (horizontal) ctx.strokeRect(barBase, y - bar.height / 2, x - barBase, bar.height);
        else ctx.strokeRect(x - bar.width / 2, y, bar.width, barBase - y);
        ctx.restore();
      }
      if (placement === 'inside') {
        const room = horizontal ? Math.abs(x - barBase) : Math.abs(barBase - y);
        if (ctx.measureText(p.display).width + 8 > room) return;
        ctx.save();
        ctx.fillStyle = inkOn(paint.fill);
        ctx.textAlign = 'center';
        ctx.textBaseline = 'middle';
        ctx.fillText(p.display, horizontal ? (x + barBase) / 2 : x, horizontal ? y : (y + barBase) / 2);
        ctx.restore();
        return;
      }
      const arrow = isOpenEnded(p) ? size * 0.9 : 0;
      if (arrow > 0) {
        ctx.save();
        ctx.fillStyle = paint.outline;
        ctx.beginPath();
        const off = gap / 2;
        if (horizontal) {
          ctx.moveTo(x + off, y - arrow / 2);
          ctx.lineTo(x + off + arrow, y);
          ctx.lineTo(x + off, y + arrow / 2);
        } else {
          ctx.moveTo(x - arrow / 2, y - off);
          ctx.lineTo(x, y - off - arrow);
          ctx.lineTo(x + arrow / 2, y - off);
        }
        ctx.closePath();
        ctx.fill();
        ctx.restore();
      }
      if (horizontal) {
        ctx.textAlign = 'left';
        ctx.textBaseline = 'middle';
        ctx.fillText(p.display, x + gap + arrow, y);
      } else {
        ctx.textAlign = 'center';
        ctx.textBaseline = 'bottom';
        ctx.fillText(p.display, x, y - gap - arrow);
      }
    });
    ctx.restore();
  },
};
