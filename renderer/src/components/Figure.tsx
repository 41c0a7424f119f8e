import { useState } from 'react';
import { KINDS } from '../../../electron/common/charts/kinds';
import type { ChartModel } from '../../../electron/common/charts/model';
import { besideLines } from '../../../electron/common/charts/notes';
import { chartCsv } from '../../../electron/common/csv';
import type { Dataset } from '../../../electron/common/dataset';
import type { Lang } from '../../../electron/common/i18n/languages';
import { t } from '../../../electron/common/i18n/messages';
import { rendererOf } from '../charts/kinds';
import { chartPng } from '../charts/png';
import { saveBlob } from '../download';
import { Words } from '../text/Words';
import { CanvasBody } from './CanvasBody';
import { DataTable } from './DataTable';
import { FigureNotes } from './FigureNotes';
import { Legend } from './Legend';
import { SourceNote, sourceLine } from './SourceNote';
import { SourcesDialog } from './SourcesDialog';

/** What the first toggle shows: a chart, cards or text, named for what it is (Cards / Table where nothing is charted). */
const VIEW_LABEL = { canvas: 'figure.viewChart', cards: 'figure.viewCards', text: 'figure.viewText' } as const;

type Props = { model: ChartModel; dataset: Dataset; lang: Lang; onDrawn?: () => void; wide?: boolean };

/** One chart of a page: its title, chart or table, notes, source line and downloads. */
export function Figure({ model, dataset, lang, onDrawn, wide = false }: Props) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const [sourcesOpen, setSourcesOpen] = useState(false);
  const renderer = rendererOf(model.kind);
  const legend = KINDS[model.kind].legend;
  const headingId = `figure-${model.id}`;
  const downloadPng = () => void chartPng(model, lang, sourceLine(dataset, model, lang)).then((blob) => saveBlob(blob, `${model.id}-${lang}.png`));
  const downloadCsv = () => saveBlob(new Blob([chartCsv(model, lang)], { type: 'text/csv;charset=utf-8' }), `${model.id}-${lang}.csv`);

  return (
    <article
      className={`figure figure-${model.kind}${wide ? ' figure-wide' : ''}`}
      aria-labelledby={headingId}
      data-figure={model.id}
      id={`chart-${model.id}`}
      tabIndex={-1}
    >
      <header className="figure-header">
        <div>
          <h2 id={headingId}>
            <Words text={model.title} lang={lang} />
          </h2>
          {model.subtitle ? (
            <p className="figure-subtitle">
              <Words text={model.subtitle} lang={lang} />
            </p>
          ) : null}
        </div>
        <div className="view-toggle" role="group" aria-label={t(lang, 'figure.view')}>
          <button type="button" aria-pressed={view === 'chart'} onClick={() => setView('chart')}>
            {t(lang, VIEW_LABEL[KINDS[model.kind].draws])}
          </button>
          <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
            {t(lang, 'figure.viewTable')}
          </button>
        </div>
      </header>
      {view === 'table' ? (
        <DataTable model={model} lang={lang} />
      ) : 'Body' in renderer ? (
        <renderer.Body model={model} />
      ) : (
        <>
          <CanvasBody model={model} lang={lang} onDrawn={onDrawn} />
          <p className="sr-only">{model.description}</p>
          {legend === 'marks' || legend === 'series' ? <Legend model={model} /> : null}
        </>
      )}
      <FigureNotes lines={besideLines(model)} lang={lang} />
      <footer className="figure-footer">
        <SourceNote dataset={dataset} model={model} lang={lang} onOpen={() => setSourcesOpen(true)} />
        <div className="downloads">
          <button type="button" className="button" onClick={downloadPng}>
            {t(lang, 'figure.downloadPng')}
          </button>
          <button type="button" className="button" onClick={downloadCsv}>
            {t(lang, 'figure.downloadCsv')}
          </button>
        </div>
      </footer>
      {sourcesOpen ? <SourcesDialog model={model} dataset={dataset} lang={lang} onClose={() => setSourcesOpen(false)} /> : null}
    </article>
  );
}
