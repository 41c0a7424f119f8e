import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../electron/common/channels';

/**
 * Runs `handler` when the application menu sends `command` (Electron only; the preview has no
 * menu). Subscribed once; the latest handler is always the one called.
 */
export function useMenuCommand(command: MenuCommand, handler: () => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  }, [handler]);
  useEffect(
    () =>
      window.lvyuanMenu?.onCommand((sent) => {
        if (sent === command) latest.current();
      }),
    [command],
  );
}
