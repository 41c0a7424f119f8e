import { useCallback, useEffect, useRef, useState } from 'react';
import type { Dataset } from '../../electron/common/dataset';
import type { Lang } from '../../electron/common/i18n/languages';
import { requestDataset } from './dataset';
import { loadFontsFor } from './fonts';

/** Print… in progress: when it was chosen (the cover's print time), and the whole dataset once it has come. */
type Printing = { at: Date; dataset?: Dataset };

/**
 * Print…: the whole dataset is asked for (a viewer page holds only its own figures), the print view
 * is laid out off screen (print.css's .print-layer), and once its charts are drawn the system print
 * dialog opens on it; the viewer itself is hidden on paper. It goes away when the dialog closes,
 * printed or not. If the dataset does not come, nothing is printed and `onFailed` says why. The same
 * in Electron (window.print opens the system dialog) and in a browser tab.
 */
export function usePrintReport(lang: Lang, onFailed: (message: string) => void) {
  const [printing, setPrinting] = useState<Printing | undefined>(undefined);
  // A ref, not the state: a second Print… while the first is on its way keeps the first (and its time).
  const busy = useRef(false);
  const failed = useRef(onFailed);
  failed.current = onFailed;
  const language = useRef(lang);
  language.current = lang;

  const start = useCallback(() => {
    if (busy.current) return;
    busy.current = true;
    const at = new Date();
    setPrinting({ at });
    void requestDataset('all').then(async (load) => {
      if (load.ok) {
        // The faces for every character on paper, before the charts draw (fonts.ts).
        await loadFontsFor(language.current, JSON.stringify(load.dataset));
        setPrinting({ at, dataset: load.dataset });
        return;
      }
      busy.current = false;
      setPrinting(undefined);
      failed.current(load.message);
    });
  }, []);

  /** Called by the print view once drawn: a frame later, so the layer is painted before the dialog takes it. */
  const onReady = useCallback(() => {
    requestAnimationFrame(() => window.print());
  }, []);

  const on = printing !== undefined;
  useEffect(() => {
    if (!on) return undefined;
    const root = document.documentElement;
    root.classList.add('print-layer-on');
    const done = () => {
      busy.current = false;
      setPrinting(undefined);
    };
    window.addEventListener('afterprint', done);
    return () => {
      window.removeEventListener('afterprint', done);
      root.classList.remove('print-layer-on');
    };
  }, [on]);

  return { printing, start, onReady };
}
