// npm start: launch the built app in Electron. Electron 45 fetches its binary on first use; where
// that is impossible (offline, or ELECTRON_SKIP_BINARY_DOWNLOAD set) say so in one line and point to the preview.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { electronBinary, electronPackageDir } from './electron-binary.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const HINT = 'Electron binary not available (not installed and cannot be downloaded here); run `npm run preview` to use the app in a browser instead.';

let binary = electronBinary();
if (!binary && !process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  const install = spawnSync(process.execPath, [join(electronPackageDir(), 'install.js')], { stdio: ['ignore', 'ignore', 'ignore'], timeout: 300_000 });
  if (install.status === 0) binary = electronBinary();
}
if (!binary) {
  console.error(HINT);
  process.exit(1);
}
const child = spawn(binary, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
