import { describe, expect, it } from 'vitest';
import { matchesChord, type KeyPress } from '../../electron/common/kiosk/chord';

const press = (code: string, mods: Partial<Omit<KeyPress, 'code'>> = {}): KeyPress => ({
  code,
  control: false,
  alt: false,
  shift: false,
  meta: false,
  ...mods,
});

describe('the exit chord', () => {
  it('matches its key with exactly its modifiers', () => {
    expect(matchesChord('Control+Alt+Shift+Q', press('KeyQ', { control: true, alt: true, shift: true }), false)).toBe(true);
    expect(matchesChord('Control+Alt+Shift+Q', press('KeyQ', { control: true, alt: true }), false)).toBe(false);
    expect(matchesChord('Control+Alt+Shift+Q', press('KeyQ', { control: true, alt: true, shift: true, meta: true }), false)).toBe(false);
    expect(matchesChord('Control+Alt+Shift+Q', press('KeyW', { control: true, alt: true, shift: true }), false)).toBe(false);
    expect(matchesChord('Ctrl+Shift+9', press('Digit9', { control: true, shift: true }), false)).toBe(true);
  });

  it('reads CommandOrControl as Cmd on a Mac and Ctrl elsewhere', () => {
    expect(matchesChord('CommandOrControl+Alt+X', press('KeyX', { meta: true, alt: true }), true)).toBe(true);
    expect(matchesChord('CommandOrControl+Alt+X', press('KeyX', { control: true, alt: true }), false)).toBe(true);
    expect(matchesChord('CommandOrControl+Alt+X', press('KeyX', { control: true, alt: true }), true)).toBe(false);
  });

  it('matches nothing for a chord it does not understand', () => {
    expect(matchesChord('toString+Q', press('KeyQ'), false)).toBe(false);
    expect(matchesChord('Hyper+Q', press('KeyQ'), false)).toBe(false);
  });
});
