import { readFile } from 'node:fs/promises';
import { parseKioskSettings, type KioskSettings } from '../common/kiosk/settings';

export type KioskSettingsLoad = { ok: true; settings: KioskSettings; source: string } | { ok: false; message: string };

/** Settings given on the command line, already named as in kiosk.json (intervalSeconds, display…). */
export type KioskOverrides = Partial<Record<keyof KioskSettings, unknown>>;

async function readSettingsFile(path: string): Promise<{ ok: true; raw: unknown } | { ok: false; message: string } | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined; // no file: every default applies
    return { ok: false, message: `${path}: cannot be read (${code ?? (error as Error).message})` };
  }
  // Windows Notepad may save with a byte-order mark, which JSON.parse refuses (dataset.ts drops it too).
  const json = text.replace(/^\uFEFF/u, '');
  try {
    return { ok: true, raw: JSON.parse(json) as unknown };
  } catch (error) {
    const place = jsonErrorPlace(error, json);
    return { ok: false, message: `${path}: is not valid JSON${place ? ` (${place})` : ''}` };
  }
}

/**
 * Where JSON.parse stopped, as "line L, column C", or undefined when it does not say. V8's message
 * is never passed on: it quotes the text around the fault, which in kiosk.json can be the PIN.
 * Node 20 says "at position N" (later V8 adds line and column); the end of the input is a place too.
 */
function jsonErrorPlace(error: unknown, text: string): string | undefined {
  const message = error instanceof Error ? error.message : '';
  const at = /\bat position (\d+)/u.exec(message);
  const position = at ? Number(at[1]) : /^Unexpected end of JSON input/u.test(message) ? text.length : undefined;
  if (position === undefined || position > text.length) return undefined;
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - (before.lastIndexOf('\n') + 1) + 1;
  return `line ${line}, column ${column}`;
}

/**
 * kiosk.json (if present), validated, then the command-line overrides on top, validated again so
 * that a bad --interval is named as coming from the command line, not from the file.
 */
export async function loadKioskSettings(path: string | undefined, overrides: KioskOverrides = {}): Promise<KioskSettingsLoad> {
  const file = path === undefined ? undefined : await readSettingsFile(path);
  if (file && !file.ok) return file;
  const fromFile = parseKioskSettings(file?.raw ?? {}, path ?? 'kiosk settings');
  if (!fromFile.ok) return fromFile;
  const given = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  if (Object.keys(given).length === 0) return { ok: true, settings: fromFile.settings, source: file ? (path ?? '') : 'defaults' };
  // Re-validated from the file's raw values plus the overrides, so defaults are applied once.
  const merged = parseKioskSettings({ ...(typeof file?.raw === 'object' && file.raw !== null ? file.raw : {}), ...given }, 'command line');
  if (!merged.ok) return merged;
  return { ok: true, settings: merged.settings, source: file ? `${path ?? ''} + command line` : 'command line' };
}

