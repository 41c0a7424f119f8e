import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { clip } from '../common/excerpt';
import type { Lang } from '../common/i18n/languages';
import { t, type MessageKey } from '../common/i18n/messages';

export type WriteReason = 'busy' | 'denied' | 'readonly' | 'noFolder' | 'notFolder' | 'nameTooLong' | 'pathTooLong' | 'diskFull' | 'inTheWay' | 'other';

type WriteParams = { file: string; folder: string; detail: string; bytes: string };

/** A file already replaced that could not be put back, and the name its previous version is kept under. */
type NotRestored = { file: string; backup: string; path: string };

/**
 * A write that failed, with a message a user can act on; the old file, if any, is untouched (or,
 * when that could not be kept, `notRestored` says which file and where its old version is).
 * `message` is English (logs, the command line); `describe(lang)` says the same in the UI's language.
 */
export class WriteError extends Error {
  constructor(
    readonly reason: WriteReason,
    readonly params: WriteParams,
    readonly code: string | undefined,
    readonly notRestored?: NotRestored,
  ) {
    super('');
    this.name = 'WriteError';
    this.message = this.describe('en');
  }

  describe(lang: Lang): string {
    // A PDF is held open by a PDF reader, a workbook by Excel: the hint names the likely program.
    const key: MessageKey = this.reason === 'busy' && /\.pdf$/iu.test(this.params.file) ? 'write.busyPdf' : `write.${this.reason}`;
    const message = t(lang, key, this.params);
    return this.notRestored === undefined ? message : `${message} ${t(lang, 'write.notRestored', this.notRestored)}`;
  }
}

/** The longest file name (one path component) on ext4 and APFS: 255 bytes of UTF-8. NTFS counts 255 UTF-16 units, never fewer. */
const NAME_MAX = 255;

function reasonFor(code: string | undefined, stage: 'write' | 'replace'): WriteReason {
  switch (code) {
    case 'EBUSY':
    case 'EPERM':
      // Windows reports a file held open by Excel as EBUSY or EPERM on rename.
      return stage === 'replace' ? 'busy' : 'denied';
    case 'EACCES':
    case 'EROFS':
      return 'readonly';
    case 'ENOENT':
      return 'noFolder';
    case 'ENOTDIR':
      return 'notFolder';
    case 'ENAMETOOLONG':
      return 'nameTooLong';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'diskFull';
    case 'EISDIR':
      return 'inTheWay';
    default:
      return 'other';
  }
}

/** The nearest folder on the way to `folder` that exists: after ENOTDIR, it is the file that stands where a folder should be. */
async function existingAncestor(folder: string): Promise<string> {
  let current = folder;
  for (;;) {
    if (
      await stat(current).then(
        () => true,
        () => false,
      )
    )
      return current;
    const parent = dirname(current);
    if (parent === current) return current;
    current = parent;
  }
}

/**
 * A system error as a WriteError. Names and folders are cut short when long (a path can be 4 KB);
 * the system's own message, for the reasons without one of ours, loses the path it repeats.
 */
async function explain(error: unknown, target: string, stage: 'write' | 'replace'): Promise<WriteError> {
  if (error instanceof WriteError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  let reason = reasonFor(code, stage);
  let folder = dirname(target);
  if (reason === 'notFolder') folder = await existingAncestor(folder);
  const bytes = Buffer.byteLength(basename(target));
  if (reason === 'nameTooLong' && bytes <= NAME_MAX) reason = 'pathTooLong';
  const detail = clip(String((error as Error | undefined)?.message ?? error).replace(/, \w+ '.*'$/su, ''), 120);
  return new WriteError(reason, { file: clip(basename(target), 80), folder: clip(folder, 120), detail, bytes: String(bytes) }, code);
}

/** Removes a file if it is there. A failure here must never hide the failure being reported, so it is ignored. */
async function discard(path: string | undefined): Promise<void> {
  if (path !== undefined) await rm(path, { force: true }).catch(() => undefined);
}

/** `name` cut to at most `max` bytes of UTF-8, at a character boundary. */
function cutToBytes(name: string, max: number): string {
  let out = '';
  let used = 0;
  for (const ch of name) {
    const size = Buffer.byteLength(ch);
    if (used + size > max) break;
    out += ch;
    used += size;
  }
  return out;
}

/**
 * A hidden name beside `target` for a temporary file or a backup, `.<name>.<random>.<kind>`, with
 * the target's name cut so that the whole stays within NAME_MAX bytes: a valid 250-byte target
 * name must not make its temporary name invalid.
 */
function besideName(target: string, kind: 'tmp' | 'bak'): string {
  const tail = `.${randomBytes(6).toString('hex')}.${kind}`;
  return join(dirname(target), `.${cutToBytes(basename(target), NAME_MAX - 1 - tail.length)}${tail}`);
}

async function writeTemp(temp: string, data: Uint8Array | string): Promise<void> {
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * A second name for the file at `target`, so that it can be put back: a hard link (no copy: the
 * same file), else a copy where links are not supported (FAT, some network shares). Undefined
 * when there is no file at `target`, so nothing to keep.
 */
async function keepBackup(target: string): Promise<string | undefined> {
  const backup = besideName(target, 'bak');
  try {
    await link(target, backup);
    return backup;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
  }
  try {
    await copyFile(target, backup, constants.COPYFILE_EXCL);
    return backup;
  } catch (error) {
    await discard(backup);
    throw await explain(error, target, 'write');
  }
}

type Replaced = { target: string; backup: string | undefined };

/** Undoes the renames done so far, last first. Returns the file that could not be put back, if any. */
async function putBack(replaced: readonly Replaced[]): Promise<NotRestored | undefined> {
  for (const { target, backup } of [...replaced].reverse()) {
    // A file that was not there before is removed again; should that fail, no old content is lost.
    if (backup === undefined) {
      await discard(target);
      continue;
    }
    try {
      await rename(backup, target);
    } catch {
      return { file: clip(basename(target), 80), backup: clip(basename(backup), 120), path: backup };
    }
  }
  return undefined;
}

export type FileToWrite = { path: string; data: Uint8Array | string };

/**
 * Writes each file atomically, and all of them or none. First every temporary file, each in its
 * target's folder (so that a rename never crosses file systems), flushed to disk; only then the
 * renames over the targets. Before each rename but the last, the old target is kept under a
 * second name; when a later rename fails, the files already replaced are put back from it (or
 * removed, where there was none before). So a failure at any step leaves every old file as it
 * was, and no temporary file behind.
 *
 * What it cannot promise: a crash or power cut between two renames leaves the first file new, the
 * second old and the first's backup beside it; and should putting a file back fail as well, the
 * error says so and names the backup that holds its previous version.
 */
export async function writeFilesAtomic(files: readonly FileToWrite[]): Promise<void> {
  const temps = files.map((file) => besideName(file.path, 'tmp'));
  const replaced: Replaced[] = [];
  /** Backups that now hold the only copy of a previous version: named in the error, so never removed. */
  const kept = new Set<string>();
  try {
    for (const [i, file] of files.entries()) {
      try {
        await writeTemp(temps[i] ?? '', file.data);
      } catch (error) {
        throw await explain(error, file.path, 'write');
      }
    }
    for (const [i, file] of files.entries()) {
      let backup: string | undefined;
      try {
        backup = i < files.length - 1 ? await keepBackup(file.path) : undefined;
        await rename(temps[i] ?? '', file.path);
      } catch (error) {
        await discard(backup);
        const failure = await explain(error, file.path, 'replace');
        const notRestored = await putBack(replaced);
        if (notRestored === undefined) throw failure;
        kept.add(notRestored.path);
        throw new WriteError(failure.reason, failure.params, failure.code, notRestored);
      }
      replaced.push({ target: file.path, backup });
    }
  } finally {
    await Promise.all(temps.map(discard));
    await Promise.all(replaced.filter((r) => r.backup !== undefined && !kept.has(r.backup)).map((r) => discard(r.backup)));
  }
}

/** Writes `data` to `target` atomically (writeFilesAtomic with one file): on any failure the old file stays as it was. */
export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  await writeFilesAtomic([{ path: target, data }]);
}

/** An error's message in the UI's language where the app knows how to say it. */
export function describeError(error: unknown, lang: Lang): string {
  return error instanceof WriteError ? error.describe(lang) : (error as Error).message;
}
