import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WriteError, writeFileAtomic, writeFilesAtomic } from '../../electron/services/files';

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fsp>();
  return { ...actual, rename: vi.fn(actual.rename), rm: vi.fn(actual.rm) };
});

let dir: string;
let actual: typeof fsp;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lvyuan-files-'));
  actual = await vi.importActual<typeof fsp>('node:fs/promises');
  vi.mocked(fsp.rename).mockImplementation(actual.rename);
  vi.mocked(fsp.rm).mockImplementation(actual.rm);
});

const failure = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });
afterEach(() => {
  vi.mocked(fsp.rename).mockReset();
  vi.mocked(fsp.rm).mockReset();
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

  it('keeps its temporary name within the 255-byte limit on a file name, whatever the name', async () => {
    // 240 and 254 bytes are valid names; ".<name>.<random>.tmp" beside them would not be.
    for (const name of [`${'a'.repeat(235)}.xlsx`, `${'統'.repeat(83)}.xlsx`, `${'😀'.repeat(62)}.xlsx`]) {
      expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
      await writeFileAtomic(join(dir, name), 'content');
      await writeFileAtomic(join(dir, name), 'replaced');
      expect(readFileSync(join(dir, name), 'utf8')).toBe('replaced');
    }
    expect(readdirSync(dir)).toHaveLength(3);
  });

  it('says plainly that a name is too long, without repeating all of it', async () => {
    const name = `${'b'.repeat(300)}.xlsx`;
    const error = await writeFileAtomic(join(dir, name), 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteError);
    expect((error as Error).message).toMatch(/^Cannot write "b{20,}…b+\.xlsx": the file name is too long \(305 bytes; at most 255\)\.$/u);
    expect((error as Error).message.length).toBeLessThan(200);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('names the file that stands where a folder should be (ENOTDIR), as a plain message', async () => {
    writeFileSync(join(dir, 'plain'), 'a file');
    for (const target of [join(dir, 'plain', 'x.xlsx'), join(dir, 'plain', 'sub', 'x.xlsx')]) {
      const error = await writeFileAtomic(target, 'x').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WriteError);
      expect((error as Error).message).toBe(`Cannot write "x.xlsx": "${join(dir, 'plain')}" is a file, not a folder.`);
    }
  });

  it('never lets a failed clean-up hide the real error', async () => {
    const target = join(dir, 'report.xlsx');
    writeFileSync(target, 'previous');
    vi.mocked(fsp.rename).mockRejectedValueOnce(failure('EBUSY'));
    vi.mocked(fsp.rm).mockRejectedValue(failure('EACCES'));
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow('"report.xlsx" is open in another program (Excel?).');
    await expect(writeFileAtomic(join(dir, 'missing', 'r.xlsx'), 'x')).rejects.toThrow(/the folder ".*missing" does not exist/u);
    expect(readFileSync(target, 'utf8')).toBe('previous');
  });
});

describe('two files written together (the workbook and its CSV)', () => {
  const pair = () => [
    { path: join(dir, 'r.xlsx'), data: 'new workbook' },
    { path: join(dir, 'r.csv'), data: 'new csv' },
  ];
  const old = () => {
    writeFileSync(join(dir, 'r.xlsx'), 'old workbook');
    writeFileSync(join(dir, 'r.csv'), 'old csv');
  };
  const contents = () => Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));

  it('replaces both, and leaves nothing else', async () => {
    old();
    await writeFilesAtomic(pair());
    expect(contents()).toEqual({ 'r.xlsx': 'new workbook', 'r.csv': 'new csv' });
  });

  it('leaves both old files when the second cannot be written (before anything is replaced)', async () => {
    old();
    const files = [pair()[0]!, { path: join(dir, 'missing', 'r.csv'), data: 'x' }];
    await expect(writeFilesAtomic(files)).rejects.toThrow(/the folder ".*missing" does not exist/u);
    expect(contents()).toEqual({ 'r.xlsx': 'old workbook', 'r.csv': 'old csv' });
  });

  it('puts the first back when the second cannot replace its old file (open in Excel)', async () => {
    old();
    vi.mocked(fsp.rename).mockImplementation((from, to) => (String(to).endsWith('r.csv') ? Promise.reject(failure('EBUSY')) : actual.rename(from, to)));
    await expect(writeFilesAtomic(pair())).rejects.toThrow('"r.csv" is open in another program (Excel?).');
    expect(contents()).toEqual({ 'r.xlsx': 'old workbook', 'r.csv': 'old csv' });
  });

  it('removes the first again when it is new and the second fails', async () => {
    writeFileSync(join(dir, 'r.csv'), 'old csv');
    vi.mocked(fsp.rename).mockImplementation((from, to) => (String(to).endsWith('r.csv') ? Promise.reject(failure('EBUSY')) : actual.rename(from, to)));
    await expect(writeFilesAtomic(pair())).rejects.toThrow(WriteError);
    expect(contents()).toEqual({ 'r.csv': 'old csv' });
  });

  it('leaves both when the first cannot be replaced', async () => {
    old();
    vi.mocked(fsp.rename).mockImplementation((from, to) => (String(to).endsWith('r.xlsx') ? Promise.reject(failure('EBUSY')) : actual.rename(from, to)));
    await expect(writeFilesAtomic(pair())).rejects.toThrow('"r.xlsx" is open in another program (Excel?).');
    expect(contents()).toEqual({ 'r.xlsx': 'old workbook', 'r.csv': 'old csv' });
  });

  it('says where the old first file is kept when even putting it back fails', async () => {
    old();
    // The CSV's rename fails, and so does every later rename onto the workbook: the restore.
    let xlsxRenames = 0;
    vi.mocked(fsp.rename).mockImplementation((from, to) => {
      if (String(to).endsWith('r.csv')) return Promise.reject(failure('EBUSY'));
      if (String(to).endsWith('r.xlsx') && (xlsxRenames += 1) > 1) return Promise.reject(failure('EBUSY'));
      return actual.rename(from, to);
    });
    const error = (await writeFilesAtomic(pair()).catch((e: unknown) => e)) as WriteError;
    expect(error).toBeInstanceOf(WriteError);
    const [, backup] = /its previous version is kept as "([^"]+)"\.$/u.exec(error.message) ?? [];
    expect(error.message).toMatch(
      /^"r\.csv" is open in another program \(Excel\?\)\. Close it and export again; the existing file was not changed\. "r\.xlsx" had already been replaced and could not be put back; its previous version is kept as ".+"\.$/u,
    );
    expect(backup && existsSync(join(dir, backup)) ? readFileSync(join(dir, backup), 'utf8') : undefined).toBe('old workbook');
    expect(readFileSync(join(dir, 'r.csv'), 'utf8')).toBe('old csv');
    expect(error.describe('zh-Hant')).toContain('「r.xlsx」已被取代且無法還原');
  });
});
