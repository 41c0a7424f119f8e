import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The page's own styles first: the components' style sheets (kiosk, export panel) build on them.
import './fonts.css';
import './styles.css';
import { App } from './App';
import { requestDataset, scopeOf } from './dataset';
import { loadFonts } from './fonts';
import { pageModels } from './page-models';
import { currentRoute } from './useRoute';

/** Longest the first render waits for the data and fonts; after it, the app shows "Loading…" until they come. */
const FIRST_RENDER_WAIT_MS = 400;

// The data and the fonts are asked for at once, in parallel, and the first render waits for both,
// so that it is the page itself rather than a "Loading…" line and a second render. The page's
// chart models are built as soon as its data comes, while the fonts are still loading.
const route = currentRoute();
const scope = scopeOf(route.page);
const data = requestDataset(scope).then((load) => {
  if (load.ok && scope !== 'all') pageModels(scope, load.dataset, route.lang);
});
const ready = Promise.all([data, loadFonts(route.lang)]).catch(() => undefined);
const waited = new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS));

const root = document.getElementById('root');
if (root) {
  void Promise.race([ready, waited]).then(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}
