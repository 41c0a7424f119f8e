import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/** main.log is moved aside once the next line would take it past this. */
export const LOG_MAX_BYTES = 1024 * 1024;
/** Files kept, the current one included: main.log, main.log.1 (the one before), main.log.2. */
export const LOG_FILES = 3;

export type LogFileOptions = {
  /** The current file, e.g. <userData>/logs/main.log; older ones are <path>.1, <path>.2 … */
  path: string;
  maxBytes?: number;
  files?: number;
  /** Each line starts with this time (ISO 8601, UTC). */
  now?: () => Date;
  /**
   * Told when the file cannot be written (a full disk, a read-only folder), once until a write
   * succeeds again: the log must never take the app down, nor flood stderr.
   */
  onError?: (error: unknown) => void;
};

export type LogFile = {
  /** Appends one line, time-stamped; never throws. */
  write: (line: string) => void;
};

/**
 * A log file that rotates by size: synchronous appends (the main process logs a few lines an hour,
 * and a line written just before a crash must be on disk), at most `files` files of about
 * `maxBytes` each. Plain Node, so that rotation and failure are tested without Electron.
 */
export function createLogFile(options: LogFileOptions): LogFile {
  const maxBytes = options.maxBytes ?? LOG_MAX_BYTES;
  const files = Math.max(1, options.files ?? LOG_FILES);
  const now = options.now ?? (() => new Date());
  /** The current file's size as this process knows it; read from disk on the first write. */
  let size: number | undefined;
  /** Said once until it works again: a failing disk must not flood stderr. */
  const failing = { write: false, rotate: false };

  function report(what: keyof typeof failing, error: unknown): void {
    if (failing[what]) return;
    failing[what] = true;
    try {
      options.onError?.(error);
    } catch {
      // A reporter that fails is no reason to fail either.
    }
  }

  const older = (n: number) => `${options.path}.${n}`;

  function rotate(): void {
    // The oldest goes, each other moves up one: main.log.1 → main.log.2, main.log → main.log.1.
    rmSync(older(files - 1), { force: true });
    for (let n = files - 2; n >= 1; n -= 1) {
      try {
        renameSync(older(n), older(n + 1));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    if (files > 1) renameSync(options.path, older(1));
    else rmSync(options.path, { force: true });
  }

  const currentSize = () => statSync(options.path, { throwIfNoEntry: false })?.size ?? 0;

  return {
    write(line) {
      try {
        const text = `${now().toISOString()} ${line.replace(/\r?\n/gu, ' | ')}\n`;
        const bytes = Buffer.byteLength(text);
        if (size === undefined) {
          mkdirSync(dirname(options.path), { recursive: true });
          size = currentSize();
        }
        // A line longer than maxBytes still gets written, to a file of its own.
        if (size > 0 && size + bytes > maxBytes) {
          try {
            rotate();
            failing.rotate = false;
          } catch (error) {
            // A file held open elsewhere (Windows), a folder in the way: the line still goes into
            // the current file, longer than planned, rather than nowhere.
            report('rotate', error);
          }
          size = currentSize();
        }
        appendFileSync(options.path, text);
        size += bytes;
        failing.write = false;
      } catch (error) {
        // Read the size again next time: the failure may have left the files in any state.
        size = undefined;
        report('write', error);
      }
    },
  };
}
