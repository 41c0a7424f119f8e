import type { Plugin } from 'chart.js';
import { PALETTE } from '../../../../electron/common/charts/palette';
import { eachPoint } from './each-point';
import type { PointLabelsOptions } from './options';

/** Each point's value as the article states it, above the point. */
export const pointLabels: Plugin<'line', Partial<PointLabelsOptions>> = {
  id: 'lvyuanPointLabels',
  afterDatasetsDraw(chart, _args, { drawn }) {
    if (!drawn) return;
    const { ctx } = chart;
    ctx.save();
    ctx.font = drawn.font(700);
    ctx.fillStyle = PALETTE.text;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    eachPoint(chart, drawn, (p, _element, { x, y }) => ctx.fillText(p.display, x, y - 10));
    ctx.restore();
  },
};
