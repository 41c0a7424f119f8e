import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runExtractCommand } from '../../electron/cli/extract-command';
import { loadDataset } from '../../electron/services/dataset';
import { articlesDir, devSet } from '../extract/dev-set';
import { ROOT } from './helpers';

/**
 * Every article of the development and held-out sets, read with every proposal accepted (as the
 * command line writes it), makes a report file that loads: each unit on the list, each value stated
 * in its quote, each range with its upper end, every chart the grammar proposes valid.
 */
const work = mkdtempSync(join(tmpdir(), 'lvyuan-extract-report-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const articles = [
  ...devSet(articlesDir('articles')).map((a) => ({ ...a, dir: 'articles' })),
  ...devSet(articlesDir('articles-heldout')).map((a) => ({ ...a, dir: 'articles-heldout' })),
];

describe('a report file from every article of the development and held-out sets', () => {
  it.each(articles.map((a) => [a.name, a] as const))('%s', async (name, article) => {
    const errors: string[] = [];
    const out = join(work, `${name}.json`);
    const code = await runExtractCommand([join(ROOT, 'tests', 'fixtures', article.dir, `${name}.txt`), '--date', article.date ?? '2025', '--out', out], {
      cwd: work,
      appRoot: ROOT,
      out: () => undefined,
      err: (line) => errors.push(line),
    });
    expect(errors).toEqual([]);
    expect(code).toBe(0);
    const load = await loadDataset(out);
    expect(load.ok ? '' : load.message).toBe('');
  });
});
