import { parseArgs } from 'node:util';
import type { KioskOverrides } from '../services/kiosk-settings';

export type KioskArgs = {
  /** Started with --kiosk: present at once, and quit (not return to the viewer) on leaving. */
  kiosk: boolean;
  /** --interval, --screen, --kiosk-lang, named as in kiosk.json; only the ones given. */
  overrides: KioskOverrides;
  /** One line per old spelling used (--display, --lang), saying the new one. */
  warnings: string[];
};

/**
 * --screen and --kiosk-lang, not --display and --lang: those are Chromium's own switches too
 * (--display=:1 picks an X11 display; --lang sets Chromium's locale, and zh-Hant is not one of its
 * locales). The old spellings still work, and say to change.
 */
const OPTIONS = {
  kiosk: { type: 'boolean' },
  interval: { type: 'string' },
  screen: { type: 'string' },
  'kiosk-lang': { type: 'string' },
  display: { type: 'string' },
  lang: { type: 'string' },
} as const;

/**
 * A number when the text is one; anything else is passed on as given, so that the settings
 * validation names it ("command line: "intervalSeconds" must be a number of seconds") instead of
 * it turning into NaN, or "" into 0. A flag with no value arrives as `true` and fails the same way.
 */
function numberOrRaw(value: string | boolean | undefined): unknown {
  return typeof value === 'string' && /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/u.test(value.trim()) ? Number(value) : value;
}

/**
 * The app's own flags in process.argv. Not strict: Electron and Chromium switches
 * (--no-sandbox, --enable-logging, --remote-debugging-port=…) share the command line and are
 * ignored here, as are positionals (the app folder under `electron .`).
 */
export function parseKioskArgs(argv: readonly string[]): KioskArgs {
  const { values } = parseArgs({ args: argv.slice(1), options: OPTIONS, strict: false, allowPositionals: true });
  const kiosk = values.kiosk === true || values.kiosk === 'true';
  const overrides: KioskOverrides = {};
  const warnings: string[] = [];
  const screen = values.screen ?? values.display;
  const lang = values['kiosk-lang'] ?? values.lang;
  if (values.display !== undefined) warnings.push('[kiosk] --display is also a Chromium switch (an X11 display): write --screen N');
  if (values.lang !== undefined) warnings.push('[kiosk] --lang is also a Chromium switch (its locale): write --kiosk-lang zh-Hant|zh-Hans|en|cycle');
  if (values.interval !== undefined) overrides.intervalSeconds = numberOrRaw(values.interval);
  if (screen !== undefined) overrides.display = numberOrRaw(screen);
  if (lang !== undefined) overrides.lang = lang;
  return { kiosk, overrides, warnings };
}
