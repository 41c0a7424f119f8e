import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DatasetResult } from '../../../electron/common/contract';
import type { Lang } from '../../../electron/common/i18n/languages';
import { t } from '../../../electron/common/i18n/messages';
import { PRINT_READY_ATTRIBUTE } from '../../../electron/common/print';
import { LoadError } from '../components/LoadError';
import { FIRST_SECTION, pageHref } from '../route';
import { loadFontsFor } from '../fonts';
import { PrintReport } from './PrintReport';

type Load = DatasetResult | { ok: false; message: string } | undefined;

/** What the printer waits for on <html>: 'ready' once drawn, 'error: …' when there is nothing to draw. */
function markPrintState(state: string | undefined): void {
  const root = document.documentElement;
  if (state === undefined) root.removeAttribute(PRINT_READY_ATTRIBUTE);
  else root.setAttribute(PRINT_READY_ATTRIBUTE, state);
}

/**
 * #/print?lang=…: the print view as its own page, which Save as PDF… prints in a hidden window (and
 * the preview in headless Chromium). In a window it shows the paper with a toolbar that is never printed.
 */
export function PrintRoute({ load, lang, ready }: { load: Load; lang: Lang; ready: boolean }) {
  const printedAt = useMemo(() => new Date(), []);
  const onReady = useCallback(() => markPrintState('ready'), []);
  useEffect(() => {
    if (load !== undefined && !load.ok) markPrintState(`error: ${load.message}`);
    return () => markPrintState(undefined);
  }, [load]);

  // Every character the report prints, in faces fetched before the canvases draw (a PDF keeps what it drew).
  const [fontsIn, setFontsIn] = useState(false);
  useEffect(() => {
    if (!load?.ok) return undefined;
    let live = true;
    void loadFontsFor(lang, JSON.stringify(load.dataset)).then(() => live && setFontsIn(true));
    return () => {
      live = false;
    };
  }, [load, lang]);

  if (load === undefined || !ready || (load.ok && !fontsIn)) return <p className="status-line">{t(lang, 'app.loading')}</p>;
  if (!load.ok) return <LoadError lang={lang} message={load.message} />;
  return (
    <div className="print-route">
      <nav className="print-toolbar" aria-label={t(lang, 'print.title')}>
        <a className="button" href={pageHref(FIRST_SECTION)}>
          {t(lang, 'app.title')}
        </a>
        <button type="button" className="button" onClick={() => window.print()}>
          {t(lang, 'print.button')}
        </button>
      </nav>
      <main>
        <PrintReport dataset={load.dataset} lang={lang} printedAt={printedAt} onReady={onReady} />
      </main>
    </div>
  );
}
