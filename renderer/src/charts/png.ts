import type { ChartModel } from '../../../electron/common/charts/model';
import type { Lang } from '../../../electron/common/i18n/languages';
import { Chart } from './chartjs';
import { chartConfig } from './kinds';

/** A PNG's text size, whatever the window's. */
const EXPORT_FONT_SIZE = 17;
const SIZE = { width: 1200, height: 675 } as const;

/** Renders the chart off screen at 2× on white, with its title and source, as a PNG. */
export async function chartPng(model: ChartModel, lang: Lang, sourceLine: string): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = SIZE.width;
  canvas.height = SIZE.height;
  canvas.style.cssText = `position:fixed;left:-20000px;top:0;width:${SIZE.width}px;height:${SIZE.height}px`;
  document.body.append(canvas);
  const chart = new Chart(canvas, chartConfig(model, { lang, fontSize: EXPORT_FONT_SIZE, export: { sourceLine } }));
  try {
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png');
    });
  } finally {
    chart.destroy();
    canvas.remove();
  }
}
