import type { Plugin } from 'chart.js';
import { PALETTE } from '../../../../electron/common/charts/palette';
import { eachPoint } from './each-point';
import type { PointLabelsOptions } from './options';

/** Each point's value as the article states it: above the point, or beside the ends of a slope. */
export const pointLabels: Plugin<'line', Partial<PointLabelsOptions>> = {
  id: 'lvyuanPointLabels',
  afterDatasetsDraw(chart, _args, { drawn, placement = 'above' }) {
    if (!drawn) return;
    const { ctx } = chart;
    ctx.save();
    ctx.font = drawn.font(700);
    ctx.fillStyle = PALETTE.text;
    // Clear of the point's marker, whose radius grows with the text.
    const gap = drawn.fontSize * 0.8;
    eachPoint(chart, drawn, (p, _element, { x, y }, _datasetIndex, index) => {
      if (placement === 'above') {
        ctx.textAlign = 'center';
        ctx.textBaseline = 'bottom';
        ctx.fillText(p.display, x, y - gap);
        return;
      }
      const first = index === 0;
      ctx.textAlign = first ? 'right' : 'left';
      ctx.textBaseline = 'middle';
      ctx.fillText(p.display, first ? x - gap : x + gap, y);
    });
    ctx.restore();
  },
};
