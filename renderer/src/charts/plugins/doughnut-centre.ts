import type { Plugin } from 'chart.js';
import { PALETTE } from '../../../../electron/common/charts/palette';
import type { DoughnutCentreOptions } from './options';

/** A doughnut's headline share, large in its hole: the figure the article printed, not the derived rest. */
export const doughnutCentre: Plugin<'doughnut', Partial<DoughnutCentreOptions>> = {
  id: 'lvyuanDoughnutCentre',
  afterDatasetsDraw(chart, _args, { drawn }) {
    if (!drawn) return;
    const points = drawn.model.series[0]?.points ?? [];
    const index = points.findIndex((p) => p !== null && !p.derived);
    const arc = chart.getDatasetMeta(0).data[index];
    const p = points[index];
    if (!arc || !p) return;
    const { x, y, innerRadius } = arc.getProps(['x', 'y', 'innerRadius'], true) as { x: number; y: number; innerRadius: number };
    const { ctx } = chart;
    ctx.save();
    ctx.font = drawn.font(700, Math.round(innerRadius * 0.42));
    ctx.fillStyle = PALETTE.share;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(p.display, x, y, innerRadius * 1.8);
    ctx.restore();
  },
};
