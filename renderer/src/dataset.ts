import { useEffect, useReducer } from 'react';
import type { DatasetResult } from '../../electron/common/contract';
import type { SectionId } from '../../electron/common/dataset';
import { SECTION_IDS } from '../../electron/common/vocabulary';
import { api, errorMessage } from './api';
import { isSectionId, type PageId } from './route';
import { settledCache } from './settled-cache';

export type Load = DatasetResult | { ok: false; message: string };

/**
 * What a route draws from: a viewer page, only its part of the dataset (what its charts read); the
 * presentation and the print view, all of it. A page's start-up then stays the same however many
 * figures the dataset holds.
 */
export type Scope = SectionId | 'all';

export function scopeOf(page: PageId): Scope {
  return isSectionId(page) ? page : 'all';
}

// One request per scope for the session, like the single dataset request before it; a failure is
// shown, not reused: the next request asks again (Print… after a failed attempt).
const datasets = settledCache(
  (scope: Scope): Promise<Load> => (scope === 'all' ? api.getDataset() : api.getPage(scope)).catch((error: unknown): Load => ({ ok: false, message: errorMessage(error) })),
  (load) => !load.ok,
);

/** The scope's dataset, asked for once (again after a failure). */
export function requestDataset(scope: Scope): Promise<Load> {
  return datasets.request(scope);
}

/** Every page's part, fetched when the browser is idle, so that moving to another page waits for nothing. */
export function prefetchPages(): void {
  const fetchAll = () => SECTION_IDS.forEach((page) => void requestDataset(page));
  if ('requestIdleCallback' in window) window.requestIdleCallback(fetchAll);
  else setTimeout(fetchAll, 0);
}

/** The scope's dataset, undefined until it has come. */
export function useDataset(scope: Scope): Load | undefined {
  const [, update] = useReducer((n: number) => n + 1, 0);
  const load = datasets.answer(scope);
  useEffect(() => {
    if (load !== undefined) return undefined;
    let live = true;
    void requestDataset(scope).then(() => live && update());
    return () => {
      live = false;
    };
  }, [scope, load]);
  return load;
}
