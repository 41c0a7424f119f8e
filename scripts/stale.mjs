// Tells whether dist/ is older than any source it is built from, so preview/start rebuild only when needed.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const SOURCES = ['electron', 'renderer', 'resources', 'vite.config.ts', 'package.json'];

async function newestMtime(path) {
  const info = await stat(path).catch(() => undefined);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path);
  const times = await Promise.all(entries.map((entry) => newestMtime(join(path, entry))));
  return Math.max(info.mtimeMs, ...times);
}

export async function distIsStale(root) {
  const stamp = await stat(join(root, 'dist', '.build-stamp')).catch(() => undefined);
  if (!stamp) return true;
  const newest = Math.max(...(await Promise.all(SOURCES.map((s) => newestMtime(join(root, s))))));
  return newest > stamp.mtimeMs;
}
