import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ROOT } from './helpers';

/**
 * The first lint loads the flat config, typescript-eslint and a TypeScript program for the project
 * service: 4–9 s on a 2-core machine, more when it is busy, against Vitest's default of 5 s. What is
 * tested is which rule fires, not how fast, so the timeout only has to stop a hang.
 */
const LINT_TIMEOUT_MS = 120_000;

describe('the layer import rules of ARCHITECTURE.md', { timeout: LINT_TIMEOUT_MS }, () => {
  // One instance for the file: its config and parser are then loaded once, not per snippet.
  let eslint: ESLint;
  beforeAll(() => {
    eslint = new ESLint({ cwd: ROOT });
  });

  /** Lints a snippet as if it lived at `file`, and returns the rule ids that fired. */
  async function rulesFired(file: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
    return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
  }

  it('keeps Node and Electron out of common', async () => {
    expect(await rulesFired('electron/common/dataset.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n")).toContain(
      'no-restricted-imports',
    );
    expect(await rulesFired('electron/common/dataset.ts', "import { app } from 'electron';\nexport const a = app;\n")).toContain('no-restricted-imports');
  });

  it('keeps Electron out of services and services out of the renderer', async () => {
    expect(await rulesFired('electron/services/api.ts', "import { app } from 'electron';\nexport const a = app;\n")).toContain('no-restricted-imports');
    expect(
      await rulesFired('renderer/src/api.ts', "import { loadDataset } from '../../electron/services/dataset';\nexport const l = loadDataset;\n"),
    ).toContain('no-restricted-imports');
  });

  it('lets the renderer use common', async () => {
    expect(await rulesFired('renderer/src/api.ts', "import { LANGS } from '../../electron/common/i18n/languages';\nexport const l = LANGS;\n")).not.toContain(
      'no-restricted-imports',
    );
  });

  it('loads chart.js in one module only; elsewhere its types alone', async () => {
    const load = "import { Chart } from 'chart.js';\nexport const c = Chart;\n";
    expect(await rulesFired('renderer/src/components/Figure.tsx', load)).toContain('no-restricted-imports');
    expect(await rulesFired('renderer/src/charts/chartjs.ts', load)).not.toContain('no-restricted-imports');
    expect(await rulesFired('renderer/src/charts/config.ts', "import type { Plugin } from 'chart.js';\nexport type P = Plugin;\n")).not.toContain(
      'no-restricted-imports',
    );
  });
});
