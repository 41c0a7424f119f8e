/**
 * The exit chord of kiosk.json ("Control+Alt+Shift+Q"), matched against a key press. In Electron
 * the main process hears it for the whole show (a crashed, hung or static page cannot); the browser
 * preview, which has no main process and no lock, matches it in the page.
 */
/** The chord that leaves the show when kiosk.json names none: in the shell before the settings are read. */
export const DEFAULT_EXIT_CHORD = 'Control+Alt+Shift+Q';

export type KeyPress = { code: string; control: boolean; alt: boolean; shift: boolean; meta: boolean };

type Modifier = 'control' | 'alt' | 'shift' | 'meta';

// A Map, not an object literal: a chord part like "toString" must not find a prototype method.
const MODIFIERS = new Map<string, (isMac: boolean) => Modifier>([
  ['Control', () => 'control'],
  ['Ctrl', () => 'control'],
  ['Alt', () => 'alt'],
  ['Shift', () => 'shift'],
  ['Meta', () => 'meta'],
  ['CommandOrControl', (isMac) => (isMac ? 'meta' : 'control')],
]);

/**
 * True when the press has exactly the chord's modifiers and its key. The key is compared by its
 * physical code (KeyQ, Digit1): with Alt or Shift held, `key` is often another character (Alt+Q
 * is "œ" on a Mac).
 */
export function matchesChord(chord: string, press: KeyPress, isMac: boolean): boolean {
  const parts = chord.split('+');
  const key = parts.pop() ?? '';
  const wanted = new Set<Modifier>();
  for (const part of parts) {
    const modifier = MODIFIERS.get(part);
    if (!modifier) return false;
    wanted.add(modifier(isMac));
  }
  const code = /^\d$/u.test(key) ? `Digit${key}` : `Key${key}`;
  return press.code === code && (['control', 'alt', 'shift', 'meta'] as const).every((m) => press[m] === wanted.has(m));
}
