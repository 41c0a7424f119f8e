import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES, METHODS } from '../common/channels';
import type { Api } from '../common/contract';

/** window.lvyuan: one function per CHANNELS entry, nothing else reaches the page. */
const api = Object.fromEntries(
  METHODS.map((method) => [method, (...args: unknown[]) => ipcRenderer.invoke(CHANNEL_NAMES[method], ...args)]),
) as unknown as Api;

contextBridge.exposeInMainWorld('lvyuan', api);
