import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../electron/common/channels';

/**
 * Runs the handler for each command the application menu sends (Electron only; the preview has no
 * menu). A Record: adding a menu command does not compile until it has a handler; Open recent's
 * commands carry the report's place in the list. Subscribed once;
 * the latest handlers are always the ones called.
 */
export function useMenuCommands(handlers: Record<Exclude<MenuCommand, `open-recent:${number}`>, () => void>, openRecent: (index: number) => void): void {
  const latest = useRef({ handlers, openRecent });
  useEffect(() => {
    latest.current = { handlers, openRecent };
  }, [handlers, openRecent]);
  useEffect(
    () =>
      window.lvyuanMenu?.onCommand((sent) => {
        // File → Open recent's nth report: the menu says which by its place, never its path.
        const recent = /^open-recent:(\d)$/u.exec(sent);
        if (recent) latest.current.openRecent(Number(recent[1]));
        else latest.current.handlers[sent as keyof typeof handlers]();
      }),
    [],
  );
}
