import { runExtractCommand } from './extract-command';

void runExtractCommand(process.argv.slice(2), {
  cwd: process.env.INIT_CWD ?? process.cwd(),
  appRoot: process.env.LVYUAN_APP_ROOT ?? process.cwd(),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
}).then((code) => {
  process.exitCode = code;
});
