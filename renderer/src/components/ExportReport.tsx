import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Lang } from '../../../electron/common/i18n/languages';
import { t } from '../../../electron/common/i18n/messages';
import type { ExportFormat } from '../../../electron/common/contract';
import { type useExportReport, type ExportState, type Exported } from '../useExportReport';
import { PrintMenu } from './PrintMenu';
import './ExportReport.css';

type Actions = ReturnType<typeof useExportReport>;

/** Gap between the header and the panel, and the panel's margin from the top once the header scrolls away. */
const GAP_PX = 8;

/**
 * The panel is fixed to the viewport so that it is seen even when the export starts from the menu
 * while the page is scrolled: right under the header at the top of the page, at the top edge below it.
 */
function usePanelTop(inside: RefObject<HTMLElement | null>, shown: boolean): number {
  const [top, setTop] = useState(GAP_PX);
  useLayoutEffect(() => {
    const header = inside.current?.closest('header');
    if (!shown || !header) return;
    const place = () => setTop(Math.max(header.getBoundingClientRect().bottom + GAP_PX, GAP_PX));
    place();
    window.addEventListener('scroll', place, { passive: true });
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place);
      window.removeEventListener('resize', place);
    };
  }, [inside, shown]);
  return top;
}

function Working({ lang, format }: { lang: Lang; format: ExportFormat }) {
  const title = t(lang, format === 'pdf' ? 'pdf.working' : 'export.working');
  return (
    <>
      <p className="export-title">{title}</p>
      {/* No aria-valuenow: an indeterminate bar, as the export reports no steps. */}
      <div className="export-progress" role="progressbar" aria-label={title}>
        <span />
      </div>
    </>
  );
}

function Done({
  lang,
  exported,
  note,
  actions,
  openRef,
}: {
  lang: Lang;
  exported: Exported;
  note: string | undefined;
  actions: Actions;
  openRef: RefObject<HTMLButtonElement | null>;
}) {
  return (
    <>
      <p className="export-title">
        <span className="export-mark" aria-hidden="true">
          ✓
        </span>
        {t(lang, 'export.done', { file: exported.fileName })}
      </p>
      <p className="export-details">
        {exported.format === 'pdf'
          ? t(lang, 'pdf.details', { pages: exported.pages })
          : t(lang, 'export.details', { sheets: exported.sheets, charts: exported.charts })}
      </p>
      <div className="export-actions">
        <button ref={openRef} type="button" className="button" onClick={() => void actions.openExported(exported, 'open')}>
          {t(lang, 'export.open')}
        </button>
        <button type="button" className="button" onClick={() => void actions.openExported(exported, 'reveal')}>
          {t(lang, 'export.reveal')}
        </button>
        <button type="button" className="link-button" onClick={actions.dismiss}>
          {t(lang, 'export.dismiss')}
        </button>
      </div>
      {note === undefined ? null : <p className="export-note">{note}</p>}
    </>
  );
}

/** The polite status: progress, the saved file, a cancel notice. Empty (and hidden) otherwise. */
function StatusContent({ lang, state, actions, openRef }: { lang: Lang; state: ExportState; actions: Actions; openRef: RefObject<HTMLButtonElement | null> }) {
  switch (state.phase) {
    case 'working':
      return <Working lang={lang} format={state.format} />;
    case 'done':
      return <Done lang={lang} exported={state.exported} note={state.note} actions={actions} openRef={openRef} />;
    case 'cancelled':
      return <p className="export-title">{t(lang, 'export.cancelled')}</p>;
    default:
      return null;
  }
}

/**
 * The header's "Export to Excel…" button and its status panel. Both live regions are always in the
 * page, so that screen readers announce what is put into them.
 */
/**
 * The button and its panel. The export's state lives in App, above the loading gate, so that a
 * language switch (which shows "Loading…" while fonts load) neither loses a result nor allows a
 * second export while one runs.
 */
/** The panel's title when a flow failed. */
const FAILED = { xlsx: 'export.failed', pdf: 'pdf.failed', print: 'print.failed' } as const;

export function ExportReport({ lang, actions, onPrint }: { lang: Lang; actions: Actions; onPrint: () => void }) {
  const { state } = actions;
  const buttonRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const top = usePanelTop(buttonRef, state.phase !== 'idle');

  // Disabling the button while working drops keyboard focus, and so does Dismiss, whose button goes
  // away: put focus back where the user can go on. Never on first render, never if it is elsewhere.
  const previous = useRef(state.phase);
  useEffect(() => {
    const from = previous.current;
    previous.current = state.phase;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (from === state.phase || !lost) return;
    if (from === 'working' && state.phase === 'done') openRef.current?.focus({ preventScroll: true });
    else if (from === 'working' || state.phase === 'idle') buttonRef.current?.focus({ preventScroll: true });
  }, [state.phase]);

  return (
    <div className="export">
      <button ref={buttonRef} type="button" className="header-button" disabled={state.phase === 'working'} onClick={() => void actions.start('xlsx')}>
        {t(lang, 'export.button')}
      </button>
      <PrintMenu lang={lang} busy={state.phase === 'working'} onSavePdf={() => void actions.start('pdf')} onPrint={onPrint} />
      {/* style sets CSSOM properties, which the CSP's style-src 'self' allows (unlike a <style> element). */}
      <div className={`export-panel export-${state.phase}`} role="status" aria-live="polite" style={{ top }}>
        <StatusContent lang={lang} state={state} actions={actions} openRef={openRef} />
      </div>
      <div className="export-panel export-error" role="alert" style={{ top }}>
        {state.phase === 'failed' ? (
          <>
            <p className="export-title">{t(lang, FAILED[state.format])}</p>
            <p className="export-message">{state.message}</p>
            <div className="export-actions">
              <button type="button" className="button" onClick={actions.dismiss}>
                {t(lang, 'export.dismiss')}
              </button>
            </div>
          </>
        ) : null}
      </div>
    </div>
  );
}
