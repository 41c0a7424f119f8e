import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNEL_NAMES, isMenuCommand, MENU_EVENT, METHODS, type MenuBridge } from '../common/channels';
import type { Api } from '../common/contract';

/** window.lvyuan: one function per CHANNELS entry, nothing else reaches the page. */
const api = Object.fromEntries(METHODS.map((method) => [method, (...args: unknown[]) => ipcRenderer.invoke(CHANNEL_NAMES[method], ...args)])) as unknown as Api;

/**
 * window.lvyuanMenu: menu commands only. The page never sees the IPC event (it carries the sender),
 * only a command from MENU_COMMANDS; anything else on the channel is dropped.
 */
const menu: MenuBridge = {
  onCommand(listener) {
    const forward = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_EVENT, forward);
    return () => {
      ipcRenderer.removeListener(MENU_EVENT, forward);
    };
  },
};

contextBridge.exposeInMainWorld('lvyuan', api);
contextBridge.exposeInMainWorld('lvyuanMenu', menu);
