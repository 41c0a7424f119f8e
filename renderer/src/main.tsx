// First, before react-dom and Chart.js are evaluated: the data and font requests (boot.ts).
import { startedUp } from './boot';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The page's own styles first: the components' style sheets (kiosk, export panel) build on them.
import './fonts.css';
import './styles.css';
import { App } from './App';

/** Longest the first render waits for the data and fonts; after it, the app shows "Loading…" until they come. */
const FIRST_RENDER_WAIT_MS = 400;

// The first render waits for the data and the fonts, so that it is the page itself rather than a
// "Loading…" line and a second render.
const waited = new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS));

const root = document.getElementById('root');
if (root) {
  void Promise.race([startedUp, waited]).then(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}
