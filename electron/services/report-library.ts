import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from './files';

/**
 * The reports a user opened on this machine, newest first, in reports.json in the app's userData
 * folder: File → Open recent lists them, and the last one opens again at start-up. A missing or
 * broken file is an empty list; nothing here ever stops the app.
 */

/** How many reports Open recent lists. */
export const RECENT_MAX = 8;

const libraryFile = z.object({
  recent: z.array(z.string().min(1).max(4096)).max(RECENT_MAX).default([]),
  /** The report open when the app last closed; absent for the bundled report. */
  last: z.string().min(1).max(4096).optional(),
});

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
  let state: z.infer<typeof libraryFile> = { recent: [] };
  try {
    const parsed = libraryFile.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (parsed.success) state = parsed.data;
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
