import { useCallback, useEffect, useMemo } from 'react';
import { isCanvasKind } from '../../../electron/common/charts/kinds';
import { chartsOnPage } from '../../../electron/common/charts/registry';
import type { Dataset, SectionId } from '../../../electron/common/dataset';
import type { Lang } from '../../../electron/common/i18n/languages';
import { wideCards } from '../layout';
import { Figure } from './Figure';

export type PageProps = { dataset: Dataset; lang: Lang };

/** Marks when every canvas chart of the page has drawn: the start-up benchmark measures to here. */
function useDrawnMark(page: SectionId, lang: Lang, canvases: number): () => void {
  // A fresh tally per page and language, made during render so it exists before the charts' layout effects run.
  const tally = useMemo(() => ({ drawn: 0, page, lang, canvases }), [page, lang, canvases]);
  return useCallback(() => {
    tally.drawn += 1;
    if (tally.drawn === tally.canvases) {
      performance.mark('lvyuan:page-drawn', { detail: { page: tally.page, lang: tally.lang } });
      document.documentElement.dataset.drawnPage = tally.page;
    }
  }, [tally]);
}

/** The charts of one page, in registry order, laid out by the page's own class. */
export function PageView({ page, dataset, lang, layout }: PageProps & { page: SectionId; layout: string }) {
  const models = useMemo(() => chartsOnPage(page).map((chart) => chart.build(dataset, lang)), [page, dataset, lang]);
  const canvases = models.filter((m) => isCanvasKind(m.kind)).length;
  const wide = wideCards(models.map((m) => m.kind));
  const onDrawn = useDrawnMark(page, lang, canvases);
  const section = dataset.sections.find((s) => s.id === page);
  useEffect(() => {
    if (canvases === 0) document.documentElement.dataset.drawnPage = page;
  }, [canvases, page]);
  return (
    <section className={`page page-${layout}`} aria-labelledby="page-title">
      <h1 id="page-title" className="page-title">
        {section?.label[lang] ?? page}
      </h1>
      <div className="figures">
        {models.map((model, i) => (
          <Figure key={model.id} model={model} dataset={dataset} lang={lang} onDrawn={onDrawn} wide={wide[i] === true} />
        ))}
      </div>
    </section>
  );
}
