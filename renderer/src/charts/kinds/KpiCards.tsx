import type { ChartModel } from '../../../../electron/common/charts/model';
import { Words } from '../../text/Words';

/** Headline figures as cards; open-ended, expected and target values carry their own mark. */
export function KpiCards({ model }: { model: ChartModel }) {
  const points = model.series[0]?.points ?? [];
  return (
    <ul className="kpi-cards" aria-label={model.description}>
      {points.map((p) =>
        p ? (
          <li key={p.figureId ?? p.category} className={`kpi status-${p.derived ? 'derived' : p.status}`} data-figure-id={p.figureId}>
            <span className="kpi-label">
              <Words text={p.category} lang={model.lang} />
            </span>
            <span className="kpi-value">{p.display}</span>
            <span className="kpi-period">
              {/* Breaks only between words: （2021–2025年） stays whole, never 2025 / 年. */}
              <Words text={p.periodLabel} lang={model.lang} />
              {p.derived ? (
                <span className="status status-derived">{model.rows.find((r) => r.derived)?.statusLabel}</span>
              ) : p.status !== 'actual' ? (
                <span className={`status status-${p.status}`}>{statusWord(model, p.status)}</span>
              ) : null}
            </span>
            {p.detail ? (
              <span className="kpi-detail">
                <Words text={p.detail} lang={model.lang} />
              </span>
            ) : null}
          </li>
        ) : null,
      )}
    </ul>
  );
}

function statusWord(model: ChartModel, status: string): string {
  return model.rows.find((r) => r.status === status)?.statusLabel ?? status;
}
