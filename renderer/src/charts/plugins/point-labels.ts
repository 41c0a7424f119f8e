import type { Plugin } from 'chart.js';
import { PALETTE } from '../../../../electron/common/charts/palette';
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
    chart.data.datasets.forEach((_dataset, datasetIndex) => {
      const meta = chart.getDatasetMeta(datasetIndex);
      if (meta.hidden) return;
      meta.data.forEach((element, index) => {
        const p = drawn.point(datasetIndex, index);
        if (!p) return;
        const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number };
        ctx.fillText(p.display, x, y - 10);
      });
    });
    ctx.restore();
  },
};
