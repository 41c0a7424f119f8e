// npm run preview [-- --port N]: build if needed, then serve the renderer on 127.0.0.1.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { buildAll } from './build.mjs';
import { distIsStale } from './stale.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
if (await distIsStale(root)) await buildAll();
const child = spawn(process.execPath, [join(root, 'dist', 'preview', 'main.mjs'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, LVYUAN_APP_ROOT: root },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 1));
