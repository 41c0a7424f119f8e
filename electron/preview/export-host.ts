import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Lang } from '../common/i18n/languages';
import { t } from '../common/i18n/messages';
import type { ExportHost } from '../services/api';

/** Where the preview saves: LVYUAN_EXPORT_DIR (the e2e tests set it), else a folder in the temp dir. */
export function previewExportDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.LVYUAN_EXPORT_DIR ?? join(tmpdir(), 'lvyuan-exports');
}

/**
 * The preview runs in a browser tab, with no native dialog and no way to open files on the user's
 * desktop: it saves under the offered name in one fixed folder and says where.
 */
export function previewExportHost(dir: string): ExportHost {
  const unavailable = (path: string, lang: Lang) => Promise.resolve(t(lang, 'export.desktopOnly', { path }));
  return {
    async chooseSavePath(defaultName) {
      await mkdir(dir, { recursive: true });
      return join(dir, defaultName);
    },
    open: unavailable,
    reveal: unavailable,
  };
}
