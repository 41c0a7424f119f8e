import { dirname, resolve } from 'node:path';
import { runReportCommand } from './report-command';

// Built to dist/cli/report.cjs, so the app root (with resources/) is two folders up.
const appRoot = process.env.LVYUAN_APP_ROOT ?? resolve(dirname(__filename), '..', '..');

void runReportCommand(process.argv.slice(2), {
  cwd: process.env.INIT_CWD ?? process.cwd(),
  appRoot,
  out: (line) => console.log(line),
  err: (line) => console.error(line),
}).then((code) => {
  process.exitCode = code;
});
