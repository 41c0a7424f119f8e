import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Api, DatasetResult, ExportResult } from '../common/contract';
import type { Lang } from '../common/i18n/languages';
import { t } from '../common/i18n/messages';
import { loadDataset } from './dataset';
import { describeError } from './files';

/**
 * What only the shell can do: ask where to save, open a file, show it in its folder. Electron's
 * main process gives dialogs and the shell; the preview gives a fixed folder and no shell.
 */
export type ExportHost = {
  /** The path the user chose, or undefined if they cancelled. */
  chooseSavePath: (defaultName: string, lang: Lang) => Promise<string | undefined>;
  /** Resolves to an error message, or undefined on success. */
  open: (path: string, lang: Lang) => Promise<string | undefined>;
  reveal: (path: string, lang: Lang) => Promise<string | undefined>;
};

export type ServiceOptions = {
  /** Absolute path of the bundled dataset file. */
  datasetPath: string;
  host: ExportHost;
};

/** The Node implementation of Api, shared by the Electron main process and the preview server. */
export function createApi(options: ServiceOptions): Api {
  // Validated once per version of the file: a changed file (new mtime or size) is read again.
  let cached: { stamp: string; result: DatasetResult } | undefined;
  // Only files this session wrote may be opened through the Api, never an arbitrary path.
  const exported = new Set<string>();

  async function getDataset(): Promise<DatasetResult> {
    const info = await stat(options.datasetPath).catch(() => undefined);
    const stamp = info ? `${info.mtimeMs}:${info.size}` : 'missing';
    if (cached?.stamp === stamp) return cached.result;
    const load = await loadDataset(options.datasetPath);
    const result: DatasetResult = load.ok ? { ok: true, dataset: load.dataset } : { ok: false, message: load.message };
    cached = { stamp, result };
    return result;
  }

  return {
    getDataset,

    async exportReport(lang): Promise<ExportResult> {
      const started = performance.now();
      const data = await getDataset();
      if (!data.ok) return { ok: false, message: data.message };
      // exceljs and the report code load here, on first export, not at start-up.
      const { defaultReportName, exportReport } = await import('./report/export');
      const target = await options.host.chooseSavePath(defaultReportName(lang, new Date()), lang);
      if (target === undefined) return { ok: false, cancelled: true };
      try {
        const summary = await exportReport({ dataset: data.dataset, lang, xlsxPath: target });
        exported.add(summary.path);
        return { ok: true, path: summary.path, fileName: basename(summary.path), bytes: summary.bytes, sheets: summary.sheets.length, charts: summary.charts, ms: Math.round(performance.now() - started) };
      } catch (error) {
        return { ok: false, message: describeError(error, lang) };
      }
    },

    async openExported(path, action, lang) {
      if (!exported.has(path)) return { ok: false, message: t(lang, 'export.notExported', { file: basename(path) }) };
      const message = action === 'open' ? await options.host.open(path, lang) : await options.host.reveal(path, lang);
      return message === undefined ? { ok: true } : { ok: false, message };
    },
  };
}
