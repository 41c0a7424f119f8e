import { useEffect, useState } from 'react';
import { isBlankTime, pixelShift } from '../../../electron/common/kiosk/schedule';
import type { KioskView } from '../../../electron/common/kiosk/settings';

/** The minute-ish tick the clock, the blank schedule and the pixel shift share: one timer, not three. */
export function useNow(everyMs = 1000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => {
      const next = new Date();
      // Only a new minute re-renders: the strip shows HH:MM.
      setNow((current) => (current.getMinutes() === next.getMinutes() && current.getHours() === next.getHours() ? current : next));
    }, everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** Burn-in protection: where the picture sits now, and whether the screen should be black. */
export function useBurnIn(settings: Pick<KioskView, 'pixelShift' | 'blank'>, now: Date): { shift: { x: number; y: number }; blank: boolean } {
  const [step, setStep] = useState(0);
  const { everyMinutes, maxPixels } = settings.pixelShift;
  useEffect(() => {
    if (maxPixels <= 0) return;
    const timer = window.setInterval(() => setStep((s) => s + 1), everyMinutes * 60_000);
    return () => window.clearInterval(timer);
  }, [everyMinutes, maxPixels]);
  return { shift: pixelShift(step, maxPixels), blank: isBlankTime(now, settings.blank) };
}
