import type { ChartModel } from '../../../electron/common/charts/model';
import type { Lang } from '../../../electron/common/i18n/languages';
import { profile } from '../../../electron/common/i18n/profiles';
import { t } from '../../../electron/common/i18n/messages';
import { Words } from '../text/Words';
import { revisedLine } from '../../../electron/common/charts/notes';

/** A text panel's blocks as a table: each topic, what the article says of it, and whom it names. */
function TextTable({ model, lang }: { model: ChartModel; lang: Lang }) {
  return (
    <table className="data-table text-table">
      <caption className="sr-only">{model.title}</caption>
      <thead>
        <tr>
          <th scope="col">{t(lang, 'table.topic')}</th>
          <th scope="col">{t(lang, 'table.text')}</th>
          <th scope="col">{t(lang, 'table.named')}</th>
        </tr>
      </thead>
      <tbody>
        {(model.text ?? []).map((block) => (
          <tr key={block.heading}>
            <th scope="row">
              <Words text={block.heading} lang={lang} />
            </th>
            <td>
              <Words text={block.body} lang={lang} />
            </td>
            <td>{(block.items ?? []).join(profile(lang).listSeparator)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every figure of a chart with its qualifier, unit, period, status and verbatim source. */
function FigureTable({ model, lang }: { model: ChartModel; lang: Lang }) {
  return (
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
              <Words text={row.label} lang={lang} />
              {row.note ? (
                <span className="row-note">
                  <Words text={row.note} lang={lang} />
                </span>
              ) : null}
            </th>
            <td className="num">{row.display}</td>
            {/* The unit of the value shown (CNY million for "CNY 540 million"), not the article's. */}
            <td className="unit">{row.displayUnit}</td>
            <td>{row.qualifierLabel}</td>
            <td className="period">
              <Words text={row.periodLabel} lang={lang} />
            </td>
            <td>
              <span className={`status status-${row.derived ? 'derived' : row.status}`}>{row.statusLabel}</span>
            </td>
            {row.derived ? (
              <td className="quote">{t(lang, 'figure.derivedNote', { formula: row.derived.formula })}</td>
            ) : (
              <td className="quote">
                {row.quote === undefined ? (
                  <span className="no-quote">{t(lang, 'source.noQuote')}</span>
                ) : (
                  // The article's words, verbatim and in its script whatever the page's language.
                  <span lang="zh-Hant">
                    <Words text={row.quote} lang="zh-Hant" />
                  </span>
                )}
                {row.revision ? <p className="revised">{revisedLine({ ...row, revision: row.revision }, lang)}</p> : null}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * A chart's table view: a text panel's blocks, every figure with its qualifier, unit, period, status
 * and verbatim source, or a plain line where there is neither. `withText` false leaves out a text
 * panel's blocks where they are printed beside it already (the print view). The value is as the reader sees it
 * and the unit is that value's unit; the CSV keeps the article's raw number and unit.
 */
export function DataTable({ model, lang, withText = true }: { model: ChartModel; lang: Lang; withText?: boolean }) {
  const text = withText ? model.text : undefined;
  if (!text && model.rows.length === 0) return <p className="table-empty">{t(lang, 'chart.noFigures')}</p>;
  return (
    <div className="table-scroll">
      {text ? <TextTable model={model} lang={lang} /> : null}
      {model.rows.length > 0 ? <FigureTable model={model} lang={lang} /> : null}
    </div>
  );
}
