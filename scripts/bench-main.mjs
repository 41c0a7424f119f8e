// npm run bench (part): the main process before its first window. Loads dist/main/index.cjs (the shell
// Electron runs first) in fresh Node processes, with a stand-in for the 'electron' module whose app is
// never ready, and times the require: what Electron pays before it can create the window. The heavy
// half (dist/main/services.cjs: zod, the dataset's checks, the Api) is timed apart: it loads once the
// window is on its way. Prints the targets and writes test-results/bench-main.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build.mjs';
import { distIsStale } from './stale.mjs';
import { stats } from './bench-stats.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const TARGET_BYTES = 200 * 1024;
const TARGET_MS = 15;
if (await distIsStale(root)) await buildAll();

// Runs in a fresh node: installs the stand-in, then times one require.
// `builtins`: Node's own modules that Electron has loaded before main runs (its asar support patches fs and
// fs.promises; its init uses path and util), loaded first so that only the app's code is timed.
const probe = (file, builtins) => `
const Module = require('node:module');
const noop = () => undefined;
const electron = {
  app: { requestSingleInstanceLock: () => true, whenReady: () => new Promise(noop), on: noop, quit: noop, getPath: () => require('node:path').join(${JSON.stringify(tmpdir())}, 'lvyuan-bench-main'), getAppPath: () => ${JSON.stringify(root)}, getVersion: () => '0.0.0' },
  protocol: { registerSchemesAsPrivileged: noop },
  BrowserWindow: class { static getAllWindows() { return []; } static getFocusedWindow() { return null; } },
  Menu: { buildFromTemplate: () => ({}), setApplicationMenu: noop },
  ipcMain: { handle: noop, on: noop },
  session: {}, shell: {}, dialog: {}, screen: {}, powerSaveBlocker: {}, powerMonitor: { on: noop }, globalShortcut: {},
};
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) { return request === 'electron' ? 'electron' : resolve.call(this, request, ...rest); };
require.cache.electron = { id: 'electron', filename: 'electron', loaded: true, exports: electron };
process.argv = [process.argv[0], '.'];
if (${builtins}) for (const name of ['node:fs', 'node:fs/promises', 'node:path', 'node:util']) require(name);
const started = performance.now();
require(${JSON.stringify(file)});
// Read before process.stdout is touched: its first use costs milliseconds of its own.
const elapsed = performance.now() - started;
process.stdout.write('\\nMS=' + String(elapsed));
process.exit(0);
`;

// The shell logs a line at start; the time is the last line, after MS=.
const time = (file, builtins = true) =>
  Number(/MS=([\d.]+)\s*$/u.exec(execFileSync(process.execPath, ['-e', probe(file, builtins)], { encoding: 'utf8' }))?.[1] ?? NaN);

const shell = join(root, 'dist', 'main', 'index.cjs');
const services = join(root, 'dist', 'main', 'services.cjs');
const shellMs = [];
const shellColdMs = [];
const servicesMs = [];
for (let i = 0; i < RUNS; i += 1) {
  shellMs.push(time(shell));
  shellColdMs.push(time(shell, false));
  servicesMs.push(time(services));
}
const result = {
  runs: RUNS,
  shellBytes: statSync(shell).size,
  servicesBytes: statSync(services).size,
  shellLoadMs: stats(shellMs),
  shellLoadWithBuiltinsMs: stats(shellColdMs),
  servicesLoadMs: stats(servicesMs),
  targets: { bytes: TARGET_BYTES, ms: TARGET_MS },
};
result.met = { bytes: result.shellBytes <= TARGET_BYTES, ms: result.shellLoadMs.p90 <= TARGET_MS };
mkdirSync(join(root, 'test-results'), { recursive: true });
writeFileSync(join(root, 'test-results', 'bench-main.json'), JSON.stringify(result, null, 2));
const ms = (s) => `median ${s.median.toFixed(1)} ms, p90 ${s.p90.toFixed(1)} ms`;
console.log(`main process before the first window (dist/main/index.cjs in Node, electron stood in), ${RUNS} fresh processes`);
console.log(`  code loaded:   ${(result.shellBytes / 1024).toFixed(1)} KB   target ≤ ${TARGET_BYTES / 1024} KB: ${result.met.bytes ? 'met' : 'NOT met'}`);
console.log(
  `  load time:     ${ms(result.shellLoadMs)}   target ≤ ${TARGET_MS} ms: ${result.met.ms ? 'met' : 'NOT met'}   (Node's fs, fs/promises, path, util loaded first, as in Electron)`,
);
console.log(`  with those built-ins loaded by the shell itself: ${ms(result.shellLoadWithBuiltinsMs)}`);
console.log(`  after the window is on its way: services.cjs ${(result.servicesBytes / 1024).toFixed(1)} KB, ${ms(result.servicesLoadMs)}`);
