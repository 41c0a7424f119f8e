import { useCallback, useEffect, useMemo, useRef } from 'react';
import { canvasCount } from '../charts/kinds';
import type { Dataset } from '../../../electron/common/dataset';
import type { Lang } from '../../../electron/common/i18n/languages';
import { wideCards } from '../layout';
import { pageModels } from '../page-models';
import { Figure } from './Figure';
import { FigureBoundary, FigureError } from './FigureBoundary';

/** `chart`: one of the page's charts, from the address #/<page>/<chart-id>, to bring into view and focus. */
export type PageProps = { dataset: Dataset; lang: Lang; chart?: string | undefined };

/** Calls `then` once the page has drawn (at once if it has); returns a function that cancels the wait. */
type WhenDrawn = (then: () => void) => () => void;

/** Marks when every canvas chart of the page has drawn: the start-up benchmark measures to here. */
function useDrawnMark(page: string, lang: Lang, canvases: number): { onDrawn: () => void; whenDrawn: WhenDrawn } {
  // A fresh tally per page and language, made during render so it exists before the charts' layout effects run.
  const tally = useMemo(() => ({ drawn: 0, page, lang, canvases, waiting: new Set<() => void>() }), [page, lang, canvases]);
  const onDrawn = useCallback(() => {
    tally.drawn += 1;
    if (tally.drawn === tally.canvases) {
      performance.mark('lvyuan:page-drawn', { detail: { page: tally.page, lang: tally.lang } });
      document.documentElement.dataset.drawnPage = tally.page;
      for (const then of tally.waiting) then();
      tally.waiting.clear();
    }
  }, [tally]);
  const whenDrawn = useCallback<WhenDrawn>(
    (then) => {
      if (tally.drawn >= tally.canvases) {
        then();
        return () => undefined;
      }
      tally.waiting.add(then);
      return () => tally.waiting.delete(then);
    },
    [tally],
  );
  return { onDrawn, whenDrawn };
}

/**
 * #/<page>/<chart-id>: once the page has drawn, its chart's card is scrolled into view and focused, so
 * that keyboard and screen-reader users start there. Once per arrival at that address: a redraw (a
 * resize) leaves the reader where they are; a page shown afresh (after a language's fonts load) starts
 * at the chart again.
 */
function useChartInView(page: string, chart: string | undefined, whenDrawn: WhenDrawn): void {
  const shown = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (chart === undefined) {
      shown.current = undefined;
      return undefined;
    }
    const address = `${page}/${chart}`;
    if (shown.current === address) return undefined;
    return whenDrawn(() => {
      const card = document.getElementById(`chart-${chart}`);
      if (!card) return;
      shown.current = address;
      card.scrollIntoView({ block: 'start' });
      // A rem of the page above the card, so that its focus ring is not cut by the window's edge.
      window.scrollBy(0, -Number.parseFloat(getComputedStyle(document.documentElement).fontSize));
      card.focus({ preventScroll: true });
    });
  }, [page, chart, whenDrawn]);
}

/** The charts of one page, in registry order, laid out by the page's own class. */
export function PageView({ page, dataset, lang, chart }: PageProps & { page: string }) {
  const charts = useMemo(() => pageModels(page, dataset, lang), [page, dataset, lang]);
  const models = useMemo(() => charts.flatMap((chart) => ('model' in chart ? [chart.model] : [])), [charts]);
  const canvases = models.reduce((sum, m) => sum + canvasCount(m), 0);
  const wide = wideCards(models.map((m) => m.kind));
  const { onDrawn, whenDrawn } = useDrawnMark(page, lang, canvases);
  const section = dataset.sections.find((s) => s.id === page);
  useEffect(() => {
    if (canvases === 0) document.documentElement.dataset.drawnPage = page;
  }, [canvases, page]);
  useChartInView(page, chart, whenDrawn);
  return (
    <section className={`page page-${page}`} aria-labelledby="page-title">
      <h1 id="page-title" className="page-title">
        {section?.title[lang] ?? page}
      </h1>
      <div className="figures">
        {charts.map((chart) =>
          'model' in chart ? (
            <FigureBoundary key={chart.id} id={chart.id} lang={lang}>
              <Figure model={chart.model} dataset={dataset} lang={lang} onDrawn={onDrawn} wide={wide[models.indexOf(chart.model)] === true} />
            </FigureBoundary>
          ) : (
            <FigureError key={chart.id} id={chart.id} lang={lang} message={chart.error} />
          ),
        )}
      </div>
    </section>
  );
}
