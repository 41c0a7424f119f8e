import { fileURLToPath } from 'node:url';

/** Where the preview server saves exported workbooks during the e2e run (LVYUAN_EXPORT_DIR). */
export const EXPORT_DIR = fileURLToPath(new URL('../../test-results/exports', import.meta.url));
