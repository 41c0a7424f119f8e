import { useRef } from 'react';
import { CANVAS_KINDS, isCanvasKind, type CanvasKind } from '../../../electron/common/charts/kinds';
import type { ChartModel } from '../../../electron/common/charts/model';
import type { Lang } from '../../../electron/common/i18n/languages';
import { CanvasBody } from '../components/CanvasBody';

/**
 * One canvas per kind drawn on a canvas, kept for the whole show: a slide updates the canvas of its
 * kind in place and shows it, so a show that runs for days holds one Chart.js instance per kind.
 */
export function ChartStage({ model, lang }: { model: ChartModel; lang: Lang }) {
  const latest = useRef(new Map<CanvasKind, { model: ChartModel; lang: Lang }>());
  const current = isCanvasKind(model.kind) ? model.kind : undefined;
  if (current) latest.current.set(current, { model, lang });
  return (
    <div className={`kiosk-chart-stage${current === undefined ? ' is-empty' : ''}`}>
      {CANVAS_KINDS.map((kind) => {
        const slot = latest.current.get(kind);
        return slot ? (
          <div key={kind} className={`kiosk-chart-slot${kind === current ? ' is-current' : ''}`} aria-hidden={kind !== current}>
            <CanvasBody model={slot.model} lang={slot.lang} />
          </div>
        ) : null;
      })}
    </div>
  );
}
