import { KINDS } from '../../../electron/common/charts/kinds';
import type { ChartModel } from '../../../electron/common/charts/model';
import { besideLines } from '../../../electron/common/charts/notes';
import type { Dataset } from '../../../electron/common/dataset';
import type { Lang } from '../../../electron/common/i18n/languages';
import { t } from '../../../electron/common/i18n/messages';
import { rendererOf } from '../charts/kinds';
import { Legend } from '../components/Legend';
import { Words } from '../text/Words';
import { sourceLine } from '../components/SourceNote';
import { ChartStage } from './ChartStage';
import { slideLayoutOf } from './slide-layouts';
import { useFitText } from './useFitText';

/** One slide: the chart (or cards, or text) large, its notes, and the article it comes from. */
export function Slide({ model, dataset, lang }: { model: ChartModel; dataset: Dataset; lang: Lang }) {
  const layout = slideLayoutOf(model.kind);
  const renderer = rendererOf(model.kind);
  const fit = useFitText<HTMLDivElement, HTMLDivElement>(model, layout.body === 'fit' ? layout.cells : undefined);
  // No tooltip or sources panel on a lobby screen: what the chart states beside it, and a derived
  // number's formula, are written out, each once.
  const lines = besideLines(model);
  const legend = KINDS[model.kind].legend;
  return (
    <article className={`kiosk-slide kiosk-${model.kind}`} lang={lang} aria-roledescription="slide" aria-label={model.title}>
      <header className="kiosk-slide-header">
        <p className="kiosk-brand">
          {dataset.meta.area[lang]} · {t(lang, 'app.title')}
        </p>
        <h1>
          <Words text={model.title} lang={lang} />
        </h1>
        {model.subtitle ? (
          <p className="kiosk-subtitle">
            <Words text={model.subtitle} lang={lang} />
          </p>
        ) : null}
      </header>
      <div className="kiosk-slide-body" ref={fit.box}>
        {layout.body === 'fit' && 'Body' in renderer ? (
          <div className="kiosk-fit" ref={fit.content}>
            <renderer.Body model={model} brief />
          </div>
        ) : null}
        <ChartStage model={model} lang={lang} />
        {layout.body === 'stage' ? <p className="sr-only">{model.description}</p> : null}
      </div>
      <footer className="kiosk-slide-footer">
        {legend === 'marks' || legend === 'series' ? <Legend model={model} /> : null}
        {lines.map((line) => (
          <p key={line} className="kiosk-notes">
            <Words text={line} lang={lang} />
          </p>
        ))}
        <p className="kiosk-source">{sourceLine(dataset, model, lang)}</p>
      </footer>
    </article>
  );
}
