import { useRef } from 'react';
import type { ChartKind, ChartModel } from '../../../electron/common/charts/model';
import type { Lang } from '../../../electron/common/i18n/languages';
import { ChartView } from '../components/ChartView';

type Drawn = Extract<ChartKind, 'bar' | 'hbar' | 'line' | 'doughnut'>;
const DRAWN: readonly Drawn[] = ['bar', 'hbar', 'line', 'doughnut'];

function isDrawn(kind: ChartKind): kind is Drawn {
  return (DRAWN as readonly ChartKind[]).includes(kind);
}

/**
 * One canvas per kind of chart, kept for the whole show: a slide updates the canvas of its kind in
 * place and shows it, so a show that runs for days holds at most four Chart.js instances.
 */
export function ChartStage({ model, lang }: { model: ChartModel; lang: Lang }) {
  const latest = useRef(new Map<Drawn, { model: ChartModel; lang: Lang }>());
  if (isDrawn(model.kind)) latest.current.set(model.kind, { model, lang });
  const current = isDrawn(model.kind) ? model.kind : undefined;
  return (
    <div className={`kiosk-chart-stage${current === undefined ? ' is-empty' : ''}`}>
      {DRAWN.map((kind) => {
        const slot = latest.current.get(kind);
        return slot ? (
          <div key={kind} className={`kiosk-chart-slot${kind === current ? ' is-current' : ''}`} aria-hidden={kind !== current}>
            <ChartView model={slot.model} lang={slot.lang} />
          </div>
        ) : null;
      })}
    </div>
  );
}
