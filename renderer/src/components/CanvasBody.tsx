import { useMemo } from 'react';
import { axisModels } from '../../../electron/common/charts/axes';
import type { ChartModel } from '../../../electron/common/charts/model';
import type { Lang } from '../../../electron/common/i18n/languages';
import { ChartView } from './ChartView';
import './CanvasBody.css';

type Props = { model: ChartModel; lang: Lang; onDrawn?: (() => void) | undefined };

/**
 * A model's canvas, or for small multiples one canvas per panel side by side, each under the
 * measure it shows. Later models update the same canvases in place.
 */
export function CanvasBody({ model, lang, onDrawn }: Props) {
  const axes = useMemo(() => axisModels(model), [model]);
  if (!model.panels) return <ChartView model={model} lang={lang} onDrawn={onDrawn} />;
  return (
    <div className="chart-panels">
      {axes.map((axis) => (
        <section key={axis.id} className="chart-panel" aria-label={axis.title}>
          <h3 className="chart-panel-title">{axis.title}</h3>
          <ChartView model={axis} lang={lang} onDrawn={onDrawn} />
        </section>
      ))}
    </div>
  );
}
