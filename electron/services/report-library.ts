import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from './files';

/**
 * The reports a user opened on this machine, newest first, in reports.json in the app's userData
 * folder: File → Open recent lists them, and the last one opens again at start-up. A missing or
 * broken file is an empty list; nothing here ever stops the app.
 */

/** How many reports Open recent lists. */
export const RECENT_MAX = 8;

type LibraryFile = { recent: string[]; last?: string };

const isPath = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 4096;

/**
 * The file's list, or none where it is not one. Checked by hand, not with zod: the main process
 * reads it before its first window, whose bundle stays free of the schema library (main-bundle.test.ts).
 */
function parseLibrary(raw: unknown): LibraryFile | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { recent, last } = raw as Record<string, unknown>;
  if (!Array.isArray(recent) || !recent.every(isPath)) return undefined;
  if (last !== undefined && !isPath(last)) return undefined;
  return { recent: recent.slice(0, RECENT_MAX), ...(last === undefined ? {} : { last }) };
}

export type ReportLibrary = {
  recent: () => readonly string[];
  /** The report to open at start-up, if one was open. */
  last: () => string | undefined;
  /** A report opened from this path: first in the list, and the one to open next time. */
  opened: (path: string) => Promise<void>;
  /** Back to the bundled report: next time, it opens. */
  bundled: () => Promise<void>;
  /** A report that would not open again: off the list, and not opened next time. */
  forget: (path: string) => Promise<void>;
};

export async function openReportLibrary(file: string): Promise<ReportLibrary> {
  let state: LibraryFile = { recent: [] };
  try {
    state = parseLibrary(JSON.parse(await readFile(file, 'utf8'))) ?? state;
  } catch {
    // No list yet, or one that cannot be read: start an empty one.
  }
  // Saved one at a time, in order: two opens in a row never interleave their writes.
  let saving = Promise.resolve();
  const save = (next: typeof state) => {
    state = next;
    saving = saving.then(() => writeFileAtomic(file, `${JSON.stringify(state, null, 2)}\n`)).catch(() => undefined);
    return saving;
  };
  return {
    recent: () => state.recent,
    last: () => state.last,
    opened: (path) => save({ recent: [path, ...state.recent.filter((p) => p !== path)].slice(0, RECENT_MAX), last: path }),
    bundled: () => save({ recent: state.recent }),
    forget: (path) =>
      save({ recent: state.recent.filter((p) => p !== path), ...(state.last === path || state.last === undefined ? {} : { last: state.last }) }),
  };
}
