import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A stand-in for Electron's Linux distribution folder, for electron-builder's `electronDist` (an
 * unpacked folder is copied as it is into `linux-unpacked/`, and its `electron` renamed to the
 * executableName). It is not Electron: the `electron` file is a shell script that says so and fails,
 * followed by a fuse wire in @electron/fuses' format, so that electron-builder's fuse step flips real
 * fuses and the test can read them back. No Electron binary is downloaded or needed.
 */

/** @electron/fuses looks for this string in the binary; the fuse wire follows it. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** The V1 fuses in wire order (@electron/fuses' FuseV1Options), with Electron's defaults: '1' on, '0' off. */
export const ELECTRON_DEFAULT_FUSES = {
  runAsNode: '1',
  enableCookieEncryption: '0',
  enableNodeOptionsEnvironmentVariable: '1',
  enableNodeCliInspectArguments: '1',
  enableEmbeddedAsarIntegrityValidation: '0',
  onlyLoadAppFromAsar: '0',
  loadBrowserProcessSpecificV8Snapshot: '0',
  grantFileProtocolExtraPrivileges: '1',
} as const;

export type FuseName = keyof typeof ELECTRON_DEFAULT_FUSES;
export const FUSE_NAMES = Object.keys(ELECTRON_DEFAULT_FUSES) as FuseName[];

/** Creates `<parent>/stand-in-electron/electron` and returns the folder. */
export function makeStandInElectron(parent: string): string {
  const folder = join(parent, 'stand-in-electron');
  mkdirSync(folder, { recursive: true });
  const script = '#!/bin/sh\necho "stand-in Electron from tests/unit/stand-in-electron.ts: not a real binary" >&2\nexit 1\n';
  // The wire: version 1, then its length, then one ASCII '0' / '1' per fuse.
  const wire = Buffer.concat([
    Buffer.from(FUSE_SENTINEL, 'latin1'),
    Buffer.from([1, FUSE_NAMES.length]),
    Buffer.from(Object.values(ELECTRON_DEFAULT_FUSES).join(''), 'latin1'),
  ]);
  const executable = join(folder, 'electron');
  writeFileSync(executable, Buffer.concat([Buffer.from(script, 'utf8'), wire, Buffer.from('\n')]));
  chmodSync(executable, 0o755);
  writeFileSync(join(folder, 'LICENSE'), "Stand-in for Electron's LICENSE (electron-builder moves it to LICENSE.electron.txt).\n");
  return folder;
}
