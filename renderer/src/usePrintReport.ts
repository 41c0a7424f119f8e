import { useCallback, useEffect, useState } from 'react';

/**
 * Print…: the print view is laid out off screen (print.css's .print-layer), and once its charts
 * are drawn the system print dialog opens on it; the viewer itself is hidden on paper. It goes
 * away when the dialog closes, printed or not. The same in Electron (window.print opens the
 * system dialog) and in a browser tab.
 */
export function usePrintReport() {
  /** When Print… was chosen (the cover's print time), while the print view is laid out; undefined otherwise. */
  const [printedAt, setPrintedAt] = useState<Date | undefined>(undefined);
  const printing = printedAt !== undefined;

  // A second Print… while the dialog is up keeps the first time.
  const start = useCallback(() => setPrintedAt((was) => was ?? new Date()), []);

  /** Called by the print view once drawn: a frame later, so the layer is painted before the dialog takes it. */
  const onReady = useCallback(() => {
    requestAnimationFrame(() => window.print());
  }, []);

  useEffect(() => {
    if (!printing) return undefined;
    const root = document.documentElement;
    root.classList.add('print-layer-on');
    const done = () => setPrintedAt(undefined);
    window.addEventListener('afterprint', done);
    return () => {
      window.removeEventListener('afterprint', done);
      root.classList.remove('print-layer-on');
    };
  }, [printing]);

  return { printedAt, start, onReady };
}
