import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportFormat, ExportResult } from '../../electron/common/contract';
import type { Lang } from '../../electron/common/i18n/languages';
import { api, errorMessage } from './api';

export type Exported = Extract<ExportResult, { ok: true }>;

export type ExportState =
  | { phase: 'idle' }
  | { phase: 'working'; format: ExportFormat }
  /** `note`: why the last Open / Show in folder did not work, if it did not. */
  | { phase: 'done'; exported: Exported; note?: string }
  /** 'print': Print… found nothing to print (the dataset did not load); the panel says so like a failed export. */
  | { phase: 'failed'; format: ExportFormat | 'print'; message: string }
  | { phase: 'cancelled' };

/** How long "Export cancelled" stays before the status clears by itself. */
const CANCELLED_MS = 4000;

/**
 * The export flow, for the workbook and the PDF alike: ask the main process (or the preview server)
 * to export, follow its progress and keep its result. The work runs in Node (and, for a PDF, in a
 * hidden window), so the page only waits on a promise and stays live. The menu's "Export to
 * Excel…" and "Save as PDF…" (App wires them) run the same start() as the buttons.
 */
export function useExportReport(lang: Lang) {
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  // A ref, not the state: a menu command and a click in the same tick must not start two exports.
  const running = useRef(false);

  const start = useCallback(
    async (format: ExportFormat) => {
      if (running.current) return;
      running.current = true;
      setState({ phase: 'working', format });
      try {
        const result = format === 'pdf' ? await api.exportPdf(lang) : await api.exportWorkbook(lang);
        if (result.ok) setState({ phase: 'done', exported: result });
        else if (result.cancelled) setState({ phase: 'cancelled' });
        else setState({ phase: 'failed', format, message: result.message });
      } catch (error) {
        setState({ phase: 'failed', format, message: errorMessage(error) });
      } finally {
        running.current = false;
      }
    },
    [lang],
  );

  const openExported = useCallback(
    async (exported: Exported, action: 'open' | 'reveal') => {
      let note: string | undefined;
      try {
        const result = await api.openExported(exported.path, action, lang);
        note = result.ok ? undefined : result.message;
      } catch (error) {
        note = errorMessage(error);
      }
      // Only if the same result is still on screen: a new export may have started meanwhile.
      setState((current) => (current.phase === 'done' && current.exported === exported ? { ...current, note } : current));
    },
    [lang],
  );

  const fail = useCallback((format: ExportFormat | 'print', message: string) => {
    if (!running.current) setState({ phase: 'failed', format, message });
  }, []);

  const dismiss = useCallback(() => setState((current) => (current.phase === 'working' ? current : { phase: 'idle' })), []);

  useEffect(() => {
    if (state.phase !== 'cancelled') return;
    const timer = window.setTimeout(() => setState((current) => (current.phase === 'cancelled' ? { phase: 'idle' } : current)), CANCELLED_MS);
    return () => window.clearTimeout(timer);
  }, [state.phase]);

  return { state, start, openExported, dismiss, fail };
}
