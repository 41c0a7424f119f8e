import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../electron/common/dataset';
import { DATASET_FILE } from '../../electron/services/paths';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DATASET_PATH = join(ROOT, DATASET_FILE);
export const ARTICLE_PATH = join(ROOT, 'resources', 'dataset', 'article-a573fb9ec5476cff.txt');

/** The bundled dataset as raw JSON, fresh each call so that a test can break its own copy. */
export function rawDataset(): Dataset {
  return JSON.parse(readFileSync(DATASET_PATH, 'utf8')) as Dataset;
}

export function articleText(): string {
  return readFileSync(ARTICLE_PATH, 'utf8');
}
