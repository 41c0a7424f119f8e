import { build } from 'esbuild';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

/**
 * The renderer reads the report's chart specs (charts/interpret.ts) but never validates them: the
 * main process did. zod, the report's schema and the grammar's checks stay out of its bundle, which
 * every window parses before its first page (the start-up bench's cold overview).
 */
describe("the renderer's bundle", () => {
  it('holds no zod, no report schema and no validation', async () => {
    const result = await build({
      entryPoints: [join(ROOT, 'renderer', 'src', 'main.tsx')],
      absWorkingDir: ROOT,
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'browser',
      logLevel: 'silent',
      loader: { '.css': 'empty', '.woff2': 'empty', '.png': 'empty' },
      jsx: 'automatic',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((path) => path.includes('renderer/src/App.tsx'))).toBe(true);
    expect(inputs.filter((path) => /node_modules\/zod\//u.test(path))).toEqual([]);
    expect(
      inputs.filter((path) => /electron\/common\/(dataset|schema-parts|charts\/spec|charts\/spec-checks|charts\/propose|migrate)\.ts$/u.test(path)),
    ).toEqual([]);
  });
});
