import { useEffect, useReducer } from 'react';
import type { DatasetResult } from '../../electron/common/contract';
import { api, errorMessage } from './api';
import { isSectionPage, type PageId } from './route';
import { settledCache } from './settled-cache';

export type Load = DatasetResult | { ok: false; message: string };

/**
 * What a route draws from: a viewer page, only its part of the dataset (what its charts read); the
 * presentation and the print view, all of it. A page's start-up then stays the same however many
 * figures the dataset holds.
 */
export type Scope = { section: string } | 'all';

// One scope object per section, so that the cache finds it again.
const sectionScopes = new Map<string, Scope>();

/** The page's scope: a section's part (the report's first for an address without a page), or all of it. */
export function scopeOf(page: PageId): Scope {
  if (!isSectionPage(page)) return 'all';
  const known = sectionScopes.get(page) ?? { section: page };
  sectionScopes.set(page, known);
  return known;
}

// One request per scope for the session, like the single dataset request before it; a failure is
// shown, not reused: the next request asks again (Print… after a failed attempt).
const datasets = settledCache(
  (scope: Scope): Promise<Load> =>
    (scope === 'all' ? api.getDataset() : api.getPage(scope.section)).catch((error: unknown): Load => ({ ok: false, message: errorMessage(error) })),
  (load) => !load.ok,
);

/** The scope's dataset, asked for once (again after a failure). */
export function requestDataset(scope: Scope): Promise<Load> {
  return datasets.request(scope);
}

/** Every page's part, fetched when the browser is idle, so that moving to another page waits for nothing. */
export function prefetchPages(sections: readonly { id: string }[]): void {
  const fetchAll = () => sections.forEach((section) => void requestDataset(scopeOf(section.id)));
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
