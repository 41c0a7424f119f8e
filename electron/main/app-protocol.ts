import { protocol, session } from 'electron';
import { APP_SCHEME, readAppResource, type AppRoots } from '../services/app-protocol';

/**
 * app:// as a privileged scheme; before the app is ready, as Electron requires.
 * standard: relative URLs, a real origin (app://lvyuan) for 'self' in the CSP and for storage;
 * secure: a secure context, like https; supportFetchAPI: the renderer's module script and fonts
 * load through fetch; codeCache: V8 keeps the compiled bundle for the next start (Chromium does so
 * only for http(s) and schemes with this privilege). Not corsEnabled: other origins cannot read it.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
}

/**
 * Answers app://lvyuan/… on the default session from the packaged renderer folder (and the fixed
 * files of `roots`) only; services/app-protocol.ts decides which file, or 404. Each refusal is logged.
 */
export function serveAppProtocol(roots: AppRoots, log: (line: string) => void): void {
  session.defaultSession.protocol.handle(APP_SCHEME, async (request) => {
    const answer = await readAppResource(request, roots);
    if (answer.status !== 200) {
      log(`[protocol] ${answer.status} ${request.method} ${request.url}: ${answer.reason}`);
      return new Response(null, { status: answer.status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    }
    const headers = { 'content-type': answer.type, 'content-length': String(answer.body.length), 'x-content-type-options': 'nosniff' };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(answer.body.buffer, answer.body.byteOffset, answer.body.length), {
      status: 200,
      headers,
    });
  });
}
