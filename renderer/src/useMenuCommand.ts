import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../electron/common/channels';

/**
 * Runs the handler for each command the application menu sends (Electron only; the preview has no
 * menu). A Record: adding a menu command does not compile until it has a handler. Subscribed once;
 * the latest handlers are always the ones called.
 */
export function useMenuCommands(handlers: Record<MenuCommand, () => void>): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  }, [handlers]);
  useEffect(() => window.lvyuanMenu?.onCommand((sent) => latest.current[sent]()), []);
}
