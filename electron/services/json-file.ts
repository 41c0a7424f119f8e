import { readFile } from 'node:fs/promises';

/** A JSON file read and parsed, or why not: its read error code, or where parsing stopped. */
export type JsonFile =
  | { ok: true; raw: unknown }
  | { ok: false; stage: 'read'; code: string | undefined; detail: string }
  | { ok: false; stage: 'parse'; place: string | undefined; detail: string };

/**
 * Where JSON.parse stopped, as "line L, column C", or undefined when it does not say. Node 20 says
 * "at position N" (later V8 adds line and column); the end of the input is a place too.
 */
function jsonErrorPlace(message: string, text: string): string | undefined {
  const at = /\bat position (\d+)/u.exec(message);
  const position = at ? Number(at[1]) : /^Unexpected end of JSON input/u.test(message) ? text.length : undefined;
  if (position === undefined || position > text.length) return undefined;
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - (before.lastIndexOf('\n') + 1) + 1;
  return `line ${line}, column ${column}`;
}

/**
 * Reads and parses a UTF-8 JSON file; never throws. A byte-order mark, as Windows Notepad saves,
 * is dropped first, since JSON.parse refuses it. `detail` is V8's own message: it quotes the text
 * near a fault, so a caller whose file may hold a secret reports `place` instead.
 */
export async function readJsonFile(path: string): Promise<JsonFile> {
  let text: string;
  try {
    text = (await readFile(path, 'utf8')).replace(/^\uFEFF/u, '');
  } catch (error) {
    return { ok: false, stage: 'read', code: (error as NodeJS.ErrnoException).code, detail: (error as Error).message };
  }
  try {
    return { ok: true, raw: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = (error as Error).message;
    return { ok: false, stage: 'parse', place: jsonErrorPlace(detail, text), detail };
  }
}
