import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { electronBinary } from '../../scripts/electron-binary.mjs';
import { expect, isElectron, test } from './fixtures';

/** The files of V8's code cache for scripts, with their sizes; none when the folder is not there. */
function cachedScripts(userData: string): number[] {
  const folder = join(userData, 'Code Cache', 'js');
  try {
    return readdirSync(folder).map((name) => statSync(join(folder, name)).size);
  } catch {
    return [];
  }
}

// app:// is registered with the codeCache privilege (with standard, which it needs), so V8 keeps the
// renderer bundle compiled between launches, as it would for https. Chromium writes the cache once a
// script has run on two loads; the third launch starts from it.
test('launches after the first reuse V8’s compiled renderer bundle', async ({ playwright }, testInfo) => {
  testInfo.skip(!isElectron(testInfo), 'Runs in the electron project only.');
  const binary = electronBinary();
  testInfo.skip(
    binary === undefined,
    'No Electron binary installed (offline install with ELECTRON_SKIP_BINARY_DOWNLOAD); the codeCache privilege is checked by tests/unit/electron-shell.test.ts.',
  );
  const drawn: number[] = [];
  // A profile of its own, so that no earlier run's cache counts.
  const userData = mkdtempSync(join(tmpdir(), 'lvyuan-code-cache-'));
  for (let launch = 0; launch < 3; launch += 1) {
    const app = await playwright._electron.launch({
      executablePath: binary,
      args: ['.'],
      env: { ...process.env, LVYUAN_NO_DEVTOOLS: '1', LVYUAN_USER_DATA: userData },
    });
    expect(await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'))).toBe(userData);
    const window = await app.firstWindow();
    await window.waitForFunction(() => document.documentElement.dataset.drawnPage === 'overview');
    drawn.push(await window.evaluate(() => performance.getEntriesByName('lvyuan:page-drawn').at(-1)?.startTime ?? Number.NaN));
    await app.close();
  }
  testInfo.annotations.push({ type: 'overview drawn (ms), launches 1–3', description: drawn.map((ms) => ms.toFixed(0)).join(', ') });
  // The bundle is ~600 KB of JavaScript; its compiled code is well over 50 KB.
  expect(Math.max(0, ...cachedScripts(userData))).toBeGreaterThan(50 * 1024);
  rmSync(userData, { recursive: true, force: true });
});
