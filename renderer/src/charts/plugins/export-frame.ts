import type { ChartType, Plugin } from 'chart.js';
import { PALETTE } from '../../../../electron/common/charts/palette';
import type { ExportFrameOptions } from './options';

/**
 * A PNG's frame: a white background (a transparent PNG turns black on some slides), and the source
 * under the chart, so that a PNG on a slide still says where its numbers come from.
 */
export const exportFrame: Plugin<ChartType, Partial<ExportFrameOptions>> = {
  id: 'lvyuanExportFrame',
  beforeDraw(chart, _args, { drawn }) {
    if (!drawn) return;
    const { ctx } = chart;
    ctx.save();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
  afterDraw(chart, _args, { drawn, sourceLine = '' }) {
    if (!drawn) return;
    const { ctx } = chart;
    ctx.save();
    ctx.font = drawn.font(400, drawn.fontSize - 3);
    ctx.fillStyle = PALETTE.muted;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'bottom';
    ctx.fillText(sourceLine, 12, chart.height - 6);
    ctx.restore();
  },
};
