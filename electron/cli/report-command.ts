import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { clip, excerpt } from '../common/excerpt';
import { isLang, LANGS, type Lang } from '../common/i18n/languages';
import { loadDataset } from '../services/dataset';
import { datasetPath } from '../services/paths';
import { exportWorkbook } from '../services/workbook/export';
import { buildTemplate } from '../services/workbook/template';
import { describeError, writeFileAtomic } from '../services/files';

export const USAGE = `usage: npm run report -- --out FILE.xlsx [--lang ${LANGS.join('|')}] [--csv FILE.csv] [--dataset FILE.json|FILE.xlsx] [--template]`;

export type CliEnvironment = {
  /** Where relative paths start: the folder the user ran npm from (npm sets INIT_CWD). */
  cwd: string;
  /** The app root holding resources/, for the bundled dataset. */
  appRoot: string;
  out: (line: string) => void;
  err: (line: string) => void;
};

class UsageError extends Error {}

type Parsed = { out: string; lang: Lang; csv?: string; dataset?: string; template: boolean };

const OPTIONS = {
  out: { type: 'string' },
  lang: { type: 'string' },
  csv: { type: 'string' },
  dataset: { type: 'string' },
  template: { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

/**
 * The arguments, or a UsageError that names the bad one, cut short when long (an argument can be
 * 128 KB). Node's own parseArgs errors quote the whole argument, so the checks are made here, on
 * its tokens.
 */
function parse(argv: readonly string[]): Parsed {
  const { values, tokens } = parseArgs({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'positional') throw new UsageError(`unexpected argument ${excerpt(token.value, 40)}`);
    if (token.kind !== 'option') continue;
    if (!Object.hasOwn(OPTIONS, token.name)) throw new UsageError(`unknown option ${excerpt(token.rawName, 40)}`);
    const type = OPTIONS[token.name as keyof typeof OPTIONS].type;
    if (type === 'boolean' && token.value !== undefined) throw new UsageError(`${token.rawName} takes no value`);
    // "--out --lang en": --out was given no value (write --out=-x.xlsx for a name that starts with a dash).
    if (type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))))
      throw new UsageError(`${token.rawName} needs a value`);
  }
  if (values.help === true) throw new UsageError('');
  const { out, lang = 'zh-Hant', csv, dataset } = values as Partial<Record<'out' | 'lang' | 'csv' | 'dataset', string>>;
  if (out === undefined || out === '') throw new UsageError('--out FILE.xlsx is required');
  if (!isLang(lang)) throw new UsageError(`unknown language ${excerpt(lang, 40)}; use ${LANGS.join(', ')}`);
  if (values.template === true && (csv !== undefined || dataset !== undefined))
    throw new UsageError('--template writes a workbook to fill in: it takes no --csv or --dataset');
  return { out, lang, template: values.template === true, ...(csv === undefined ? {} : { csv }), ...(dataset === undefined ? {} : { dataset }) };
}

/**
 * npm run report: the Excel report (and optionally the CSV) without a window. Returns the exit
 * code: 0 written, 1 could not be written or the dataset is bad, 2 wrong arguments. Every failure
 * is one line on stderr that names the problem.
 */
export async function runReportCommand(argv: readonly string[], env: CliEnvironment): Promise<number> {
  const started = performance.now();
  let options: Parsed;
  try {
    options = parse(argv);
  } catch (error) {
    env.err(error instanceof UsageError && error.message !== '' ? `report: ${error.message} (${USAGE})` : USAGE);
    return error instanceof UsageError && error.message === '' ? 0 : 2;
  }
  const inCwd = (path: string) => (isAbsolute(path) ? path : resolve(env.cwd, path));
  if (options.template) {
    // A new report to fill in (File → New report workbook…): written whole or not at all.
    try {
      const path = inCwd(options.out);
      await writeFileAtomic(path, await buildTemplate(options.lang));
      env.out(`report: wrote ${path} (${options.lang}, a report workbook to fill in)`);
      return 0;
    } catch (error) {
      env.err(`report: ${describeError(error, 'en')}`);
      return 1;
    }
  }
  const load = await loadDataset(options.dataset === undefined ? datasetPath(env.appRoot) : inCwd(options.dataset));
  if (!load.ok) {
    // One line per problem (one, for a file with one fault), each short and naming the file.
    for (const line of load.message.split('\n')) env.err(`report: ${line}`);
    return 1;
  }
  // What did not stop the report (a workbook's macros left unrun), before what was written.
  for (const notice of load.notices ?? []) env.out(`report: ${notice}`);
  try {
    const summary = await exportWorkbook({
      dataset: load.dataset,
      lang: options.lang,
      xlsxPath: inCwd(options.out),
      ...(options.csv === undefined ? {} : { csvPath: inCwd(options.csv) }),
    });
    const size = `${Math.round(summary.bytes / 1024)} KB`;
    env.out(
      `report: wrote ${summary.path} (${options.lang}, ${summary.sheets.length} sheets, ${summary.charts} native charts, ${size}) in ${Math.round(performance.now() - started)} ms`,
    );
    if (summary.csvPath !== undefined) env.out(`report: wrote ${summary.csvPath}`);
    return 0;
  } catch (error) {
    // Our errors are one short line already; anything else is cut to one.
    env.err(`report: ${clip(String((error as Error | undefined)?.message ?? error).split('\n')[0] ?? '', 300)}`);
    return 1;
  }
}
