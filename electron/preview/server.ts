import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { parseArgs } from 'node:util';
import { callApi, isMethod, OPEN_BASE64_MAX, type Api, type Method } from '../common/contract';
import { ARTICLE_MAX_CHARS } from '../common/limits';
import { clip, excerpt } from '../common/excerpt';
import { readAppPath, RENDERER_PAGE, type AppRoots } from '../services/app-protocol';

export type PreviewOptions = { rendererDir: string; api: Api; port: number; host?: string };
export type PreviewServer = { url: string; close: () => Promise<void> };

export const PREVIEW_USAGE = 'usage: npm run preview [-- --port N] [--dataset FILE.json]';

/**
 * npm run preview's arguments: `--port N`, a whole number from 0 (any free port) to 65535. A
 * problem is one line that names the bad argument, cut short when long, and the usage.
 */
export function parsePreviewArgs(argv: readonly string[]): { ok: true; port: number; dataset?: string } | { ok: false; message: string } {
  const fail = (problem: string) => ({ ok: false as const, message: `preview: ${problem} (${PREVIEW_USAGE})` });
  const { tokens } = parseArgs({
    args: [...argv],
    options: { port: { type: 'string' }, dataset: { type: 'string' } },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  let given = '4173';
  let dataset: string | undefined;
  for (const token of tokens) {
    if (token.kind === 'positional') return fail(`unexpected argument ${excerpt(token.value, 40)}`);
    if (token.kind !== 'option') continue;
    if (token.name !== 'port' && token.name !== 'dataset') return fail(`unknown option ${excerpt(token.rawName, 40)}`);
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))) return fail(`--${token.name} needs a value`);
    if (token.name === 'dataset') dataset = token.value;
    else given = token.value;
  }
  const port = /^\d{1,5}$/u.test(given) ? Number(given) : NaN;
  if (!(port <= 65535)) return fail(`--port must be a whole number from 0 to 65535, not ${excerpt(given, 40)}`);
  return { ok: true, port, ...(dataset === undefined ? {} : { dataset }) };
}

/** The same policy as the meta tag in index.html, sent as a header as well so it holds for every file. */
export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** An Api call's body: its arguments, a few hundred bytes at most; a megabyte is refused unread. */
const MAX_BODY = 1024 * 1024;
/** openReport's body carries a whole file, in base64: as long as the largest the Api takes, and a little room. */
const MAX_OPEN_BODY = OPEN_BASE64_MAX + 4096;
/**
 * An import's body carries an article's text (JSON keeps CJK as is: 3 bytes a character) and, for a
 * review, one row per figure: room for the longest text the schema takes, and the rows.
 */
const MAX_ARTICLE_BODY = 3 * ARTICLE_MAX_CHARS + 4 * 1024 * 1024;

/** How large a method's body may be. */
function maxBody(method: Method): number {
  if (method === 'openReport') return MAX_OPEN_BODY;
  if (method === 'extractArticle' || method === 'previewArticleReport' || method === 'saveArticleReport') return MAX_ARTICLE_BODY;
  return MAX_BODY;
}

const TEXT = 'text/plain; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

/** A request this server refuses: the status and a one-line reason, sent as plain text. */
class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, close = false): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(body),
    ...(close ? { Connection: 'close' } : {}),
  });
  res.end(body);
}

/**
 * Who may talk to the preview. It serves the real dataset and its Api writes real files
 * (exportWorkbook), so although it listens on loopback only, other web pages in the user's browser
 * can reach it. The rules, checked before anything else:
 *
 * - **Host** must be `127.0.0.1:<port>` or `localhost:<port>` (either case), for every request. A
 *   page on evil.example whose name is re-pointed to 127.0.0.1 (DNS rebinding) is same-origin with
 *   itself, not with us: its requests say `Host: evil.example:<port>` and are refused.
 * - An **Api call** (POST /api/<method>) is refused when it says it comes from elsewhere: an
 *   `Origin` other than this server's own two (`null`, from a sandboxed frame or a file, included),
 *   or a `Sec-Fetch-Site` other than `same-origin` (`same-site` too: a page on another port of
 *   127.0.0.1 is the same site). Browsers send Origin with every POST, so the app's own calls carry
 *   ours. A call with neither header is not a browser's (curl, a script, the unit tests): whoever
 *   sends it can already write files on this machine, so it is let through.
 * - An Api call is a JSON body (`Content-Type: application/json`): a page of another origin cannot
 *   send that without a CORS preflight, which this server never grants, so even a browser that
 *   sent no Origin could not make a cross-site call. Forms and text/plain are refused with 415.
 *
 * Refusals are 403 (415 for the type) with a one-line reason. Static files need no Origin: a
 * page of another origin can embed them but not read them, and they hold nothing but the app.
 */
function allowedHosts(port: number, host: string): ReadonlySet<string> {
  const names = new Set(['127.0.0.1', 'localhost', host.includes(':') ? `[${host}]` : host]);
  return new Set([...names].map((name) => `${name}:${port}`.toLowerCase()));
}

function checkHost(req: IncomingMessage, hosts: ReadonlySet<string>, port: number): void {
  if (!hosts.has((req.headers.host ?? '').toLowerCase())) {
    throw new Refusal(403, `Forbidden: this server answers only to 127.0.0.1:${port} and localhost:${port}`);
  }
}

function checkApiCaller(req: IncomingMessage, hosts: ReadonlySet<string>): void {
  const origin = req.headers.origin;
  if (origin !== undefined) {
    const own = /^http:\/\/(.+)$/iu.exec(origin);
    if (!own || !hosts.has((own[1] ?? '').toLowerCase())) throw new Refusal(403, 'Forbidden: an Api call from another origin');
  }
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') throw new Refusal(403, 'Forbidden: an Api call from another site (Sec-Fetch-Site is not same-origin)');
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') throw new Refusal(415, 'Unsupported: an Api call is a JSON body (Content-Type: application/json)');
}

async function readBody(req: IncomingMessage, max: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  const tooLarge = `Too large: this Api call's body is at most ${Math.round(max / 2 ** 20)} MB`;
  if (declared > max) throw new Refusal(413, tooLarge);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) throw new Refusal(413, tooLarge);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function handleApi(api: Api, method: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'POST') return send(res, 405, TEXT, 'POST only');
  if (!isMethod(method)) return send(res, 404, JSON_TYPE, JSON.stringify({ error: `Unknown Api method ${excerpt(method, 40)}` }));
  const body = await readBody(req, maxBody(method));
  let args: unknown;
  try {
    args = body === '' ? [] : (JSON.parse(body) as unknown);
  } catch {
    // Not V8's message: it quotes the body back.
    return send(res, 400, JSON_TYPE, JSON.stringify({ error: 'the request body is not JSON' }));
  }
  try {
    send(res, 200, JSON_TYPE, JSON.stringify(await callApi(api, method, args)));
  } catch (error) {
    send(res, 400, JSON_TYPE, JSON.stringify({ error: (error as Error).message }));
  }
}

/**
 * A file of the renderer folder, by the same rules as the desktop app's app://lvyuan
 * (services/app-protocol.ts): file names only (no '..', hidden files, encoded slashes), known types,
 * regular files of at most MAX_FILE_BYTES (a symbolic link is refused, not followed). Anything else
 * is a 404 that says why. `path` is the URL's path, still percent-encoded; `/` is the page.
 */
async function handleStatic(roots: AppRoots, path: string, res: ServerResponse): Promise<void> {
  const answer = await readAppPath(path === '/' ? RENDERER_PAGE : path, roots);
  if (answer.status === 200) return send(res, 200, answer.type, answer.body);
  send(res, 404, TEXT, `Not found: ${excerpt(path, 80)} (${clip(answer.reason, 120)})`);
}

/**
 * The icon that index.html links (`<link rel="icon" href="./assets/favicon-<hash>.png">`, named by
 * Vite), as a path on this server: what /favicon.ico answers, so a browser that asks for it gets the
 * app's icon, not a 404. Undefined without such a link or when it points elsewhere.
 */
async function linkedIcon(roots: AppRoots): Promise<string | undefined> {
  const page = await readAppPath(RENDERER_PAGE, roots);
  const html = page.status === 200 ? page.body.toString('utf8') : '';
  const link = /<link\b[^>]*\brel=["']?(?:shortcut\s+)?icon\b[^>]*>/iu.exec(html)?.[0];
  const href = link === undefined ? undefined : /\bhref=["']([^"']+)["']/iu.exec(link)?.[1];
  if (href === undefined) return undefined;
  const base = new URL('http://localhost/');
  try {
    const url = new URL(href, base);
    return url.origin === base.origin ? url.pathname : undefined;
  } catch {
    return undefined;
  }
}

async function handleFavicon(roots: AppRoots, res: ServerResponse): Promise<void> {
  const icon = await linkedIcon(roots);
  return handleStatic(roots, icon ?? '/favicon.ico', res);
}

/**
 * The request target's path, as sent (percent-encoded, for the file rules, which decode each
 * segment once) and decoded (for the routes): origin-form (`/path?query`) or absolute-form
 * (`http://host/path`, whose host must then be ours too); anything else, a target URL cannot
 * parse, bad percent-encoding or a NUL is a 400, never an exception.
 */
function targetPath(target: string, hosts: ReadonlySet<string>): { path: string; decoded: string } {
  const absolute = /^http:\/\//iu.test(target);
  if (!target.startsWith('/') && !absolute) throw new Refusal(400, 'Bad request: malformed request target');
  let url: URL;
  try {
    url = new URL(target, 'http://127.0.0.1');
  } catch {
    throw new Refusal(400, 'Bad request: malformed request target');
  }
  if (absolute && !hosts.has(url.host.toLowerCase())) throw new Refusal(403, 'Forbidden: a request for another host');
  const { pathname } = url;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    throw new Refusal(400, 'Bad request: bad percent-encoding in the path');
  }
  if (decoded.includes('\0')) throw new Refusal(400, 'Bad request: NUL in the path');
  return { path: pathname, decoded };
}

async function handle(options: PreviewOptions, hosts: ReadonlySet<string>, port: number, req: IncomingMessage, res: ServerResponse): Promise<void> {
  checkHost(req, hosts, port);
  const { path, decoded } = targetPath(req.url ?? '/', hosts);
  const apiMatch = /^\/api\/([A-Za-z]+)$/u.exec(decoded);
  if (apiMatch) {
    if (req.method === 'POST') checkApiCaller(req, hosts);
    return handleApi(options.api, apiMatch[1] ?? '', req, res);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, TEXT, 'Method not allowed');
  const roots: AppRoots = { rendererDir: options.rendererDir };
  if (decoded === '/favicon.ico') return handleFavicon(roots, res);
  return handleStatic(roots, path, res);
}

/** What a request that failed to parse gets: 400 and one line, never a crash (HPE_* codes are llhttp's). */
function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const reason = error.code === 'HPE_HEADER_OVERFLOW' ? 'Bad request: the headers are too large' : 'Bad request: malformed HTTP request';
  socket.end(`HTTP/1.1 400 Bad Request\r\nContent-Type: ${TEXT}\r\nContent-Length: ${Buffer.byteLength(reason)}\r\nConnection: close\r\n\r\n${reason}`);
}

/** Serves the built renderer and POST /api/<method> on loopback only, to itself only (see allowedHosts). */
export function startPreviewServer(options: PreviewOptions): Promise<PreviewServer> {
  const host = options.host ?? '127.0.0.1';
  let hosts: ReadonlySet<string> = new Set();
  let port = options.port;
  const server: Server = createServer((req, res) => {
    handle(options, hosts, port, req, res).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof Refusal) send(res, error.status, TEXT, error.message, error.status === 400 || error.status === 413);
      else send(res, 500, TEXT, 'Internal error', true);
    });
  });
  server.on('clientError', answerClientError);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      const address = server.address();
      port = typeof address === 'object' && address !== null ? address.port : options.port;
      hosts = allowedHosts(port, host);
      resolve({
        url: `http://${host}:${port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
