import { useEffect, useReducer } from 'react';
import type { DatasetResult } from '../../electron/common/contract';
import type { SectionId } from '../../electron/common/dataset';
import { SECTION_IDS } from '../../electron/common/vocabulary';
import { api } from './api';
import type { PageId } from './route';

export type Load = DatasetResult | { ok: false; message: string };

/**
 * What a route draws from: a viewer page, only its part of the dataset (what its charts read); the
 * presentation and the print view, all of it. A page's start-up then stays the same however many
 * figures the dataset holds.
 */
export type Scope = SectionId | 'all';

export function scopeOf(page: PageId): Scope {
  return (SECTION_IDS as readonly string[]).includes(page) ? (page as SectionId) : 'all';
}

// One request per scope for the session, like the single dataset request before it.
const requests = new Map<Scope, Promise<Load>>();
const settled = new Map<Scope, Load>();

/**
 * Asks for a scope once; later calls get the same answer. A failure is kept to be shown but not
 * reused: the next call asks again (Print… after a failed attempt, a prefetch after a restart).
 */
export function requestDataset(scope: Scope): Promise<Load> {
  const known = requests.get(scope);
  if (known) return known;
  const request = (scope === 'all' ? api.getDataset() : api.getPage(scope))
    .catch((error: unknown): Load => ({ ok: false, message: error instanceof Error ? error.message : String(error) }))
    .then((load) => {
      settled.set(scope, load);
      if (!load.ok) requests.delete(scope);
      return load;
    });
  requests.set(scope, request);
  return request;
}

/** The scope's answer if it has come, read synchronously so that a page already fetched renders at once. */
export function settledDataset(scope: Scope): Load | undefined {
  return settled.get(scope);
}

/** Every page's part, fetched when the browser is idle, so that moving to another page waits for nothing. */
export function prefetchPages(): void {
  const fetchAll = () => SECTION_IDS.forEach((page) => void requestDataset(page));
  if ('requestIdleCallback' in window) window.requestIdleCallback(fetchAll);
  else setTimeout(fetchAll, 0);
}

/** The scope's dataset, undefined until it has come (or when there is no scope). */
export function useDataset(scope: Scope | undefined): Load | undefined {
  const [, update] = useReducer((n: number) => n + 1, 0);
  const load = scope === undefined ? undefined : settled.get(scope);
  useEffect(() => {
    if (scope === undefined || load !== undefined) return undefined;
    let live = true;
    void requestDataset(scope).then(() => live && update());
    return () => {
      live = false;
    };
  }, [scope, load]);
  return load;
}
