import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A write that failed, with a message a user can act on. The old file, if any, is untouched. */
export class WriteError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'WriteError';
  }
}

function explain(error: unknown, target: string, stage: 'write' | 'replace'): WriteError {
  const code = (error as NodeJS.ErrnoException).code;
  const name = basename(target);
  const folder = dirname(target);
  switch (code) {
    case 'EBUSY':
    case 'EPERM':
      // Windows reports a file held open by Excel as EBUSY or EPERM on rename.
      return stage === 'replace'
        ? new WriteError(`"${name}" is open in another program (Excel?). Close it and export again; the existing file was not changed.`, code)
        : new WriteError(`Cannot write in "${folder}": permission denied.`, code);
    case 'EACCES':
    case 'EROFS':
      return new WriteError(`Cannot write in "${folder}": the folder is read-only or you lack permission. Choose another folder.`, code);
    case 'ENOENT':
    case 'ENOTDIR':
      return new WriteError(`Cannot write "${name}": the folder "${folder}" does not exist.`, code);
    case 'ENOSPC':
      return new WriteError(`Cannot write "${name}": the disk is full.`, code);
    case 'EISDIR':
      return new WriteError(`Cannot write "${name}": a folder of that name is in the way.`, code);
    default:
      return new WriteError(`Cannot write "${name}": ${(error as Error).message}`, code);
  }
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
