// node scripts/run-built.mjs <entry under dist/> [args…]: build if dist/ is stale, then run that entry
// (npm run preview → preview/main.mjs, npm run report → cli/report.cjs) with the remaining arguments.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { buildAll } from './build.mjs';
import { distIsStale } from './stale.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-built.mjs <entry under dist/> [args…]');
  process.exit(2);
}
if (await distIsStale(root)) await buildAll();
const child = spawn(process.execPath, [join(root, 'dist', entry), ...args], {
  stdio: 'inherit',
  env: { ...process.env, LVYUAN_APP_ROOT: root },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 1));
