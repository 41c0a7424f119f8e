import type { ChartModel } from '../../../electron/common/charts/model';
import type { Lang } from '../../../electron/common/i18n/languages';
import { t } from '../../../electron/common/i18n/messages';

/**
 * Every figure of a chart with its qualifier, unit, period, status and verbatim source. The value is
 * as the reader sees it and the unit is that value's unit; the CSV keeps the article's raw number and unit.
 */
export function DataTable({ model, lang }: { model: ChartModel; lang: Lang }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="sr-only">{model.title}</caption>
        <thead>
          <tr>
            <th scope="col">{t(lang, 'table.figure')}</th>
            <th scope="col" className="num">
              {t(lang, 'table.value')}
            </th>
            <th scope="col" className="unit">
              {t(lang, 'table.unit')}
            </th>
            <th scope="col">{t(lang, 'table.qualifier')}</th>
            <th scope="col">{t(lang, 'table.period')}</th>
            <th scope="col">{t(lang, 'table.status')}</th>
            <th scope="col">{t(lang, 'table.source')}</th>
          </tr>
        </thead>
        <tbody>
          {model.rows.map((row) => (
            <tr key={row.figureId ?? row.label} data-figure-id={row.figureId} data-status={row.derived ? 'derived' : row.status}>
              <th scope="row">
                {row.label}
                {row.note ? <span className="row-note">{row.note}</span> : null}
              </th>
              <td className="num">{row.display}</td>
              {/* The unit of the value shown (CNY million for "CNY 540 million"), not the article's. */}
              <td className="unit">{row.displayUnit}</td>
              <td>{row.qualifierLabel}</td>
              <td className="period">{row.periodLabel}</td>
              <td>
                <span className={`status status-${row.derived ? 'derived' : row.status}`}>{row.statusLabel}</span>
              </td>
              <td className="quote" lang={row.quote ? 'zh-Hant' : undefined}>
                {row.quote ?? t(lang, 'figure.derivedNote', { formula: row.derived?.formula ?? '' })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
