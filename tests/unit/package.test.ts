import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as ElectronBuilder from 'electron-builder';
import type * as Asar from '@electron/asar';
import { ROOT } from './helpers';
import { ELECTRON_DEFAULT_FUSES, FUSE_NAMES, makeStandInElectron, type FuseName } from './stand-in-electron';

/**
 * The packaged app, built the way `npm run package` builds it (electron-builder with electron-builder.yml),
 * as a Linux `--dir` target against a stand-in Electron folder (stand-in-electron.ts): offline, no Electron
 * binary. Proves that app.asar holds only dist/, resources/ and package.json (no node_modules, sources, maps
 * or tests), that what it runs needs nothing outside it, that it stays under a size budget, and that
 * electron-builder flips the fuses electron-builder.yml asks for.
 */

/**
 * app.asar measured at 8.71 MB: main 0.77 MB, exceljs 0.86 MB, renderer 0.65 MB, fonts 2 × 3.14 MB (resources/fonts
 * and the renderer's hashed copy; per copy 0.57 MB of start-up files and 2.57 MB of extended files, which cover
 * GB 2312 and Big5 level 1 and are fetched only by a page that uses one of their characters). Then 1.2 MB for opencc's
 * dictionaries (reading and converting imported articles), in main's services bundle.
 */
const ASAR_BUDGET_BYTES = 10_500_000;

/** electron-builder.yml's electronFuses, as the fuse wire must read after packaging ('1' on, '0' off). */
const EXPECTED_FUSES: Record<FuseName, '0' | '1'> = {
  runAsNode: '0',
  // Not configured, decided (electron-builder.yml): no cookies to protect, and no keyring to tie a kiosk to.
  enableCookieEncryption: ELECTRON_DEFAULT_FUSES.enableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: '0',
  enableNodeCliInspectArguments: '0',
  enableEmbeddedAsarIntegrityValidation: '1',
  onlyLoadAppFromAsar: '1',
  // Not configured: left as Electron has it.
  loadBrowserProcessSpecificV8Snapshot: ELECTRON_DEFAULT_FUSES.loadBrowserProcessSpecificV8Snapshot,
  grantFileProtocolExtraPrivileges: '0',
};
const CONFIGURED_FUSES = FUSE_NAMES.filter((name) => name !== 'loadBrowserProcessSpecificV8Snapshot' && name !== 'enableCookieEncryption');

/** What the test uses of @electron/fuses, loaded from where electron-builder loads it. */
interface Fuses {
  getCurrentFuseWire: (binary: string) => Promise<Record<string, number | string>>;
}

const require = createRequire(import.meta.url);

/** Why the package cannot be built here, for reasons outside the project; undefined when it can. */
function cannotPackage(): string | undefined {
  if (process.platform === 'win32')
    return 'the packaging test builds a Linux --dir target with a shell-script stand-in for Electron; it runs on Linux and macOS';
  for (const name of ['electron-builder', '@electron/asar', 'electron/package.json']) {
    try {
      require.resolve(name);
    } catch {
      return `${name} is not installed (npm ci installs it)`;
    }
  }
  return undefined;
}
const skipReason = cannotPackage();
if (skipReason) console.warn(`package.test.ts skipped: ${skipReason}`);

const work = mkdtempSync(join(tmpdir(), 'lvyuan-package-'));
const appOutDir = join(work, 'out', 'linux-unpacked');
const asarPath = join(appOutDir, 'resources', 'app.asar');
let entries: string[] = [];
let asar: typeof Asar;
const packed = (entry: string) => asar.extractFile(asarPath, entry).toString('utf8');

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(skipReason !== undefined)('the packaged app (electron-builder --dir --linux, stand-in Electron)', () => {
  beforeAll(async () => {
    // dist/ as npm run package has it: rebuilt only when a source is newer (scripts/stale.mjs), and without
    // Vitest's NODE_ENV=test, which would make Vite bundle React's development build.
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));
    const built = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "import { distIsStale } from './scripts/stale.mjs'; import { buildAll } from './scripts/build.mjs'; if (await distIsStale(process.cwd())) await buildAll();",
      ],
      { cwd: ROOT, env, encoding: 'utf8' },
    );
    expect(built.status, built.stderr).toBe(0);

    const { build, Platform, Arch } = require('electron-builder') as typeof ElectronBuilder;
    const electronVersion = (require('electron/package.json') as { version: string }).version;
    await build({
      projectDir: ROOT,
      targets: Platform.LINUX.createTarget('dir', Arch.x64),
      publish: 'never',
      // Merged over electron-builder.yml: only where Electron comes from, where the output goes, and no
      // native-module rebuild (there are no runtime dependencies to rebuild).
      config: { electronDist: makeStandInElectron(work), electronVersion, npmRebuild: false, directories: { output: join(work, 'out') } },
    });
    asar = await import('@electron/asar');
    entries = asar.listPackage(asarPath, { isPack: false }).map((entry) => entry.replaceAll('\\', '/').replace(/^\//u, ''));
  }, 60_000);

  it('holds only dist/, resources/ and package.json at the top level', () => {
    expect([...new Set(entries.map((entry) => entry.split('/')[0]))].sort()).toEqual(['dist', 'package.json', 'resources']);
    expect([...new Set(entries.filter((entry) => entry.startsWith('dist/')).map((entry) => entry.split('/')[1]))].sort()).toEqual([
      'main',
      'preload',
      'renderer',
    ]);
  });

  it('holds no node_modules, sources, source maps or tests', () => {
    const stray = entries.filter((entry) => /(^|\/)(node_modules|tests?|electron|scripts|src)(\/|$)|\.(map|tsx?|mts|cts)$/u.test(entry));
    expect(stray).toEqual([]);
  });

  it('holds what the app runs: main, preload, the renderer, the dataset, the fonts, the kiosk error slide', () => {
    for (const file of [
      'dist/main/index.cjs',
      'dist/main/exceljs.cjs',
      'dist/preload/index.cjs',
      'dist/renderer/index.html',
      'resources/dataset/lvyuan-2025.json',
      'resources/kiosk-error.html',
      'resources/fonts/OFL.txt',
    ]) {
      expect(entries).toContain(file);
    }
    for (const font of ['tc-400', 'tc-700', 'sc-400', 'sc-700']) {
      expect(entries).toContain(`resources/fonts/lvyuan-sans-${font}.woff2`);
      expect(entries.some((entry) => new RegExp(`^dist/renderer/assets/lvyuan-sans-${font}-[\\w-]+\\.woff2$`, 'u').test(entry))).toBe(true);
    }
    expect(JSON.parse(packed('resources/dataset/lvyuan-2025.json'))).toEqual(
      JSON.parse(readFileSync(join(ROOT, 'resources', 'dataset', 'lvyuan-2025.json'), 'utf8')),
    );
  });

  it('needs nothing outside the archive: main and preload require only electron, Node and their own files', () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`), 'electron']);
    for (const bundle of ['dist/main/index.cjs', 'dist/preload/index.cjs']) {
      const required = [...packed(bundle).matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/gu)].map((match) => match[1]!);
      const outside = required.filter((name) => !builtins.has(name) && !name.startsWith('./'));
      expect(outside, bundle).toEqual([]);
      for (const relative of required.filter((name) => name.startsWith('./')))
        expect(entries, `${bundle} requires ${relative}`).toContain(join(bundle, '..', relative));
    }
    const manifest = JSON.parse(packed('package.json')) as { main: string; dependencies?: Record<string, string> };
    expect(manifest.main).toBe('dist/main/index.cjs');
    expect(Object.keys(manifest.dependencies ?? {})).toEqual([]);
  });

  it(`stays under its size budget of ${(ASAR_BUDGET_BYTES / 1e6).toFixed(1)} MB`, () => {
    const size = statSync(asarPath).size;
    console.log(`package.test.ts: app.asar is ${(size / 1e6).toFixed(2)} MB (${size} bytes), budget ${ASAR_BUDGET_BYTES} bytes`);
    expect(size).toBeLessThanOrEqual(ASAR_BUDGET_BYTES);
  });

  it('has the fuses of electron-builder.yml flipped in the packed executable (read back with @electron/fuses)', async () => {
    const executable = join(appOutDir, 'lvyuan-report');
    expect(existsSync(executable)).toBe(true);
    // The fuses module electron-builder itself uses.
    const builderLib = createRequire(require.resolve('app-builder-lib', { paths: [require.resolve('electron-builder')] }));
    const { getCurrentFuseWire } = builderLib('@electron/fuses') as Fuses;
    const wire = await getCurrentFuseWire(executable);
    expect(wire.version).toBe('1');
    const read = Object.fromEntries(FUSE_NAMES.map((name, index) => [name, String.fromCharCode(Number(wire[index]))]));
    expect(read).toEqual(EXPECTED_FUSES);
    // Each configured fuse differs from Electron's default, so reading the expected value proves the flip.
    for (const name of CONFIGURED_FUSES) expect(EXPECTED_FUSES[name], name).not.toBe(ELECTRON_DEFAULT_FUSES[name]);
  });
});
