import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTruth, type Row } from './score';

/** The development set: tests/fixtures/articles/NAME.{txt,tsv,meta.json}. */
export type Article = { name: string; text: string; truth: Row[]; date: string | undefined; script: string };

/** The development set, and the held-out articles read once blind after the rules were tuned. */
export function articlesDir(set: 'articles' | 'articles-heldout' = 'articles'): string {
  return join(import.meta.dirname, '..', 'fixtures', set);
}

export function devSet(dir = articlesDir()): Article[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.meta.json'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.meta.json'.length);
      const meta = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { date?: string; script?: string };
      return {
        name,
        text: readFileSync(join(dir, `${name}.txt`), 'utf8'),
        truth: readTruth(readFileSync(join(dir, `${name}.tsv`), 'utf8')),
        date: meta.date,
        script: meta.script ?? '',
      };
    });
}
