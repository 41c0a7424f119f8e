import { stat } from 'node:fs/promises';
import type { Api, DatasetResult } from '../common/contract';
import { loadDataset } from './dataset';

export type ServiceOptions = {
  /** Absolute path of the bundled dataset file. */
  datasetPath: string;
};

/** The Node implementation of Api, shared by the Electron main process and the preview server. */
export function createApi(options: ServiceOptions): Api {
  // Validated once per version of the file: a changed file (new mtime or size) is read again.
  let cached: { stamp: string; result: DatasetResult } | undefined;

  return {
    async getDataset() {
      const info = await stat(options.datasetPath).catch(() => undefined);
      const stamp = info ? `${info.mtimeMs}:${info.size}` : 'missing';
      if (cached?.stamp === stamp) return cached.result;
      const load = await loadDataset(options.datasetPath);
      const result: DatasetResult = load.ok ? { ok: true, dataset: load.dataset } : { ok: false, message: load.message };
      cached = { stamp, result };
      return result;
    },
  };
}
