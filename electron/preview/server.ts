import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { callApi, isMethod, type Api } from '../common/contract';

export type PreviewOptions = { rendererDir: string; api: Api; port: number; host?: string };
export type PreviewServer = { url: string; close: () => Promise<void> };

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** The same policy as the meta tag in index.html, sent as a header as well so it holds for every file. */
export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const MAX_BODY = 1024 * 1024;

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function handleApi(api: Api, method: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'POST only');
  if (!isMethod(method)) return send(res, 404, 'application/json', JSON.stringify({ error: `Unknown Api method "${method}"` }));
  try {
    const body = await readBody(req);
    const result = await callApi(api, method, body === '' ? [] : (JSON.parse(body) as unknown));
    send(res, 200, 'application/json; charset=utf-8', JSON.stringify(result));
  } catch (error) {
    send(res, 400, 'application/json; charset=utf-8', JSON.stringify({ error: (error as Error).message }));
  }
}

async function handleStatic(rendererDir: string, pathname: string, res: ServerResponse): Promise<void> {
  const relative = normalize(decodeURIComponent(pathname === '/' ? '/index.html' : pathname)).replace(/^([/\\])+/u, '');
  const file = join(rendererDir, relative);
  if (relative.startsWith('..') || !file.startsWith(rendererDir + sep)) return send(res, 403, 'text/plain', 'Forbidden');
  try {
    send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
  } catch {
    send(res, 404, 'text/plain; charset=utf-8', `Not found: ${pathname}`);
  }
}

/**
 * The icon that index.html links (`<link rel="icon" href="./assets/favicon-<hash>.png">`, named by
 * Vite), as a path on this server: what /favicon.ico answers, so a browser that asks for it gets the
 * app's icon, not a 404. Undefined without such a link or when it points elsewhere.
 */
async function linkedIcon(rendererDir: string): Promise<string | undefined> {
  const html = await readFile(join(rendererDir, 'index.html'), 'utf8').catch(() => '');
  const link = /<link\b[^>]*\brel=["']?(?:shortcut\s+)?icon\b[^>]*>/iu.exec(html)?.[0];
  const href = link === undefined ? undefined : /\bhref=["']([^"']+)["']/iu.exec(link)?.[1];
  if (href === undefined) return undefined;
  const base = new URL('http://localhost/');
  const url = new URL(href, base);
  return url.origin === base.origin ? url.pathname : undefined;
}

async function handleFavicon(rendererDir: string, res: ServerResponse): Promise<void> {
  const icon = await linkedIcon(rendererDir);
  return handleStatic(rendererDir, icon ?? '/favicon.ico', res);
}

async function handle(options: PreviewOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  const apiMatch = /^\/api\/([A-Za-z]+)$/u.exec(pathname);
  if (apiMatch) return handleApi(options.api, apiMatch[1] ?? '', req, res);
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed');
  if (pathname === '/favicon.ico') return handleFavicon(options.rendererDir, res);
  return handleStatic(options.rendererDir, pathname, res);
}

/** Serves the built renderer and POST /api/<method> on loopback only. */
export function startPreviewServer(options: PreviewOptions): Promise<PreviewServer> {
  const host = options.host ?? '127.0.0.1';
  const server: Server = createServer((req, res) => {
    handle(options, req, res).catch(() => send(res, 500, 'text/plain', 'Internal error'));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : options.port;
      resolve({
        url: `http://${host}:${port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
