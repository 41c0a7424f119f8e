import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Lang } from '../common/i18n/languages';
import { t } from '../common/i18n/messages';

export type WriteReason = 'busy' | 'denied' | 'readonly' | 'noFolder' | 'diskFull' | 'inTheWay' | 'other';

/**
 * A write that failed, with a message a user can act on; the old file, if any, is untouched.
 * `message` is English (logs, the command line); `describe(lang)` says the same in the UI's language.
 */
export class WriteError extends Error {
  constructor(
    readonly reason: WriteReason,
    readonly params: { file: string; folder: string; detail: string },
    readonly code: string | undefined,
  ) {
    super(t('en', `write.${reason}`, params));
    this.name = 'WriteError';
  }

  describe(lang: Lang): string {
    return t(lang, `write.${this.reason}`, this.params);
  }
}

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
    case 'ENOTDIR':
      return 'noFolder';
    case 'ENOSPC':
      return 'diskFull';
    case 'EISDIR':
      return 'inTheWay';
    default:
      return 'other';
  }
}

function explain(error: unknown, target: string, stage: 'write' | 'replace'): WriteError {
  const code = (error as NodeJS.ErrnoException).code;
  return new WriteError(reasonFor(code, stage), { file: basename(target), folder: dirname(target), detail: (error as Error).message }, code);
}

/** An error's message in the UI's language where the app knows how to say it. */
export function describeError(error: unknown, lang: Lang): string {
  return error instanceof WriteError ? error.describe(lang) : (error as Error).message;
}

/**
 * Writes `data` to `target` atomically: first a temporary file in the same folder (so the rename
 * never crosses file systems), flushed to disk, then renamed over the target. A failure at any
 * step removes the temporary file and leaves the previous target exactly as it was.
 */
export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await rm(temp, { force: true });
    throw explain(error, target, 'write');
  }
  try {
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw explain(error, target, 'replace');
  }
}
