import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WriteError, writeFileAtomic } from '../../electron/services/files';

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fsp>();
  return { ...actual, rename: vi.fn(actual.rename) };
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lvyuan-files-'));
});
afterEach(() => {
  vi.mocked(fsp.rename).mockClear();
  rmSync(dir, { recursive: true, force: true });
});

describe('atomic write', () => {
  it('writes a new file and replaces an old one', async () => {
    const target = join(dir, 'report.xlsx');
    await writeFileAtomic(target, 'first');
    await writeFileAtomic(target, 'second');
    expect(readFileSync(target, 'utf8')).toBe('second');
    expect(readdirSync(dir)).toEqual(['report.xlsx']);
  });

  it('leaves the old file intact and no temp file when the file is open in Excel', async () => {
    const target = join(dir, 'report.xlsx');
    writeFileSync(target, 'previous');
    const busy = Object.assign(new Error('resource busy or locked'), { code: 'EBUSY' });
    vi.mocked(fsp.rename).mockRejectedValueOnce(busy);
    const failure = writeFileAtomic(target, 'new content');
    await expect(failure).rejects.toBeInstanceOf(WriteError);
    await expect(failure).rejects.toThrow('"report.xlsx" is open in another program (Excel?). Close it and export again; the existing file was not changed.');
    expect(readFileSync(target, 'utf8')).toBe('previous');
    expect(readdirSync(dir)).toEqual(['report.xlsx']);
  });

  it('names a folder that does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'r.xlsx'), 'x')).rejects.toThrow(/the folder ".*missing" does not exist/u);
  });

  it('explains a read-only folder', async () => {
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    // root ignores folder permissions; simulate the refusal there, as a read-only mount would give it.
    const spy = process.getuid?.() === 0 ? vi.spyOn(fsp, 'open').mockRejectedValueOnce(Object.assign(new Error('read-only'), { code: 'EROFS' })) : undefined;
    await expect(writeFileAtomic(join(locked, 'r.xlsx'), 'x')).rejects.toThrow(/the folder is read-only or you lack permission/u);
    expect(readdirSync(locked)).toEqual([]);
    spy?.mockRestore();
  });
});
