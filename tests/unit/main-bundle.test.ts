import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { mainShell } from '../../scripts/build.mjs';
import { ROOT } from './helpers';

/**
 * What Electron's main process reads before its first window: the shell bundle (dist/main/index.cjs).
 * zod, the dataset's schema, the chart registry and the Api are a file of their own (services.cjs),
 * required once the window is on its way; exceljs and jszip load on the first export.
 */
describe("main's shell bundle", () => {
  it('holds no zod, jszip, exceljs, dataset schema or chart code, requires services.cjs lazily, and stays within 200 KB', async () => {
    const result = await build({ ...mainShell, absWorkingDir: ROOT, write: false, metafile: true, sourcemap: false, logLevel: 'silent' });
    const [output] = result.outputFiles;
    const inputs = Object.keys(Object.values(result.metafile.outputs)[0]?.inputs ?? {});
    expect(inputs.filter((path) => /node_modules\/(zod|jszip|exceljs)\//u.test(path))).toEqual([]);
    expect(inputs.filter((path) => /electron\/(common\/(dataset|contract|charts\/)|services\/(api|dataset|workbook\/))/u.test(path))).toEqual([]);
    const code = output?.text ?? '';
    expect(code).toContain('require("./services.cjs")');
    expect(output?.contents.length).toBeLessThanOrEqual(200 * 1024);
  });
});
