import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import type { ExitResult } from '../../../electron/common/contract';
import type { Lang } from '../../../electron/common/i18n/languages';
import { t } from '../../../electron/common/i18n/messages';

type Props = { lang: Lang; idleMs: number; onSubmit: (pin: string) => Promise<ExitResult>; onClose: () => void };

function refusal(lang: Lang, result: Exclude<ExitResult, { ok: true }>): string {
  if (result.reason === 'locked') return t(lang, 'kiosk.pinLocked', { seconds: result.retryInSeconds ?? 60 });
  return t(lang, result.reason === 'no-pin' ? 'kiosk.pinNone' : 'kiosk.pinWrong');
}

/** The keypad Esc opens when a PIN is set. The PIN is checked by the Node side, never here. */
export function ExitLock({ lang, idleMs, onSubmit, onClose }: Props) {
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  // Left open by a passer-by, it closes after the same quiet time that resumes a paused show.
  useEffect(() => {
    const timer = window.setTimeout(onClose, idleMs);
    return () => window.clearTimeout(timer);
  }, [pin, error, idleMs, onClose]);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const result = await onSubmit(pin);
    if (!result.ok) {
      setError(refusal(lang, result));
      setPin('');
      input.current?.focus();
    }
  };

  return (
    <div className="kiosk-lock" role="dialog" aria-modal="true" aria-labelledby="kiosk-lock-title">
      <form onSubmit={(event) => void submit(event)}>
        <h2 id="kiosk-lock-title">{t(lang, 'kiosk.pinPrompt')}</h2>
        <input
          ref={input}
          type="password"
          inputMode="numeric"
          autoComplete="off"
          maxLength={8}
          value={pin}
          onChange={(event) => setPin(event.target.value.replace(/\D/gu, ''))}
          aria-invalid={error !== undefined}
          aria-describedby={error ? 'kiosk-lock-error' : undefined}
        />
        {error ? (
          <p id="kiosk-lock-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="kiosk-lock-actions">
          <button type="button" onClick={onClose}>
            {t(lang, 'kiosk.pinCancel')}
          </button>
          <button type="submit">{t(lang, 'kiosk.pinSubmit')}</button>
        </div>
      </form>
    </div>
  );
}
