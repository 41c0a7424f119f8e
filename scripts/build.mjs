// Builds everything the app runs: the renderer (Vite) and the Node/Electron entry points (esbuild).
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const dist = join(root, 'dist');

// charset utf8: CJK text (the catalogs, opencc's dictionaries for imported articles) as itself, not as
// \u escapes, which would double those bytes.
export const node = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning', absWorkingDir: root, charset: 'utf8' };

// exceljs's prebuilt bundle (1 MB) stays a file of its own beside main and the CLI, required on the
// first export: inlined, it would be parsed at every start-up (about 50 ms more in main).
export const EXCELJS = 'exceljs/dist/exceljs.bare.min.js';
export const excelJsBeside = {
  name: 'exceljs-beside',
  setup(build) {
    build.onResolve({ filter: /^exceljs\/dist\/exceljs\.bare\.min\.js$/ }, () => ({ path: './exceljs.cjs', external: true }));
  },
};
// main's heavy half (electron/main/services.ts: zod, the dataset's checks, the Api) is a file of its own
// too, required once the first window is on its way (lazy-services.ts): main's start-up reads only the shell.
export const servicesBeside = {
  name: 'services-beside',
  setup(build) {
    build.onResolve({ filter: /^\.\/services$/ }, (args) =>
      args.importer.endsWith(join('electron', 'main', 'lazy-services.ts')) ? { path: './services.cjs', external: true } : undefined,
    );
  },
};
// require(), not import(): Electron's main loads CommonJS from the asar archive most reliably.
export const withExcelJs = { ...node, plugins: [excelJsBeside], supported: { 'dynamic-import': false } };

// JSON (the message catalogs) as JSON.parse of a string: V8 parses that faster than the same object
// written as code, and the catalogs are most of the shell's bytes.
export const jsonAsParse = {
  name: 'json-as-parse',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async (args) => ({
      contents: `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(await readFile(args.path, 'utf8'))))});`,
      loader: 'js',
    }));
  },
};

/** Main's shell, minified: what Electron parses before the first window (tests/unit/main-bundle.test.ts checks it). */
export const mainShell = {
  ...withExcelJs,
  plugins: [excelJsBeside, servicesBeside, jsonAsParse],
  minify: true,
  entryPoints: ['electron/main/index.ts'],
  outfile: 'dist/main/index.cjs',
  format: 'cjs',
  external: ['electron'],
};

export async function buildAll() {
  await viteBuild({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
  await Promise.all([
    // main and preload are bundled whole: the packaged app then needs no node_modules at start-up.
    esbuild(mainShell),
    esbuild({
      ...withExcelJs,
      minify: true,
      entryPoints: ['electron/main/services.ts'],
      outfile: 'dist/main/services.cjs',
      format: 'cjs',
      external: ['electron'],
    }),
    esbuild({ ...node, entryPoints: ['electron/preload/index.ts'], outfile: 'dist/preload/index.cjs', format: 'cjs', external: ['electron'] }),
    esbuild({ ...node, entryPoints: ['electron/preview/main.ts'], outfile: 'dist/preview/main.mjs', format: 'esm', packages: 'external' }),
    // The headless report is bundled whole like main.
    esbuild({ ...withExcelJs, entryPoints: ['electron/cli/report.ts'], outfile: 'dist/cli/report.cjs', format: 'cjs' }),
    esbuild({ ...node, entryPoints: ['electron/cli/extract.ts'], outfile: 'dist/cli/extract.cjs', format: 'cjs' }),
  ]);
  const excelJs = join(root, 'node_modules', ...EXCELJS.split('/'));
  await Promise.all(['main', 'cli'].map((dir) => copyFile(excelJs, join(dist, dir, 'exceljs.cjs'))));
  await mkdir(dist, { recursive: true });
  await writeFile(join(dist, '.build-stamp'), new Date().toISOString());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  await buildAll();
  console.log(`build: dist/ ready in ${Math.round(performance.now() - started)} ms`);
}
