import { useEffect, useId, useRef, useState } from 'react';
import type { Lang } from '../../../electron/common/i18n/languages';
import { t } from '../../../electron/common/i18n/messages';

/** How the print shortcut is written where the app runs: ⌘P on a Mac, Ctrl+P elsewhere. */
const PRINT_KEYS = /Mac/u.test(navigator.platform) ? '⌘P' : 'Ctrl+P';

type Props = { lang: Lang; busy: boolean; onSavePdf: () => void; onPrint: () => void };

/**
 * The header's "Print or PDF" button: a disclosure with Save as PDF… and Print…, the same two
 * commands as the desktop's File menu. Escape or a click elsewhere closes it, and focus goes back
 * to the button.
 */
export function PrintMenu({ lang, busy, onSavePdf, onPrint }: Props) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return undefined;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent) {
        if (event.key !== 'Escape') return;
        buttonRef.current?.focus();
      } else if (boxRef.current?.contains(event.target as Node)) {
        return;
      }
      setOpen(false);
    };
    document.addEventListener('keydown', close);
    document.addEventListener('pointerdown', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('pointerdown', close);
    };
  }, [open]);

  const choose = (action: () => void) => () => {
    setOpen(false);
    buttonRef.current?.focus();
    action();
  };

  return (
    <div className="print-menu" ref={boxRef}>
      <button ref={buttonRef} type="button" className="header-button" aria-expanded={open} aria-controls={id} onClick={() => setOpen((was) => !was)}>
        {t(lang, 'print.menu')}
        <span className="print-menu-caret" aria-hidden="true">
          ▼
        </span>
      </button>
      <ul id={id} className="print-menu-list" hidden={!open}>
        <li>
          <button type="button" disabled={busy} onClick={choose(onSavePdf)}>
            {t(lang, 'pdf.button')}
          </button>
        </li>
        <li>
          <button type="button" onClick={choose(onPrint)}>
            {t(lang, 'print.button')}
            <kbd>{PRINT_KEYS}</kbd>
          </button>
        </li>
      </ul>
    </div>
  );
}
