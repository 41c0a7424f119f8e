import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ChartModel } from '../../../electron/common/charts/model';
import type { Lang } from '../../../electron/common/i18n/languages';
import { Chart } from '../charts/chartjs';
import type { ChartJsConfig, ChartJsData, ChartJsType } from '../charts/config';
import { pageFontSize } from '../charts/font-size';
import { chartConfig } from '../charts/kinds';
import { useFontLoads } from '../fonts';

/** The chart text size, updated when the window is resized (the root font size follows the width). */
function usePageFontSize(): number {
  const [size, setSize] = useState(pageFontSize);
  useEffect(() => {
    let frame = 0;
    const onResize = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setSize(pageFontSize()));
    };
    window.addEventListener('resize', onResize);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('resize', onResize);
    };
  }, []);
  return size;
}

type Props = { model: ChartModel; lang: Lang; onDrawn?: (() => void) | undefined };

/** A Chart.js canvas for a model. Later models update the same chart in place, never a new one. */
export function ChartView({ model, lang, onDrawn }: Props) {
  const fontSize = usePageFontSize();
  // A face fetched after the first draw (a rare character, fonts.css) is drawn with once it has come.
  const fontLoads = useFontLoads();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<Chart<ChartJsType, ChartJsData, string | string[]> | null>(null);
  const typeRef = useRef<ChartJsConfig['type'] | null>(null);

  // Drawn before the browser paints the page, so the first paint already shows the charts.
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const config = chartConfig(model, { lang, fontSize });
    const existing = chartRef.current;
    if (existing && typeRef.current === config.type) {
      // The app's plugins read the model from the options, so new data and options are all it takes.
      existing.data = config.data;
      existing.options = config.options ?? {};
      existing.update('none');
    } else {
      existing?.destroy();
      chartRef.current = new Chart(canvas, config);
      typeRef.current = config.type;
    }
    canvas.dataset.drawn = 'true';
    canvas.dataset.fontLoads = String(fontLoads);
    onDrawn?.();
  }, [model, lang, onDrawn, fontSize, fontLoads]);

  useEffect(
    () => () => {
      chartRef.current?.destroy();
      chartRef.current = null;
    },
    [],
  );

  return (
    <div className={`chart-canvas chart-${model.kind}`}>
      <canvas ref={canvasRef} role="img" aria-label={model.description} data-chart={model.id} data-font-size={fontSize} />
    </div>
  );
}
