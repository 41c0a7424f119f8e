import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNEL_NAMES, METHODS, type Method } from '../common/channels';

/** Only frames showing our own bundled renderer may call the Api (url-policy.ts's isTrustedSender decides). */
function assertTrustedSender(event: IpcMainInvokeEvent, isTrustedSender: (url: string) => boolean): void {
  const url = event.senderFrame?.url ?? '';
  if (!isTrustedSender(url)) throw new Error(`Refused an IPC call from an untrusted frame: ${url || '(unknown)'}`);
}

/** Failures the page shows and the log keeps: a failed export, a workbook that would not open. */
const LOGGED_FAILURES: ReadonlySet<Method> = new Set(['exportWorkbook', 'exportPdf', 'openExported']);

function failureMessage(result: unknown): string | undefined {
  if (typeof result !== 'object' || result === null || !('ok' in result) || result.ok !== false) return undefined;
  return 'message' in result && typeof result.message === 'string' ? result.message : undefined;
}

/**
 * Validates and runs one call: contract.ts's callApi over the app's Api. It comes from services.ts,
 * which loads after the first window is on its way, so a call made before then waits for it.
 */
export type Dispatch = (method: Method, args: unknown[]) => Promise<unknown>;

export function registerIpc(dispatch: Dispatch, isTrustedSender: (url: string) => boolean, log: (line: string) => void = () => undefined): void {
  for (const method of METHODS) {
    ipcMain.handle(CHANNEL_NAMES[method], async (event, ...args: unknown[]) => {
      try {
        assertTrustedSender(event, isTrustedSender);
        // callApi validates with the method's schema before anything runs.
        const result = await dispatch(method, args);
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
