import { join } from 'node:path';

/** The bundled dataset, relative to the app root (the repository, or the asar archive when packaged). */
export const DATASET_FILE = join('resources', 'dataset', 'lvyuan-2025.json');

export function datasetPath(appRoot: string): string {
  return join(appRoot, DATASET_FILE);
}
