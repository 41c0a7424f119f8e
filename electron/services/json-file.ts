import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { excerpt } from '../common/excerpt';

/**
 * A JSON file read and parsed, or why not, in words that quote nothing of the file's content
 * except, for a syntax error, the one character where parsing stopped (`found`).
 * - read: the file could not be read, or is not one to read (`code` is the system's error code, if any);
 * - decode: the bytes are not UTF-8 text;
 * - parse: the text is not JSON; `place` is "line L, column C".
 */
export type JsonFile =
  | { ok: true; raw: unknown }
  | { ok: false; stage: 'read'; code: string | undefined; problem: string }
  | { ok: false; stage: 'decode'; problem: string }
  | { ok: false; stage: 'parse'; place: string; found: string };

/** "70 KB", "1.5 MB": a file's size as a message says it. */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
}

const READ_PROBLEMS: Readonly<Record<string, string>> = {
  ENOENT: 'the file does not exist',
  ENOTDIR: 'a folder on its path is a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder, not a file',
  ELOOP: 'its path loops through symbolic links',
  ENAMETOOLONG: 'its path is too long',
};

/**
 * Opens `path` for reading without waiting on it: a named pipe (FIFO) opened the plain way blocks
 * until something writes to it, which for a dataset or kiosk.json is forever. O_NONBLOCK makes the
 * open return at once (it changes nothing for a regular file's reads); fstat on the open handle,
 * not a stat of the path before, then tells what it is, so nothing can be swapped in between.
 * Windows has no O_NONBLOCK and no FIFOs on disk.
 */
async function openRegularFile(path: string, maxBytes: number): Promise<{ handle: FileHandle } | { code: string | undefined; problem: string }> {
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | ((constants as Partial<typeof constants>).O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { code, problem: (code && READ_PROBLEMS[code]) ?? `the system says ${code ?? 'it cannot'}` };
  }
  const info = await handle.stat().catch(() => undefined);
  const kind =
    info === undefined
      ? 'something that cannot be examined'
      : info.isFile()
        ? undefined
        : info.isDirectory()
          ? 'folder'
          : info.isFIFO()
            ? 'named pipe (FIFO)'
            : info.isSocket()
              ? 'socket'
              : info.isCharacterDevice() || info.isBlockDevice()
                ? 'device'
                : 'special file';
  let problem: string | undefined;
  if (kind === 'folder') problem = 'it is a folder, not a file';
  else if (kind !== undefined) problem = `it is a ${kind}, not a regular file`;
  else if (info !== undefined && info.size > maxBytes) problem = `it is ${formatSize(info.size)}, more than the ${formatSize(maxBytes)} such a file may be`;
  if (problem === undefined) return { handle };
  await handle.close().catch(() => undefined);
  return { code: kind === 'folder' ? 'EISDIR' : undefined, problem };
}

/** Reads at most maxBytes + 1 bytes: a file that grows while read, or that says it is smaller than it is, cannot take more. */
async function readCapped(handle: FileHandle, maxBytes: number): Promise<Buffer> {
  const buffer = Buffer.alloc(maxBytes + 1);
  let length = 0;
  for (;;) {
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
    if (bytesRead === 0) break;
    length += bytesRead;
    if (length > maxBytes) break;
  }
  return buffer.subarray(0, length);
}

/**
 * Where the first ill-formed UTF-8 sequence starts (Unicode's table 3-7: no overlong forms, no
 * surrogates, nothing above U+10FFFF, no sequence cut short), or -1 when every byte is well formed.
 */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b === 0xe0) [need, low] = [2, 0xa0];
    else if (b === 0xed) [need, high] = [2, 0x9f];
    else if (b >= 0xe1 && b <= 0xef) need = 2;
    else if (b === 0xf0) [need, low] = [3, 0x90];
    else if (b === 0xf4) [need, high] = [3, 0x8f];
    else if (b >= 0xf1 && b <= 0xf3) need = 3;
    else return i;
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * The bytes as text, BOM dropped (as Windows Notepad saves it; JSON.parse refuses it). A fatal
 * decoder refuses bytes that are not UTF-8 instead of showing them as U+FFFD (����); the message then
 * names the byte, its offset (from 0, as a hex editor counts) and its line.
 */
function decodeUtf8(bytes: Buffer): { ok: true; text: string } | { ok: false; problem: string } {
  const line = (offset: number) => {
    let n = 1;
    for (let i = 0; i < offset; i += 1) if (bytes[i] === 0x0a) n += 1;
    return n;
  };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, problem: 'is UTF-16 text, not UTF-8; save the file as UTF-8' };
  }
  // NUL is UTF-8, but never in JSON text: most likely UTF-16 without its byte-order mark.
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, problem: `is not UTF-8 text (a NUL byte at offset ${nul}, line ${line(nul)}: UTF-16?); save the file as UTF-8` };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const offset = Math.max(0, invalidUtf8Offset(bytes));
    const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return { ok: false, problem: `is not valid UTF-8 (byte 0x${byte} at offset ${offset}, line ${line(offset)}); save the file as UTF-8` };
  }
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX = /^[0-9a-fA-F]{4}$/u;

/**
 * Where `text` stops being JSON (RFC 8259): the offset of the first character that cannot be
 * there, text.length when it ends too early, or undefined when it is JSON. Iterative, so that deep
 * nesting cannot overflow the stack. Only asked after JSON.parse failed: V8's messages say where on
 * some Node versions and not on others, and quote the text around the fault.
 */
export function jsonErrorOffset(text: string): number | undefined {
  const n = text.length;
  const stack: string[] = [];
  let i = 0;
  const skip = () => {
    while (i < n && WHITESPACE.has(text[i] ?? '')) i += 1;
  };
  const string = (): boolean => {
    i += 1; // the opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i += 1;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === undefined) return false;
        if (e === 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (!HEX.test(hex)) {
            i += 2;
            while (i < n && /[0-9a-fA-F]/u.test(text[i] ?? '')) i += 1;
            return false;
          }
          i += 6;
        } else if (ESCAPES.has(e)) i += 2;
        else {
          i += 1;
          return false;
        }
      } else i += 1;
    }
    return false;
  };
  const digits = (): boolean => {
    const start = i;
    while (i < n && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i += 1;
    return i > start;
  };
  const number = (): boolean => {
    if (text[i] === '-') i += 1;
    if (text[i] === '0') i += 1;
    else if (!digits()) return false;
    if (text[i] === '.') {
      i += 1;
      if (!digits()) return false;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i += 1;
      if (text[i] === '+' || text[i] === '-') i += 1;
      if (!digits()) return false;
    }
    return true;
  };
  const literal = (word: string): boolean => {
    for (const ch of word) {
      if (text[i] !== ch) return false;
      i += 1;
    }
    return true;
  };
  let expect: 'value' | 'key' | 'after' = 'value';
  for (;;) {
    skip();
    if (expect === 'key') {
      if (text[i] !== '"' || !string()) return i;
      skip();
      if (text[i] !== ':') return i;
      i += 1;
      expect = 'value';
      continue;
    }
    if (expect === 'value') {
      const c = text[i];
      if (c === '{' || c === '[') {
        stack.push(c);
        i += 1;
        skip();
        if (text[i] === (c === '{' ? '}' : ']')) {
          stack.pop();
          i += 1;
          expect = 'after';
        } else expect = c === '{' ? 'key' : 'value';
        continue;
      }
      const ok =
        c === '"'
          ? string()
          : c === '-' || (c !== undefined && c >= '0' && c <= '9')
            ? number()
            : c === 't'
              ? literal('true')
              : c === 'f'
                ? literal('false')
                : c === 'n'
                  ? literal('null')
                  : false;
      if (!ok) return i;
      expect = 'after';
      continue;
    }
    const top = stack.at(-1);
    if (top === undefined) return i < n ? i : undefined;
    const c = text[i];
    if (c === ',') {
      i += 1;
      expect = top === '{' ? 'key' : 'value';
    } else if (c === (top === '{' ? '}' : ']')) {
      stack.pop();
      i += 1;
    } else return i;
  }
}

/** "line L, column C" of an offset, columns counted in characters (a CJK character is one). */
function placeOf(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = Array.from(before.slice(before.lastIndexOf('\n') + 1)).length + 1;
  return `line ${line}, column ${column}`;
}

/**
 * Reads and parses a UTF-8 JSON file; never throws, never waits on a pipe, never reads more than
 * `maxBytes`. Only a regular file is read (not a folder, a named pipe, a device or a socket).
 */
/** A file's bytes, at most maxBytes of them, or why they could not be read. */
export type FileBytes = { ok: true; bytes: Buffer } | { ok: false; stage: 'read'; code: string | undefined; problem: string };

/** Reads a regular file of at most maxBytes (refusing a folder, a pipe, a device or a bigger file), without blocking on it. */
export async function readFileCapped(path: string, maxBytes: number): Promise<FileBytes> {
  const opened = await openRegularFile(path, maxBytes);
  if (!('handle' in opened)) return { ok: false, stage: 'read', ...opened };
  let bytes: Buffer;
  try {
    bytes = await readCapped(opened.handle, maxBytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, stage: 'read', code, problem: (code && READ_PROBLEMS[code]) ?? `the system says ${code ?? 'it cannot'}` };
  } finally {
    await opened.handle.close().catch(() => undefined);
  }
  if (bytes.length > maxBytes) return { ok: false, stage: 'read', code: undefined, problem: `it is more than the ${formatSize(maxBytes)} such a file may be` };
  return { ok: true, bytes };
}

/** Bytes as JSON: UTF-8 text (a BOM dropped), parsed, or where and why not. */
export function parseJsonBytes(bytes: Buffer): JsonFile {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { ok: false, stage: 'decode', problem: decoded.problem };
  try {
    return { ok: true, raw: JSON.parse(decoded.text) as unknown };
  } catch {
    const offset = jsonErrorOffset(decoded.text) ?? decoded.text.length;
    const ch = decoded.text.codePointAt(offset);
    const found = ch === undefined ? 'the file ends too early' : `unexpected ${excerpt(String.fromCodePoint(ch))}`;
    return { ok: false, stage: 'parse', place: placeOf(decoded.text, offset), found };
  }
}

export async function readJsonFile(path: string, maxBytes: number): Promise<JsonFile> {
  const read = await readFileCapped(path, maxBytes);
  return read.ok ? parseJsonBytes(read.bytes) : read;
}
