import { useMemo } from 'react';
import type { Dataset } from '../../../electron/common/dataset';
import type { Lang } from '../../../electron/common/i18n/languages';
import { t } from '../../../electron/common/i18n/messages';
import { Figure } from '../components/Figure';
import { FigureBoundary, FigureError } from '../components/FigureBoundary';
import { wideCards } from '../layout';
import { pageModels } from '../page-models';
import type { ImportFlow } from './useImportArticle';

/** One page of the report to be: its charts as the viewer will draw them. */
function ProposedPage({ dataset, section, lang }: { dataset: Dataset; section: Dataset['sections'][number]; lang: Lang }) {
  const charts = useMemo(() => pageModels(section.id, dataset, lang), [section.id, dataset, lang]);
  const kinds = charts.flatMap((chart) => ('model' in chart ? [chart.model.kind] : []));
  const wide = wideCards(kinds);
  let drawn = 0;
  return (
    <section className="import-page" aria-labelledby={`import-page-${section.id}`}>
      <h3 id={`import-page-${section.id}`}>{section.title[lang]}</h3>
      <div className="figures">
        {charts.map((chart) => {
          if (!('model' in chart)) return <FigureError key={chart.id} id={chart.id} lang={lang} message={chart.error} />;
          const at = drawn;
          drawn += 1;
          return (
            <FigureBoundary key={chart.id} id={chart.id} lang={lang}>
              <Figure model={chart.model} dataset={dataset} lang={lang} wide={wide[at] === true} />
            </FigureBoundary>
          );
        })}
      </div>
    </section>
  );
}

/** Step 3: the charts the grammar proposes for the figures kept, page by page, then Save. */
export function ChartsStep({ lang, flow }: { lang: Lang; flow: ImportFlow }) {
  const { report } = flow;
  if (report === undefined) return null;
  return (
    <div className="import-charts">
      <h2>{t(lang, 'import.chartsHeading')}</h2>
      <p className="import-hint">{t(lang, 'import.chartCount', { count: report.charts.length, sections: report.sections.length })}</p>
      <div className="import-row import-next">
        <button type="button" className="import-button" onClick={() => flow.goTo('review')}>
          {t(lang, 'import.back')}
        </button>
        <button type="button" className="import-primary" onClick={() => void flow.save()}>
          {t(lang, 'import.saveReport')}
        </button>
      </div>
      {report.sections.map((section) => (
        <ProposedPage key={section.id} dataset={report} section={section} lang={lang} />
      ))}
    </div>
  );
}
