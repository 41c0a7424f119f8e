import { createLogFile } from '../services/log-file';

export type Log = (line: string) => void;

/**
 * The main process's log: each line to stdout, as before, and to a rotating file in the userData
 * folder (logs/main.log, about 1 MB, 3 files kept), where a lobby machine's crashes and reloads can
 * be read afterwards. Writing the file never throws; its first failure is said once on stderr.
 */
export function createMainLog(path: string): Log {
  const file = createLogFile({
    path,
    onError: (error) => console.error(`[log] cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`),
  });
  return (line) => {
    console.log(line);
    file.write(line);
  };
}
