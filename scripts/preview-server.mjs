// The preview server (npm run preview) for a script: started with the given Node arguments and extra
// environment, resolved once it says where it listens. Rejects if it exits first.
import { spawn } from 'node:child_process';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

/** `args`: the script and its arguments, e.g. ['dist/preview/main.mjs', '--port', '0']. Resolves to { server, url } (url ends in /). */
export function startPreview(args, env = {}) {
  const server = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    server.on('exit', (code) => reject(new Error(`the preview (${args.join(' ')}) exited with ${code}`)));
    server.stdout.on('data', (chunk) => {
      const url = /(http:\/\/127\.0\.0\.1:\d+\/)/u.exec(String(chunk))?.[1];
      if (url) resolve({ server, url });
    });
  });
}
