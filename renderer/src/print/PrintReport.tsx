import { useEffect, useMemo } from 'react';
import { chartsOnPage } from '../../../electron/common/charts/registry';
import { figureRow } from '../../../electron/common/charts/build';
import type { ChartModel, TableRow } from '../../../electron/common/charts/model';
import type { Dataset } from '../../../electron/common/dataset';
import type { Lang } from '../../../electron/common/i18n/languages';
import { t } from '../../../electron/common/i18n/messages';
import { referenceYears } from '../../../electron/common/reference-years';
import { citeText, creditOf, outletLine, primarySource, reportSubtitle } from '../../../electron/common/sources';
import { sourceLine } from '../components/SourceNote';
import { revisedLine } from '../../../electron/common/charts/notes';
import { Words } from '../text/Words';
import { PrintFigure } from './PrintFigure';
import { usePageMargins } from './page-margins';
import './print.css';

type Props = { dataset: Dataset; lang: Lang; printedAt: Date; onReady?: () => void };

type Page = { id: string; label: string; models: ChartModel[] };

function printedTime(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

function Cover({ dataset, lang, printedAt, pages }: { dataset: Dataset; lang: Lang; printedAt: Date; pages: readonly Page[] }) {
  const source = primarySource(dataset);
  const { from, to } = referenceYears(dataset);
  const field = (label: string, value: string, valueLang: Lang = lang) => (
    <div className="print-field" key={label + value}>
      <dt>{label}</dt>
      <dd lang={valueLang}>
        <Words text={value} lang={valueLang} />
      </dd>
    </div>
  );
  return (
    <section className="print-cover" aria-labelledby="print-title">
      <h1 id="print-title">{t(lang, 'app.title')}</h1>
      <p className="print-cover-subtitle">
        <Words text={reportSubtitle(dataset, lang)} lang={lang} />
      </p>
      <dl className="print-fields">
        {field(t(lang, 'sources.article'), source.title[lang])}
        {lang === source.script ? null : field('', source.title[source.script], source.script)}
        {creditOf(source, lang) ? field(t(lang, 'sources.author'), creditOf(source, lang)) : null}
        {field(t(lang, 'report.cite.outlet'), outletLine(source, lang))}
        {field(t(lang, 'report.cite.period'), t(lang, 'report.cite.periodRange', { from, to }))}
        {field(t(lang, 'report.datasetVersion'), dataset.version)}
        {field(t(lang, 'report.figureCount'), String(dataset.figures.length))}
        {field(t(lang, 'print.printed'), printedTime(printedAt, lang))}
      </dl>
      <h2 className="print-cover-heading">{t(lang, 'print.aboutHeading')}</h2>
      <p>
        <Words text={t(lang, 'print.about')} lang={lang} />
      </p>
      <h2 className="print-cover-heading">{t(lang, 'report.cite.howTo')}</h2>
      <p>
        <Words text={citeText(dataset, lang, { from, to })} lang={lang} />
      </p>
      <h2 className="print-cover-heading">{t(lang, 'print.contents')}</h2>
      <ol className="print-contents">
        {pages.map((page) => (
          <li key={page.id}>
            <span className="print-contents-page">{page.label}</span>
            <span className="print-contents-charts">{page.models.map((m) => m.title).join(' · ')}</span>
          </li>
        ))}
        <li>{t(lang, 'print.allFigures')}</li>
        <li>{t(lang, 'print.derived')}</li>
      </ol>
    </section>
  );
}

/** The head of both closing tables: figure, value, period, then the source quote or the formula. */
function ClosingTableHead({ lang, last }: { lang: Lang; last: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{t(lang, 'table.figure')}</th>
        <th scope="col" className="num">
          {t(lang, 'table.value')}
        </th>
        <th scope="col">{t(lang, 'table.period')}</th>
        <th scope="col">{last}</th>
      </tr>
    </thead>
  );
}

/** Every figure of the dataset, page by page: as the article states it, its period and the article's words. */
function AllFigures({ dataset, lang }: { dataset: Dataset; lang: Lang }) {
  return (
    <section className="print-section print-all-figures" aria-labelledby="print-all-figures">
      <h2 id="print-all-figures">{t(lang, 'print.allFigures')}</h2>
      <p className="print-lead">{t(lang, 'print.allFiguresLead')}</p>
      <table className="data-table print-figures-table">
        <ClosingTableHead lang={lang} last={t(lang, 'table.source')} />
        {dataset.sections.map((section) => {
          const rows = dataset.figures.filter((f) => f.section === section.id).map((f) => figureRow(f, lang));
          return rows.length === 0 ? null : (
            <tbody key={section.id}>
              <tr className="print-group">
                <th scope="rowgroup" colSpan={4}>
                  {section.title[lang]}
                </th>
              </tr>
              {rows.map((row) => (
                <tr key={row.figureId} data-figure-id={row.figureId}>
                  <th scope="row">
                    <Words text={row.label} lang={lang} />
                  </th>
                  <td className="num">{row.display}</td>
                  <td className="period">
                    <Words text={row.periodLabel} lang={lang} />
                  </td>
                  <td className="quote">
                    {row.quote === undefined ? (
                      t(lang, 'source.noQuote')
                    ) : (
                      <span lang="zh-Hant">
                        <Words text={row.quote} lang="zh-Hant" />
                      </span>
                    )}
                    {row.revision ? <p className="revised">{revisedLine({ ...row, revision: row.revision }, lang)}</p> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
    </section>
  );
}

/** Each value the app computed, once, with its formula: the rows of the charts that are derived. */
function Derived({ models, lang }: { models: readonly ChartModel[]; lang: Lang }) {
  const rows = new Map<string, TableRow>();
  for (const row of models.flatMap((m) => m.rows)) if (row.derived && !rows.has(row.label)) rows.set(row.label, row);
  return (
    <section className="print-section print-derived" aria-labelledby="print-derived">
      <h2 id="print-derived">{t(lang, 'print.derived')}</h2>
      <p className="print-lead">{t(lang, 'print.derivedLead')}</p>
      {rows.size === 0 ? (
        <p>{t(lang, 'print.noDerived')}</p>
      ) : (
        <table className="data-table">
          <ClosingTableHead lang={lang} last={t(lang, 'print.formula')} />
          <tbody>
            {[...rows.values()].map((row) => (
              <tr key={row.label}>
                <th scope="row">
                  <Words text={row.label} lang={lang} />
                </th>
                <td className="num">{row.display}</td>
                <td className="period">{row.periodLabel}</td>
                <td>
                  <Words text={row.derived?.formula ?? ''} lang={lang} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/**
 * The whole report laid out for A4 portrait (#/print, and what Print… and Save as PDF… print): a
 * cover, every page's charts each with its table, notes and source, every figure with its source,
 * and the derived figures with their formulas. print.css sets the page, its running header and its
 * numbered footer. `onReady` runs once every chart is drawn: the charts draw in their layout
 * effects, which all run before this component's own effect.
 */
export function PrintReport({ dataset, lang, printedAt, onReady }: Props) {
  usePageMargins(lang, dataset.meta.area[lang]);
  const pages = useMemo<Page[]>(
    () =>
      dataset.sections.map((section) => ({
        id: section.id,
        label: section.title[lang],
        models: chartsOnPage(dataset, section.id).map((c) => c.build(dataset, lang)),
      })),
    [dataset, lang],
  );
  useEffect(() => onReady?.(), [onReady, pages]);
  return (
    <div className="print-report" lang={lang}>
      <Cover dataset={dataset} lang={lang} printedAt={printedAt} pages={pages} />
      {pages.map((page) => (
        <section key={page.id} className="print-section" aria-labelledby={`print-page-${page.id}`}>
          <h2 id={`print-page-${page.id}`}>{page.label}</h2>
          {page.models.map((model) => (
            <PrintFigure key={model.id} model={model} lang={lang} source={sourceLine(dataset, model, lang)} />
          ))}
        </section>
      ))}
      <AllFigures dataset={dataset} lang={lang} />
      <Derived models={pages.flatMap((p) => p.models)} lang={lang} />
    </div>
  );
}
