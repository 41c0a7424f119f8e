import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogFile, LOG_FILES, LOG_MAX_BYTES } from '../../electron/services/log-file';

/** The main process's rotating log (services/log-file.ts), on real files in a temporary folder. */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lvyuan-log-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let folders = 0;
/** A fresh logs folder, not created yet: the log makes it. */
const logsFolder = () => join(dir, `userData-${++folders}`, 'logs');
const at = new Date('2026-01-02T03:04:05.678Z');
const now = () => at;
/** Each line is this long with its time stamp and newline: 25 + 10 + 1. */
const line = (n: number) => `line ${String(n).padStart(5, '0')}`;
const LINE_BYTES = `${at.toISOString()} ${line(0)}\n`.length;

describe('the log file', () => {
  it('rotates at about 1 MB, keeping 3 files, by default', () => {
    expect(LOG_MAX_BYTES).toBe(1024 * 1024);
    expect(LOG_FILES).toBe(3);
  });

  it('makes its folder and writes time-stamped lines, one per entry', () => {
    const path = join(logsFolder(), 'main.log');
    const log = createLogFile({ path, now });
    log.write('[kiosk] renderer gone (crashed), reload 1 of 3 in 5 min');
    log.write('first\nsecond');
    expect(readFileSync(path, 'utf8')).toBe(
      '2026-01-02T03:04:05.678Z [kiosk] renderer gone (crashed), reload 1 of 3 in 5 min\n2026-01-02T03:04:05.678Z first | second\n',
    );
  });

  it('appends to the file an earlier run left, counting its size', () => {
    const folder = logsFolder();
    mkdirSync(folder, { recursive: true });
    const path = join(folder, 'main.log');
    writeFileSync(path, 'x'.repeat(3 * LINE_BYTES));
    const log = createLogFile({ path, now, maxBytes: 4 * LINE_BYTES });
    log.write(line(1));
    expect(readFileSync(path, 'utf8')).toBe(`${'x'.repeat(3 * LINE_BYTES)}${at.toISOString()} ${line(1)}\n`);
    log.write(line(2));
    expect(readFileSync(`${path}.1`, 'utf8')).toContain(line(1));
    expect(readFileSync(path, 'utf8')).toBe(`${at.toISOString()} ${line(2)}\n`);
  });

  it('moves the file aside before a line would take it past the limit, and keeps the newest 3 files', () => {
    const folder = logsFolder();
    const path = join(folder, 'main.log');
    const log = createLogFile({ path, now, maxBytes: 4 * LINE_BYTES, files: 3 });
    for (let n = 1; n <= 14; n += 1) log.write(line(n));
    expect(readdirSync(folder).sort()).toEqual(['main.log', 'main.log.1', 'main.log.2']);
    const lines = (file: string) =>
      readFileSync(join(folder, file), 'utf8')
        .trim()
        .split('\n')
        .map((l) => l.slice(25));
    // 4 lines per file, the newest in main.log: lines 1 and 2 are gone with the oldest file.
    expect(lines('main.log')).toEqual([line(13), line(14)]);
    expect(lines('main.log.1')).toEqual([line(9), line(10), line(11), line(12)]);
    expect(lines('main.log.2')).toEqual([line(5), line(6), line(7), line(8)]);
    for (const file of readdirSync(folder)) expect(readFileSync(join(folder, file)).length).toBeLessThanOrEqual(4 * LINE_BYTES);
  });

  it('writes a line longer than the limit to a file of its own', () => {
    const folder = logsFolder();
    const path = join(folder, 'main.log');
    const log = createLogFile({ path, now, maxBytes: 100 });
    log.write('short');
    log.write('y'.repeat(300));
    log.write('after');
    expect(readFileSync(`${path}.2`, 'utf8')).toContain('short');
    expect(readFileSync(`${path}.1`, 'utf8')).toContain('y'.repeat(300));
    expect(readFileSync(path, 'utf8')).toContain('after');
  });

  it('keeps one file when asked to keep one', () => {
    const folder = logsFolder();
    const path = join(folder, 'main.log');
    const log = createLogFile({ path, now, maxBytes: 2 * LINE_BYTES, files: 1 });
    for (let n = 1; n <= 5; n += 1) log.write(line(n));
    expect(readdirSync(folder)).toEqual(['main.log']);
    expect(readFileSync(path, 'utf8')).toBe(`${at.toISOString()} ${line(5)}\n`);
  });
});

describe('a log file that cannot be written', () => {
  it('never throws into the app, and says so once until a write succeeds again', () => {
    const folder = logsFolder();
    // The logs folder's place is taken by a file: every write fails (ENOTDIR / EEXIST).
    mkdirSync(join(folder, '..'), { recursive: true });
    writeFileSync(folder, 'not a folder');
    const onError = vi.fn();
    const log = createLogFile({ path: join(folder, 'main.log'), now, onError });
    expect(() => {
      log.write('one');
      log.write('two');
      log.write('three');
    }).not.toThrow();
    expect(onError).toHaveBeenCalledOnce();
    expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(Error);
    // The folder comes back: the log carries on, and a later failure is said again.
    rmSync(folder);
    log.write('four');
    expect(readFileSync(join(folder, 'main.log'), 'utf8')).toBe(`${at.toISOString()} four\n`);
    rmSync(folder, { recursive: true });
    writeFileSync(folder, 'not a folder');
    log.write('five');
    expect(onError).toHaveBeenCalledTimes(2);
  });

  it('keeps writing to the current file when it cannot be moved aside, and survives a reporter that throws', () => {
    const folder = logsFolder();
    const path = join(folder, 'main.log');
    mkdirSync(folder, { recursive: true });
    // main.log.1 is a folder that is not empty: moving main.log onto it fails.
    mkdirSync(join(folder, 'main.log.1', 'x'), { recursive: true });
    mkdirSync(join(folder, 'main.log.2', 'x'), { recursive: true });
    const onError = vi.fn(() => {
      throw new Error('stderr is gone too');
    });
    const log = createLogFile({ path, now, maxBytes: 2 * LINE_BYTES, onError });
    expect(() => {
      for (let n = 1; n <= 5; n += 1) log.write(line(n));
    }).not.toThrow();
    // No line is lost; the failure is said once, not once per line.
    expect(readFileSync(path, 'utf8').trim().split('\n')).toHaveLength(5);
    expect(onError).toHaveBeenCalledOnce();
    // Once the way is clear, rotation resumes.
    rmSync(join(folder, 'main.log.1'), { recursive: true });
    rmSync(join(folder, 'main.log.2'), { recursive: true });
    log.write(line(6));
    expect(readFileSync(`${path}.1`, 'utf8').trim().split('\n')).toHaveLength(5);
    expect(readFileSync(path, 'utf8')).toBe(`${at.toISOString()} ${line(6)}\n`);
  });
});
