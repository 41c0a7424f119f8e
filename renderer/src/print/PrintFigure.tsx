import { KINDS } from '../../../electron/common/charts/kinds';
import type { ChartModel } from '../../../electron/common/charts/model';
import { besideLines } from '../../../electron/common/charts/notes';
import type { Lang } from '../../../electron/common/i18n/languages';
import { rendererOf } from '../charts/kinds';
import { DataTable } from '../components/DataTable';
import { FigureNotes } from '../components/FigureNotes';
import { Legend } from '../components/Legend';
import { Words } from '../text/Words';
import { PrintChart } from './PrintChart';
import { printCanvases } from './print-geometry';

/**
 * One chart on paper, all of what its card on screen can show at once: the title, the chart (or
 * cards, or text) with its legend, the table of its figures, what is said beside it, and the source.
 * The heading, chart and legend never part across a page edge; the table breaks between rows only.
 */
export function PrintFigure({ model, lang, source }: { model: ChartModel; lang: Lang; source: string }) {
  const renderer = rendererOf(model.kind);
  const legend = KINDS[model.kind].legend;
  return (
    <section className={`print-figure print-${model.kind}`} data-figure={model.id} aria-labelledby={`print-${model.id}`}>
      <div className="print-figure-head">
        <h3 id={`print-${model.id}`}>
          <Words text={model.title} lang={lang} />
        </h3>
        {model.subtitle ? (
          <p className="figure-subtitle">
            <Words text={model.subtitle} lang={lang} />
          </p>
        ) : null}
        {'Body' in renderer ? (
          <renderer.Body model={model} />
        ) : (
          <>
            <div className="print-canvases">
              {printCanvases(model).map(({ axis, width, height }) => (
                <figure key={axis.id} className="print-panel">
                  {model.panels ? <figcaption className="chart-panel-title">{axis.title}</figcaption> : null}
                  <PrintChart model={axis} lang={lang} width={width} height={height} />
                </figure>
              ))}
            </div>
            {legend === 'marks' || legend === 'series' ? <Legend model={model} /> : null}
          </>
        )}
      </div>
      {/* A text panel's prose is its body already: only its figures, if any, get a table. */}
      {model.text && model.rows.length === 0 ? null : <DataTable model={model} lang={lang} withText={false} />}
      <FigureNotes lines={besideLines(model)} lang={lang} />
      <p className="print-source">{source}</p>
    </section>
  );
}
