import { useEffect, useRef, useState } from 'react';
import type { Dataset } from '../../../electron/common/dataset';
import { api } from '../api';

/**
 * The report the show presents, following the file kiosk.json names: at each slide change the Api
 * is asked which revision it has read, and a new one is fetched and shown from the next slide on.
 * A file that did not load leaves the last good report on screen; the Api's notice says why, for
 * the operator, until the next good save. The bundled report (no file followed) never changes.
 */
export function useFollowedReport(initial: Dataset, slideChanges: number): { dataset: Dataset; notice: string | undefined } {
  const [dataset, setDataset] = useState(initial);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const revision = useRef<number | undefined>(undefined);
  useEffect(() => {
    // Asked through a function after each await: the cleanup sets it meanwhile, which narrowing cannot see.
    const run = { live: true };
    const isLive = () => run.live;
    void (async () => {
      const state = await api.getReportState().catch(() => undefined);
      if (!isLive() || state?.revision === undefined) return;
      setNotice(state.notices[0]);
      const first = revision.current === undefined;
      if (first || state.revision === revision.current) {
        revision.current = state.revision;
        return;
      }
      const load = await api.getDataset().catch(() => undefined);
      if (!isLive() || !load?.ok) return;
      revision.current = state.revision;
      setDataset(load.dataset);
    })();
    return () => {
      run.live = false;
    };
  }, [slideChanges]);
  return { dataset, notice };
}
