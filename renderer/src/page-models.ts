import type { ChartModel } from '../../electron/common/charts/model';
import { chartsOnPage } from '../../electron/common/charts/registry';
import type { Dataset } from '../../electron/common/dataset';
import type { Lang } from '../../electron/common/i18n/languages';

/** A page's chart: its model, or why it could not be built (the page shows the others, and says so for it). */
export type PageChart = { id: string; model: ChartModel } | { id: string; error: string };

// Per dataset (a page's part is one object for the session), per page and language.
const built = new WeakMap<Dataset, Map<string, PageChart[]>>();

/**
 * The models of a page's charts, built once: start-up builds them while the fonts are still
 * loading (boot.ts), and the page's first render then finds them ready. A report that passed
 * validation should build; one chart that still fails is reported in its place, never the page.
 */
export function pageModels(page: string, dataset: Dataset, lang: Lang): PageChart[] {
  const models = built.get(dataset) ?? new Map<string, PageChart[]>();
  built.set(dataset, models);
  const key = `${page} ${lang}`;
  const known = models.get(key);
  if (known) return known;
  const made = chartsOnPage(dataset, page).map((c): PageChart => {
    try {
      return { id: c.id, model: c.build(dataset, lang) };
    } catch (error) {
      return { id: c.id, error: error instanceof Error ? error.message : String(error) };
    }
  });
  models.set(key, made);
  return made;
}
