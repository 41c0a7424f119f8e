import { join, resolve } from 'node:path';
import { clip } from '../common/excerpt';
import { createApi, type KioskHost } from '../services/api';
import { datasetPath } from '../services/paths';
import { previewExportDir, previewExportHost } from './export-host';
import { previewPrinter } from './pdf-printer';
import { parsePreviewArgs, startPreviewServer } from './server';

/** npm run preview [-- --port N] [--dataset FILE.json|FILE.xlsx]: the renderer in any browser, backed by the same Node services, showing the bundled report or FILE. */
const args = parsePreviewArgs(process.argv.slice(2));
if (!args.ok) {
  console.error(args.message);
  process.exit(2);
}
const { port } = args;

const root = resolve(process.env.LVYUAN_APP_ROOT ?? process.cwd());
/**
 * #/kiosk in a browser tab: settings from $LVYUAN_KIOSK_SETTINGS (defaults when unset), no
 * command-line overrides, and nothing to leave on the server side: the page navigates itself.
 */
const kiosk: KioskHost = { settingsPath: process.env.LVYUAN_KIOSK_SETTINGS || undefined, overrides: {}, leave: () => Promise.resolve() };
// The printer reads the preview's own address, known once the server listens (port 0 picks one).
let origin = '';
const printer = previewPrinter(() => origin);
startPreviewServer({
  rendererDir: join(root, 'dist', 'renderer'),
  api: createApi({
    datasetPath: args.dataset === undefined ? datasetPath(root) : resolve(args.dataset),
    host: previewExportHost(previewExportDir()),
    kiosk,
    print: printer.print,
    // How often the report kiosk.json names is checked: quicker for the replace soak (scripts/soak-replace.mjs).
    ...(Number(process.env.LVYUAN_WATCH_MS) > 0 ? { watchMs: Number(process.env.LVYUAN_WATCH_MS) } : {}),
    log: (line) => console.log(line),
  }),
  port,
}).then(
  (server) => {
    origin = server.url.replace(/\/$/u, '');
    console.log(`Lüyuan Report preview: ${server.url}`);
    const stop = () => void Promise.all([server.close(), printer.close()]).then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  },
  (error: unknown) => {
    const { code, message } = error as NodeJS.ErrnoException;
    console.error(
      code === 'EADDRINUSE'
        ? `preview: port ${port} is already in use; choose another with --port N`
        : `preview: cannot start the server: ${clip(message, 160)}`,
    );
    process.exit(1);
  },
);
