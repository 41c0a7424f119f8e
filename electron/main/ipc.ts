import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS, METHODS, callApi, type Api, type Method } from '../common/contract';

/** Only frames showing our own bundled renderer may call the Api. */
function assertTrustedSender(event: IpcMainInvokeEvent, isAllowedUrl: (url: string) => boolean): void {
  const url = event.senderFrame?.url ?? '';
  if (!isAllowedUrl(url)) throw new Error(`Refused an IPC call from an untrusted frame: ${url || '(unknown)'}`);
}

/** Failures the page shows and the log keeps: a failed export, a workbook that would not open. */
const LOGGED_FAILURES: ReadonlySet<Method> = new Set(['exportReport', 'openExported']);

function failureMessage(result: unknown): string | undefined {
  if (typeof result !== 'object' || result === null || !('ok' in result) || result.ok !== false) return undefined;
  return 'message' in result && typeof result.message === 'string' ? result.message : undefined;
}

export function registerIpc(api: Api, isAllowedUrl: (url: string) => boolean, log: (line: string) => void = () => undefined): void {
  for (const method of METHODS) {
    ipcMain.handle(CHANNELS[method].channel, async (event, ...args: unknown[]) => {
      try {
        assertTrustedSender(event, isAllowedUrl);
        // callApi validates with the method's schema before anything runs.
        const result = await callApi(api, method, args);
        const message = LOGGED_FAILURES.has(method) ? failureMessage(result) : undefined;
        if (message !== undefined) log(`[${method}] ${message}`);
        return result;
      } catch (error) {
        log(`[ipc] ${method}: ${error instanceof Error ? error.message : String(error)}`);
        throw error;
      }
    });
  }
}
