import { requestDataset, scopeOf } from './dataset';
import { loadFonts } from './fonts';
import { pageModels } from './page-models';
import { sectionOf } from './route';
import { currentRoute } from './useRoute';

/**
 * Start-up's first step, imported by main.tsx before react-dom and Chart.js so that it runs before
 * their modules do (React's small core and the chart models' modules run first): the route's data
 * and the fonts are asked for at once, in parallel, while the rest of the bundle is still being
 * evaluated, and the page's chart models are built as soon as its data comes.
 */
const route = currentRoute();
const scope = scopeOf(route.page);
const data = requestDataset(scope).then((load) => {
  if (load.ok && scope !== 'all') pageModels(sectionOf(route.page, load.dataset), load.dataset, route.lang);
});

/** Resolves once the data and the fonts are there (or failed): the first render need not show "Loading…". */
export const startedUp: Promise<unknown> = Promise.all([data, loadFonts(route.lang)]).catch(() => undefined);
