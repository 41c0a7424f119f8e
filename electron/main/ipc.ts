import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS, METHODS, callApi, type Api } from '../common/contract';

/** Only frames showing our own bundled renderer may call the Api. */
function assertTrustedSender(event: IpcMainInvokeEvent, isAllowedUrl: (url: string) => boolean): void {
  const url = event.senderFrame?.url ?? '';
  if (!isAllowedUrl(url)) throw new Error(`Refused an IPC call from an untrusted frame: ${url || '(unknown)'}`);
}

export function registerIpc(api: Api, isAllowedUrl: (url: string) => boolean): void {
  for (const method of METHODS) {
    ipcMain.handle(CHANNELS[method].channel, (event, ...args: unknown[]) => {
      assertTrustedSender(event, isAllowedUrl);
      // callApi validates with the method's schema before anything runs.
      return callApi(api, method, args);
    });
  }
}
