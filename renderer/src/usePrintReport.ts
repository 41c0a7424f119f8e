import { useCallback, useEffect, useState } from 'react';

/**
 * Print…: the print view is laid out off screen (print.css's .print-layer), and once its charts
 * are drawn the system print dialog opens on it; the viewer itself is hidden on paper. It goes
 * away when the dialog closes, printed or not. The same in Electron (window.print opens the
 * system dialog) and in a browser tab.
 */
export function usePrintReport() {
  const [printing, setPrinting] = useState(false);

  const start = useCallback(() => setPrinting(true), []);

  /** Called by the print view once drawn: a frame later, so the layer is painted before the dialog takes it. */
  const onReady = useCallback(() => {
    requestAnimationFrame(() => window.print());
  }, []);

  useEffect(() => {
    if (!printing) return undefined;
    const root = document.documentElement;
    root.classList.add('print-layer-on');
    const done = () => setPrinting(false);
    window.addEventListener('afterprint', done);
    return () => {
      window.removeEventListener('afterprint', done);
      root.classList.remove('print-layer-on');
    };
  }, [printing]);

  return { printing, start, onReady };
}
