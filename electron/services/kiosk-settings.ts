import { clip } from '../common/excerpt';
import { parseKioskSettings, type KioskSettings, type PlaylistCharts } from '../common/kiosk/settings';
import { readJsonFile } from './json-file';

export type KioskSettingsLoad = { ok: true; settings: KioskSettings; source: string } | { ok: false; message: string };

/** Settings given on the command line, already named as in kiosk.json (intervalSeconds, display…). */
export type KioskOverrides = Partial<Record<keyof KioskSettings, unknown>>;

/**
 * The largest kiosk.json read: 64 KB. The file with every setting is under 400 bytes, and 64 KB
 * holds any list of slides many times over; a bigger file is not a settings file.
 */
export const KIOSK_SETTINGS_MAX_BYTES = 64 * 1024;

/** kiosk.json's parsed content; undefined when there is no file (every default applies). */
async function readSettingsFile(path: string): Promise<{ ok: true; raw: unknown } | { ok: false; message: string } | undefined> {
  const file = await readJsonFile(path, KIOSK_SETTINGS_MAX_BYTES);
  const where = clip(path, 120);
  if (file.ok) return file;
  if (file.stage === 'read') {
    if (file.code === 'ENOENT') return undefined;
    return { ok: false, message: `${where}: cannot be read (${file.problem})` };
  }
  if (file.stage === 'decode') return { ok: false, message: `${where}: ${file.problem}` };
  // Where, never what: the text around a fault can be the PIN.
  return { ok: false, message: `${where}: is not valid JSON (${file.place})` };
}

/**
 * kiosk.json (if present), validated (its slides against `charts`, the report's, where given), then the command-line overrides on top, validated again so
 * that a bad --interval is named as coming from the command line, not from the file.
 */
export async function loadKioskSettings(path: string | undefined, overrides: KioskOverrides = {}, charts?: PlaylistCharts): Promise<KioskSettingsLoad> {
  const file = path === undefined ? undefined : await readSettingsFile(path);
  if (file && !file.ok) return file;
  // A file that holds null (or a list, a number…) is refused, not taken for an empty one.
  const fromFile = parseKioskSettings(file === undefined ? {} : file.raw, path ?? 'kiosk settings', charts);
  if (!fromFile.ok) return fromFile;
  const given = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  if (Object.keys(given).length === 0) return { ok: true, settings: fromFile.settings, source: file ? (path ?? '') : 'defaults' };
  // Re-validated from the file's raw values plus the overrides, so defaults are applied once.
  const merged = parseKioskSettings({ ...(file?.raw as object | undefined), ...given }, 'command line', charts);
  if (!merged.ok) return merged;
  return { ok: true, settings: merged.settings, source: file ? `${path ?? ''} + command line` : 'command line' };
}
