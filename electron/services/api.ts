import type { Api } from '../common/contract';
import { loadDataset } from './dataset';

export type ServiceOptions = {
  /** Absolute path of the bundled dataset file. */
  datasetPath: string;
};

/** The Node implementation of Api, shared by the Electron main process and the preview server. */
export function createApi(options: ServiceOptions): Api {
  return {
    async getDataset() {
      const load = await loadDataset(options.datasetPath);
      return load.ok ? { ok: true, dataset: load.dataset } : { ok: false, message: load.message };
    },
  };
}
