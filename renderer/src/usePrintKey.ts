import { useEffect } from 'react';

/**
 * Ctrl+P (⌘P) prints the report's print view, not the screen. In the desktop app the File menu's
 * accelerator does this; in a browser tab (the preview) there is no such menu, so the key is heard
 * here and the browser's own print of the screen is prevented. `print` undefined: the key is left alone.
 */
export function usePrintKey(print: (() => void) | undefined): void {
  useEffect(() => {
    if (print === undefined || window.lvyuanMenu !== undefined) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'p') {
        event.preventDefault();
        print();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [print]);
}
