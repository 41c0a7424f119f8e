import { describe, expect, it } from 'vitest';
import { langOfRound } from '../../electron/common/kiosk/rounds';
import { isBlankTime, pixelShift } from '../../electron/common/kiosk/schedule';

const at = (hhmm: string) => new Date(`2026-11-26T${hhmm}:00`);

describe('the blank-screen schedule', () => {
  it('blanks inside a window that runs past midnight, and only there', () => {
    const night = { from: '22:00', to: '07:00' };
    expect(isBlankTime(at('21:59'), night)).toBe(false);
    expect(isBlankTime(at('22:00'), night)).toBe(true);
    expect(isBlankTime(at('03:30'), night)).toBe(true);
    expect(isBlankTime(at('06:59'), night)).toBe(true);
    expect(isBlankTime(at('07:00'), night)).toBe(false);
    expect(isBlankTime(at('12:00'), night)).toBe(false);
  });

  it('blanks inside a daytime window, never with none, and never when from equals to', () => {
    expect(isBlankTime(at('12:30'), { from: '12:00', to: '13:00' })).toBe(true);
    expect(isBlankTime(at('13:00'), { from: '12:00', to: '13:00' })).toBe(false);
    expect(isBlankTime(at('12:30'), null)).toBe(false);
    expect(isBlankTime(at('12:30'), { from: '12:30', to: '12:30' })).toBe(false);
  });
});

describe('the burn-in pixel shift', () => {
  it('walks every offset within ±max and comes back to the centre', () => {
    const steps = Array.from({ length: 9 }, (_, i) => pixelShift(i, 4));
    expect(steps[0]).toEqual({ x: 0, y: 0 });
    expect(new Set(steps.map((s) => `${s.x},${s.y}`)).size).toBe(9);
    for (const { x, y } of steps) {
      expect(Math.abs(x)).toBeLessThanOrEqual(4);
      expect(Math.abs(y)).toBeLessThanOrEqual(4);
    }
    expect(pixelShift(9, 4)).toEqual({ x: 0, y: 0 });
    expect(pixelShift(5, 0)).toEqual({ x: 0, y: 0 });
  });
});

describe('the language of each round', () => {
  it('keeps one language, follows the viewer, or cycles from the viewer’s', () => {
    expect(langOfRound('en', 'zh-Hant', 3)).toBe('en');
    expect(langOfRound(undefined, 'zh-Hans', 3)).toBe('zh-Hans');
    expect([0, 1, 2, 3].map((r) => langOfRound('cycle', 'zh-Hans', r))).toEqual(['zh-Hans', 'en', 'zh-Hant', 'zh-Hans']);
  });
});
