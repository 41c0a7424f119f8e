import { parseKioskSettings, type KioskSettings } from '../common/kiosk/settings';
import { readJsonFile } from './json-file';

export type KioskSettingsLoad = { ok: true; settings: KioskSettings; source: string } | { ok: false; message: string };

/** Settings given on the command line, already named as in kiosk.json (intervalSeconds, display…). */
export type KioskOverrides = Partial<Record<keyof KioskSettings, unknown>>;

async function readSettingsFile(path: string): Promise<{ ok: true; raw: unknown } | { ok: false; message: string } | undefined> {
  const file = await readJsonFile(path);
  if (file.ok) return file;
  if (file.stage === 'read') {
    if (file.code === 'ENOENT') return undefined; // no file: every default applies
    return { ok: false, message: `${path}: cannot be read (${file.code ?? file.detail})` };
  }
  // V8's message is never passed on: it quotes the text around the fault, which can be the PIN.
  return { ok: false, message: `${path}: is not valid JSON${file.place ? ` (${file.place})` : ''}` };
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

