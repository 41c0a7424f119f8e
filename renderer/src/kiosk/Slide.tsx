import type { ChartModel } from '../../../electron/common/charts/model';
import { derivedLines } from '../../../electron/common/charts/notes';
import type { Dataset } from '../../../electron/common/dataset';
import type { Lang } from '../../../electron/common/i18n/languages';
import { KpiCards } from '../components/KpiCards';
import { Legend } from '../components/Legend';
import { sourceLine } from '../components/SourceNote';
import { TextBlocks } from '../components/TextBlocks';
import { ChartStage } from './ChartStage';
import { useFitText } from './useFitText';

/** One slide: the chart (or cards, or text) large, its notes, and the article it comes from. */
export function Slide({ model, dataset, lang }: { model: ChartModel; dataset: Dataset; lang: Lang }) {
  const drawn = model.kind !== 'kpi' && model.kind !== 'text';
  const fit = useFitText<HTMLDivElement, HTMLDivElement>(model, '.kpi, .text-block');
  // No tooltip or sources panel on a lobby screen: a derived number's formula is written out.
  const derived = derivedLines(model);
  return (
    <article className={`kiosk-slide kiosk-${model.kind}`} lang={lang} aria-roledescription="slide" aria-label={model.title}>
      <header className="kiosk-slide-header">
        <h1>{model.title}</h1>
        {model.subtitle ? <p className="kiosk-subtitle">{model.subtitle}</p> : null}
      </header>
      <div className="kiosk-slide-body" ref={fit.box}>
        {drawn ? null : (
          <div className="kiosk-fit" ref={fit.content}>
            {model.kind === 'kpi' ? <KpiCards model={model} /> : <TextBlocks model={model} />}
          </div>
        )}
        <ChartStage model={model} lang={lang} />
        {drawn ? <p className="sr-only">{model.description}</p> : null}
      </div>
      <footer className="kiosk-slide-footer">
        {drawn && model.kind !== 'doughnut' ? <Legend model={model} lang={lang} /> : null}
        {model.notes.length > 0 ? <p className="kiosk-notes">{model.notes.join(' ')}</p> : null}
        {derived.length > 0 ? <p className="kiosk-notes">{derived.join('　')}</p> : null}
        <p className="kiosk-source">{sourceLine(dataset, lang)}</p>
      </footer>
    </article>
  );
}
