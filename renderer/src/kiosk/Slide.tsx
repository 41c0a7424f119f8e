import { KINDS } from '../../../electron/common/charts/kinds';
import type { ChartModel } from '../../../electron/common/charts/model';
import { derivedLines } from '../../../electron/common/charts/notes';
import type { Dataset } from '../../../electron/common/dataset';
import type { Lang } from '../../../electron/common/i18n/languages';
import { rendererOf } from '../charts/kinds';
import { Legend } from '../components/Legend';
import { sourceLine } from '../components/SourceNote';
import { ChartStage } from './ChartStage';
import { slideLayoutOf } from './slide-layouts';
import { useFitText } from './useFitText';

/** One slide: the chart (or cards, or text) large, its notes, and the article it comes from. */
export function Slide({ model, dataset, lang }: { model: ChartModel; dataset: Dataset; lang: Lang }) {
  const layout = slideLayoutOf(model.kind);
  const renderer = rendererOf(model.kind);
  const fit = useFitText<HTMLDivElement, HTMLDivElement>(model, layout.body === 'fit' ? layout.cells : undefined);
  // No tooltip or sources panel on a lobby screen: a derived number's formula is written out.
  const derived = derivedLines(model);
  return (
    <article className={`kiosk-slide kiosk-${model.kind}`} lang={lang} aria-roledescription="slide" aria-label={model.title}>
      <header className="kiosk-slide-header">
        <h1>{model.title}</h1>
        {model.subtitle ? <p className="kiosk-subtitle">{model.subtitle}</p> : null}
      </header>
      <div className="kiosk-slide-body" ref={fit.box}>
        {layout.body === 'fit' && 'Body' in renderer ? (
          <div className="kiosk-fit" ref={fit.content}>
            <renderer.Body model={model} />
          </div>
        ) : null}
        <ChartStage model={model} lang={lang} />
        {layout.body === 'stage' ? <p className="sr-only">{model.description}</p> : null}
      </div>
      <footer className="kiosk-slide-footer">
        {KINDS[model.kind].legend === 'marks' ? <Legend model={model} lang={lang} /> : null}
        {model.notes.length > 0 ? <p className="kiosk-notes">{model.notes.join(' ')}</p> : null}
        {derived.length > 0 ? <p className="kiosk-notes">{derived.join('　')}</p> : null}
        <p className="kiosk-source">{sourceLine(dataset, lang)}</p>
      </footer>
    </article>
  );
}
