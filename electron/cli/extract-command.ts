import { basename, extname, isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { excerpt } from '../common/excerpt';
import { extractArticle, type ArticleExtraction } from '../common/extract';
import { formatOfName } from '../common/extract/article-text';
import { suggestSections, titleLine } from '../common/extract/sections';
import { reportFromArticle, suggestMeasures } from '../common/extract/to-report';
import { ARTICLE_MAX_BYTES } from '../common/limits';
import { describeError, writeFileAtomic } from '../services/files';
import { invalidUtf8Offset, readFileCapped } from '../services/json-file';
import type { CliEnvironment } from './report-command';

export const EXTRACT_USAGE = 'usage: npm run extract -- ARTICLE.(txt|html|md) [--date YYYY[-MM[-DD]]] [--out FILE.tsv|FILE.json]';

class UsageError extends Error {}

const OPTIONS = { date: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean' } } as const;
const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/u;

type Parsed = { article: string; date?: string; out?: string };

function parse(argv: readonly string[]): Parsed {
  const { values, tokens, positionals } = parseArgs({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (!Object.hasOwn(OPTIONS, token.name)) throw new UsageError(`unknown option ${excerpt(token.rawName, 40)}`);
    const type = OPTIONS[token.name as keyof typeof OPTIONS].type;
    if (type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))))
      throw new UsageError(`${token.rawName} needs a value`);
  }
  if (values.help === true) throw new UsageError('');
  const [article, ...more] = positionals;
  if (article === undefined) throw new UsageError('name the article to read');
  if (more.length > 0) throw new UsageError(`one article at a time, not also ${excerpt(more[0] ?? '', 40)}`);
  const { date, out } = values as Partial<Record<'date' | 'out', string>>;
  if (date !== undefined && !DATE.test(date)) throw new UsageError(`--date ${excerpt(date, 20)} is not a date as YYYY, YYYY-MM or YYYY-MM-DD`);
  if (out !== undefined && !/\.(?:tsv|json)$/iu.test(out)) throw new UsageError(`--out ${excerpt(out, 40)} must end in .tsv or .json`);
  return { article, ...(date === undefined ? {} : { date }), ...(out === undefined ? {} : { out }) };
}

/** One figure per line, tab-separated: value as printed, unit as printed, the codes, the period, the quote. */
export function figuresTsv(extraction: ArticleExtraction): string {
  // No control character of the article reaches a terminal (an escape sequence could drive it).
  const clean = (text: string) => text.replace(/\p{Cc}+/gu, ' ');
  const lines = ['value\tunit\tqualifier\tstatus\tperiod\tquote'];
  for (const f of extraction.figures) lines.push([f.printed, f.unit, f.qualifier, f.status, f.period ?? '', clean(f.quote.text)].join('\t'));
  return `${lines.join('\n')}\n`;
}

/** Why these bytes are no article, or undefined: empty, binary, not UTF-8. */
function bytesProblem(bytes: Buffer): string | undefined {
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') return 'it is empty';
  if (bytes.includes(0)) return 'it is not text (it holds NUL bytes: a binary file)';
  const bad = invalidUtf8Offset(bytes);
  if (bad >= 0) return `it is not UTF-8 text (byte ${bad} is not UTF-8; save the article as UTF-8)`;
  return undefined;
}

/**
 * npm run extract: the figures of an article, as TSV on stdout or in a file, or as a report file
 * (--out X.json) with every figure accepted, sections from the article's headings and charts the
 * grammar proposes. Exit codes: 0 done, 1 the article or the output failed, 2 wrong arguments.
 */
export async function runExtractCommand(argv: readonly string[], env: CliEnvironment): Promise<number> {
  let options: Parsed;
  try {
    options = parse(argv);
  } catch (error) {
    env.err(error instanceof UsageError && error.message !== '' ? `extract: ${error.message} (${EXTRACT_USAGE})` : EXTRACT_USAGE);
    return error instanceof UsageError && error.message === '' ? 0 : 2;
  }
  const inCwd = (path: string) => (isAbsolute(path) ? path : resolve(env.cwd, path));
  const path = inCwd(options.article);
  const name = basename(path);
  const read = await readFileCapped(path, ARTICLE_MAX_BYTES);
  if (!read.ok) {
    env.err(`extract: ${name}: ${read.problem.replace(/such a file may be/u, 'an article may be')}`);
    return 1;
  }
  // Control characters other than tab, line feed, form feed and carriage return: a text file has none.
  const problem =
    bytesProblem(read.bytes) ?? (/[^\P{Cc}\t\n\f\r]/u.test(read.bytes.toString('utf8')) ? 'it is not text (it holds control characters)' : undefined);
  if (problem !== undefined) {
    env.err(`extract: ${name}: ${problem}`);
    return 1;
  }
  const out = options.out === undefined ? undefined : inCwd(options.out);
  try {
    const extraction = extractArticle({ raw: read.bytes.toString('utf8').replace(/^\uFEFF/u, ''), format: formatOfName(name), date: options.date });
    if (out === undefined) {
      for (const line of figuresTsv(extraction).trimEnd().split('\n')) env.out(line);
      return 0;
    }
    if (extname(out).toLowerCase() === '.tsv') {
      await writeFileAtomic(out, figuresTsv(extraction));
      env.out(`extract: wrote ${out} (${extraction.figures.length} figures)`);
      return 0;
    }
    if (extraction.date === undefined) {
      env.err(`extract: ${name}: the article prints no date; give its publication date with --date YYYY[-MM[-DD]]`);
      return 1;
    }
    if (extraction.figures.length === 0) {
      env.err(`extract: ${name}: no figures found (a figure is a number with a unit), so there is no report to write`);
      return 1;
    }
    const title = titleLine(extraction.text) ?? name.replace(/\.[^.]+$/u, '');
    const { sections, sectionOf } = suggestSections(extraction.text, extraction.figures, title);
    const measures = suggestMeasures(extraction.figures);
    const report = reportFromArticle({
      extraction,
      source: { title, date: extraction.date },
      sections,
      figures: extraction.figures.map((proposed, i) => ({
        proposed,
        value: proposed.value,
        upper: proposed.upper,
        unit: proposed.unit,
        qualifier: proposed.qualifier,
        status: proposed.status,
        period: proposed.period ?? extraction.date?.slice(0, 4) ?? '',
        label: proposed.label || title,
        measure: measures[i] ?? `figure-${i + 1}`,
        section: sectionOf[i] ?? 'section-1',
      })),
    });
    await writeFileAtomic(out, `${JSON.stringify(report, null, 2)}\n`);
    env.out(`extract: wrote ${out} (a report file: ${report.figures.length} figures, ${report.sections.length} sections, ${report.charts.length} charts)`);
    return 0;
  } catch (error) {
    env.err(`extract: ${name}: ${describeError(error, 'en').replace(/\p{Cc}+/gu, ' ')}`);
    return 1;
  }
}
