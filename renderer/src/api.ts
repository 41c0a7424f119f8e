import type { MenuBridge } from '../../electron/common/channels';
import type { Api, Method } from '../../electron/common/contract';

declare global {
  interface Window {
    /** Present in Electron, exposed by the preload script. */
    lvyuan?: Api;
    /** Present in Electron: the application menu's commands. The preview has no menu. */
    lvyuanMenu?: MenuBridge;
  }
}

/** In a plain browser (npm run preview) the same Api travels over HTTP to the preview server. */
function httpApi(): Api {
  const call = async (method: Method, args: unknown[]): Promise<unknown> => {
    const response = await fetch(`./api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(args),
    });
    const body = (await response.json()) as unknown;
    if (!response.ok) {
      const message = typeof body === 'object' && body !== null && 'error' in body ? String(body.error) : response.statusText;
      throw new Error(message);
    }
    return body;
  };
  return new Proxy({} as Api, {
    get:
      (_target, method) =>
      (...args: unknown[]) =>
        call(method as Method, args),
  });
}

export const api: Api = window.lvyuan ?? httpApi();

/** What a failed call says: its message, not the "Error: " an Error's text begins with. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
