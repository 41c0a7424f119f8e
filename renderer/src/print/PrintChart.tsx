import { useLayoutEffect, useRef } from 'react';
import type { ChartModel } from '../../../electron/common/charts/model';
import type { Lang } from '../../../electron/common/i18n/languages';
import { Chart } from '../charts/chartjs';
import { chartConfig } from '../charts/kinds';
import { PRINT, screenPixelRatio } from './print-geometry';

type Props = { model: ChartModel; lang: Lang; width: number; height: number };

/**
 * One canvas for paper: a fixed size in CSS pixels (A4's text width or a share of it), never
 * resized by the print layout. It is drawn before the browser paints (for the screen, at its
 * resolution), and drawn again in 'beforeprint': Chromium records a 2D canvas
 * drawn while the page prints and puts the recording into the PDF as vectors, so a chart on paper
 * is as sharp as its text, and its labels are text (printToPDF and page.pdf fire it too).
 */
export function PrintChart({ model, lang, width, height }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return undefined;
    const chart = new Chart(canvas, chartConfig(model, { lang, fontSize: PRINT.chartFontPx, forExport: true, pixelRatio: screenPixelRatio() }));
    canvas.dataset.drawn = 'true';
    const redraw = () => chart.draw();
    window.addEventListener('beforeprint', redraw);
    return () => {
      window.removeEventListener('beforeprint', redraw);
      chart.destroy();
    };
  }, [model, lang]);
  return (
    <div className="print-canvas" style={{ width, height }}>
      <canvas ref={canvasRef} role="img" aria-label={model.description} data-chart={model.id} width={width} height={height} style={{ width, height }} />
    </div>
  );
}
