import type { Plugin } from 'chart.js';
import { isOpenEnded, PALETTE, paintOf } from '../../../../electron/common/charts/palette';
import { eachPoint } from './each-point';
import type { BarMarksOptions } from './options';

/**
 * Draws each value as the article states it (超7%, ≥ 30) at the end of its bar, an arrow beyond
 * open-ended values, and a dashed outline round expected, target and derived bars.
 */
export const barMarks: Plugin<'bar', Partial<BarMarksOptions>> = {
  id: 'lvyuanBarMarks',
  afterDatasetsDraw(chart, _args, { drawn, horizontal = false }) {
    if (!drawn) return;
    const { ctx } = chart;
    const size = drawn.fontSize;
    ctx.save();
    ctx.font = drawn.font(700);
    ctx.fillStyle = PALETTE.text;
    eachPoint(chart, drawn, (p, element, { x, y }) => {
      // Where the bar starts: its zero line.
      const barBase = (element.getProps(['base'], true) as { base: number }).base;
      const colour = paintOf(p).outline;
      if (p.status !== 'actual' || p.derived) {
        const bar = element.getProps(['width', 'height'], true) as { width: number; height: number };
        ctx.save();
        ctx.setLineDash(p.derived ? [2, 3] : [6, 4]);
        ctx.lineWidth = 2;
        ctx.strokeStyle = colour;
        if (horizontal) ctx.strokeRect(barBase, y - bar.height / 2, x - barBase, bar.height);
        else ctx.strokeRect(x - bar.width / 2, y, bar.width, barBase - y);
        ctx.restore();
      }
      const arrow = isOpenEnded(p) ? size * 0.9 : 0;
      if (arrow > 0) {
        ctx.save();
        ctx.fillStyle = colour;
        ctx.beginPath();
        if (horizontal) {
          ctx.moveTo(x + 3, y - arrow / 2);
          ctx.lineTo(x + 3 + arrow, y);
          ctx.lineTo(x + 3, y + arrow / 2);
        } else {
          ctx.moveTo(x - arrow / 2, y - 3);
          ctx.lineTo(x, y - 3 - arrow);
          ctx.lineTo(x + arrow / 2, y - 3);
        }
        ctx.closePath();
        ctx.fill();
        ctx.restore();
      }
      if (horizontal) {
        ctx.textAlign = 'left';
        ctx.textBaseline = 'middle';
        ctx.fillText(p.display, x + 6 + arrow, y);
      } else {
        ctx.textAlign = 'center';
        ctx.textBaseline = 'bottom';
        ctx.fillText(p.display, x, y - 5 - arrow);
      }
    });
    ctx.restore();
  },
};
