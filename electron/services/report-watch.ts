import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Dataset } from '../common/dataset';
import type { Lang } from '../common/i18n/languages';
import { t } from '../common/i18n/messages';
import { loadDataset } from './dataset';

/**
 * A report file a kiosk follows (kiosk.json's `dataset`, on a shared drive, say): read again when it
 * changes, by polling its size, time and inode. Polling, not file events: an atomic replace
 * (rename over) and Excel's save (write a temporary file, rename, delete) change the file's identity,
 * and network drives send no events at all. A change is read once the file has stood still for one
 * poll, so that a file still being written is not read half way. A file that does not load keeps the
 * last good report on screen, with a one-line operator notice naming the file and why; the next good
 * save clears it.
 */

export type WatchState = {
  /** The last good report; undefined until one has loaded. */
  dataset: Dataset | undefined;
  file: string;
  /** Counts the good loads: the show starts again from a new report when it changes. */
  revision: number;
  /** Why the file on disk is not the report shown, where it is not. */
  notice?: string;
};

export type ReportWatch = {
  /** The state once the first read is done. */
  ready: Promise<void>;
  current: () => WatchState;
  /** Reads the file again now if it changed (the poll's step; tests and the soak call it directly). */
  check: () => Promise<void>;
  stop: () => void;
};

export type WatchOptions = {
  /** Milliseconds between polls: 1 s by default, LVYUAN_WATCH_MS for the soak. */
  intervalMs?: number;
  messages?: Lang;
  log?: (line: string) => void;
};

async function stampOf(path: string): Promise<string> {
  const info = await stat(path).catch(() => undefined);
  return info ? `${info.ino}:${info.size}:${info.mtimeMs}` : 'missing';
}

export function watchReport(path: string, options: WatchOptions = {}): ReportWatch {
  const messages = options.messages ?? 'zh-Hant';
  const file = basename(path);
  const state: WatchState = { dataset: undefined, file, revision: 0 };
  // The stamp of the file as last read, and of the change waiting to stand still.
  let read = '';
  let seen = '';
  let busy = false;

  async function load(stamp: string): Promise<void> {
    read = stamp;
    const result = await loadDataset(path, { messages, now: new Date() });
    if (result.ok) {
      state.dataset = result.dataset;
      state.revision += 1;
      delete state.notice;
      options.log?.(`[kiosk] ${file}: report read (revision ${state.revision})`);
      return;
    }
    // The last good report stays; the operator is told why the file is not it.
    state.notice = t(messages, 'kiosk.reportKept', { reason: result.message.split('\n')[0] ?? '' });
    options.log?.(`[kiosk] ${state.notice}`);
  }

  async function check(): Promise<void> {
    if (busy) return;
    busy = true;
    try {
      const stamp = await stampOf(path);
      if (stamp === read) {
        seen = stamp;
        return;
      }
      // Read once it stood still for a poll: a file being written changes again in between.
      if (stamp !== seen) {
        seen = stamp;
        return;
      }
      await load(stamp);
    } finally {
      busy = false;
    }
  }

  const ready = stampOf(path).then((stamp) => {
    seen = stamp;
    return load(stamp);
  });
  const timer = setInterval(() => void check(), options.intervalMs ?? 1000);
  timer.unref();
  return { ready, current: () => state, check, stop: () => clearInterval(timer) };
}
