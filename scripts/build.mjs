// Builds everything the app runs: the renderer (Vite) and the Node/Electron entry points (esbuild).
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const dist = join(root, 'dist');

const node = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning', absWorkingDir: root };

export async function buildAll() {
  await viteBuild({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
  await Promise.all([
    // main and preload are bundled whole: the packaged app then needs no node_modules at start-up.
    esbuild({ ...node, entryPoints: ['electron/main/index.ts'], outfile: 'dist/main/index.cjs', format: 'cjs', external: ['electron'] }),
    esbuild({ ...node, entryPoints: ['electron/preload/index.ts'], outfile: 'dist/preload/index.cjs', format: 'cjs', external: ['electron'] }),
    esbuild({ ...node, entryPoints: ['electron/preview/main.ts'], outfile: 'dist/preview/main.mjs', format: 'esm', packages: 'external' }),
  ]);
  await mkdir(dist, { recursive: true });
  await writeFile(join(dist, '.build-stamp'), new Date().toISOString());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  await buildAll();
  console.log(`build: dist/ ready in ${Math.round(performance.now() - started)} ms`);
}
