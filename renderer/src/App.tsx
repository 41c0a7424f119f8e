import { lazy, Suspense, useEffect, useReducer, useRef, useState } from 'react';
import type { Dataset } from '../../electron/common/dataset';
import { LANGS, type Lang } from '../../electron/common/i18n/languages';
import { t } from '../../electron/common/i18n/messages';
import { reportSubtitle } from '../../electron/common/sources';
import { ExportReport } from './components/ExportReport';
import { ChangesPanel } from './open/ChangesPanel';
import { OpenReport } from './open/OpenReport';
import { useOpenReport } from './open/useOpenReport';
import { useReportState } from './open/report-state';
import { LoadError } from './components/LoadError';
import { prefetchPages, scopeOf, useDataset } from './dataset';
import { fontsSettled, loadFonts } from './fonts';
import { PageView } from './components/PageView';
import { correctForReport, documentTitle, pageHref, sectionOf, type PageId } from './route';
import { useRoute } from './useRoute';
import { KioskApp } from './kiosk/KioskApp';
import { PrintRoute } from './print/PrintRoute';
import { PrintReport } from './print/PrintReport';
import { useExportReport } from './useExportReport';
import { useMenuCommands } from './useMenuCommand';
import { usePrintKey } from './usePrintKey';
import { usePrintReport } from './usePrintReport';

// File → Import article…: loaded when first asked for, so that start-up does not carry it.
const ImportArticle = lazy(() => import('./import/ImportArticle'));

function Nav({ dataset, page, lang }: { dataset: Dataset; page: PageId; lang: Lang }) {
  return (
    <nav className="nav" aria-label={t(lang, 'app.pages')}>
      <ul>
        {dataset.sections.map((section) => (
          <li key={section.id}>
            <a href={pageHref(section.id)} aria-current={section.id === page ? 'page' : undefined}>
              {section.title[lang]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function LanguageSwitch({ lang, onChange }: { lang: Lang; onChange: (lang: Lang) => void }) {
  return (
    <div className="lang-switch" role="group" aria-label={t(lang, 'app.language')}>
      {LANGS.map((option) => (
        <button key={option} type="button" lang={option} aria-pressed={option === lang} onClick={() => onChange(option)}>
          {t(option, `lang.${option}`)}
        </button>
      ))}
    </div>
  );
}

export function App() {
  const [route, setLang, correct] = useRoute();
  const { lang } = route;
  const scope = scopeOf(route.page);
  const load = useDataset(scope);
  // Start-up waits for the first language's fonts before the first render (main.tsx), so it starts
  // drawn; a language chosen later renders once its fonts have loaded.
  const [, fontsArrived] = useReducer((n: number) => n + 1, 0);
  const fontsReady = fontsSettled(lang);
  const exportFlow = useExportReport(lang);
  const printFlow = usePrintReport(lang, (message) => exportFlow.fail('print', message));
  const openFlow = useOpenReport(lang);
  const [importing, setImporting] = useState(false);
  useMenuCommands(
    {
      'export-report': () => void exportFlow.start('xlsx'),
      'save-pdf': () => void exportFlow.start('pdf'),
      'print-report': printFlow.start,
      'open-report': openFlow.choose,
      'open-bundled': openFlow.openBundled,
      'new-template': openFlow.newTemplate,
      'import-article': () => setImporting(true),
    },
    openFlow.openRecent,
  );
  usePrintKey(route.page === 'kiosk' || route.page === 'print' ? undefined : printFlow.start);

  // Once a viewer page has its data, the other pages' parts are fetched in the background.
  const viewing = load?.ok === true && scope !== 'all';
  // The last viewer page's part: its sections keep the header and navigation up while the next page's comes.
  const lastViewed = useRef<Dataset | undefined>(undefined);
  if (viewing) lastViewed.current = load.dataset;
  const report = load?.ok === true ? load.dataset : undefined;
  useEffect(() => {
    if (viewing && report) prefetchPages(report.sections);
  }, [viewing, report]);
  // The address names a section or chart the report does not have: the report's first section, or the page.
  // A section the report does not have is said by the Api, with the report's first section to go to instead.
  const missing = load !== undefined && !load.ok && 'firstSection' in load ? load.firstSection : undefined;
  useEffect(() => {
    const fixed = report ? correctForReport(route, report) : missing === undefined ? undefined : pageHref(missing);
    if (fixed !== undefined) correct(fixed);
  }, [report, missing, route, correct]);

  useEffect(() => {
    document.documentElement.lang = lang;
    // Whatever this render saw: fonts that settled since (start-up's own load) still re-render it.
    if (fontsReady) return undefined;
    let live = true;
    void loadFonts(lang).finally(() => live && fontsArrived());
    return () => {
      live = false;
    };
  }, [lang, fontsReady]);

  // The page (or the presentation) first, then the app: what a tab, a bookmark and the history show.
  const sections = load?.ok === true ? load.dataset.sections : undefined;
  // An opened report's file leads the title, as a desktop app's window names the open file.
  const reportState = useReportState();
  const openedFile = reportState?.file;
  useEffect(() => {
    const title = documentTitle(route.page, lang, sections);
    document.title = openedFile === undefined ? title : `${openedFile} — ${title}`;
  }, [route.page, lang, sections, openedFile]);

  if (route.page === 'print') return <PrintRoute load={load} lang={lang} ready={load !== undefined && fontsReady} />;
  const loading = <p className="status-line">{t(lang, 'app.loading')}</p>;
  if (load !== undefined && !load.ok) return missing === undefined ? <LoadError lang={lang} message={load.message} /> : loading;
  if (route.page === 'kiosk') return load === undefined || !fontsReady ? loading : <KioskApp dataset={load.dataset} lang={lang} />;
  // While a page's part is on its way, the header and navigation stay, drawn from the last page's.
  const frame = load?.dataset ?? lastViewed.current;
  if (frame === undefined || !fontsReady) return loading;
  const page = sectionOf(route.page, frame);
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t(lang, 'app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-title">{t(lang, 'app.title')}</span>
          <span className="brand-subtitle">{reportSubtitle(frame, lang)}</span>
        </div>
        <div className="header-actions">
          <OpenReport lang={lang} state={reportState} actions={openFlow} />
          <button type="button" className="header-button" title={t(lang, 'import.hint')} aria-pressed={importing} onClick={() => setImporting(true)}>
            {t(lang, 'import.button')}
          </button>
          <ExportReport lang={lang} actions={exportFlow} onPrint={printFlow.start} />
          <LanguageSwitch lang={lang} onChange={setLang} />
        </div>
      </header>
      <ChangesPanel lang={lang} state={reportState} />
      {importing ? null : <Nav dataset={frame} page={page} lang={lang} />}
      <main id="main" tabIndex={-1}>
        {importing ? (
          <Suspense fallback={loading}>
            <ImportArticle lang={lang} onClose={() => setImporting(false)} />
          </Suspense>
        ) : load === undefined ? (
          loading
        ) : (
          <PageView key={page} page={page} dataset={load.dataset} lang={lang} chart={route.chart} />
        )}
      </main>
      {printFlow.printing?.dataset ? (
        <div className="print-layer" aria-hidden="true">
          <PrintReport dataset={printFlow.printing.dataset} lang={lang} printedAt={printFlow.printing.at} onReady={printFlow.onReady} />
        </div>
      ) : null}
    </div>
  );
}
