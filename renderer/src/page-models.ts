import type { ChartModel } from '../../electron/common/charts/model';
import { chartsOnPage } from '../../electron/common/charts/registry';
import type { Dataset, SectionId } from '../../electron/common/dataset';
import type { Lang } from '../../electron/common/i18n/languages';

// Per dataset (a page's part is one object for the session), per page and language.
const built = new WeakMap<Dataset, Map<string, ChartModel[]>>();

/**
 * The models of a page's charts, built once: start-up builds them while the fonts are still
 * loading (boot.ts), and the page's first render then finds them ready.
 */
export function pageModels(page: SectionId, dataset: Dataset, lang: Lang): ChartModel[] {
  const models = built.get(dataset) ?? new Map<string, ChartModel[]>();
  built.set(dataset, models);
  const key = `${page} ${lang}`;
  const known = models.get(key);
  if (known) return known;
  const made = chartsOnPage(page).map((c) => c.build(dataset, lang));
  models.set(key, made);
  return made;
}
