import { basename } from 'node:path';
import type { z } from 'zod';
import { withProposedCharts } from '../common/charts/propose';
import { REPORT_MAX_BYTES } from '../common/contract';
import { datasetSchema, type Dataset } from '../common/dataset';
import { migrateReport } from '../common/migrate';
import { clip, excerpt } from '../common/excerpt';
import type { Lang } from '../common/i18n/languages';
import { t } from '../common/i18n/messages';
import { parseJsonBytes, readFileCapped } from './json-file';
import { sniff } from './report-open/package-guard';
import { readWorkbookReport } from './report-open/open-workbook';

/** The largest report file read (contract.ts REPORT_MAX_BYTES): the same for a file opened from disk and one sent as bytes. */
export const DATASET_MAX_BYTES = REPORT_MAX_BYTES;

/** The longest line a problem takes: whatever a message embeds, it stays one short line. */
const MAX_LINE = 200;

export type DatasetProblem = {
  /** The file as the user knows it: its name, not the full install path. */
  file: string;
  /** The figure (or other record) id, where the problem lies inside one. */
  record?: string;
  /** The field inside that record, e.g. "unit" or "label.en". */
  field?: string;
  message: string;
};

/** A report read, with notices that do not stop it (a workbook's macros left unrun); or why it could not be. */
export type DatasetLoad = { ok: true; dataset: Dataset; notices?: string[] } | { ok: false; problems: DatasetProblem[]; message: string };

const RECORD_NAMES: Readonly<Record<string, string>> = {
  figures: 'figure',
  enterprises: 'enterprise',
  industries: 'industry',
  sections: 'section',
  charts: 'chart',
};

function recordId(raw: unknown, collection: string, index: number): string {
  const list = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[collection] : undefined;
  const item = Array.isArray(list) ? (list[index] as unknown) : undefined;
  const itemId = typeof item === 'object' && item !== null ? (item as Record<string, unknown>).id : undefined;
  return typeof itemId === 'string' ? excerpt(itemId, 40) : `#${index + 1}`;
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i > 0 ? '.' : ''}${String(part)}`)).join('');
}

/** Turns a zod issue path like ["figures", 12, "unit"] into `figure "some-id"`, field `unit`. */
function describeIssue(file: string, raw: unknown, issue: z.core.$ZodIssue): DatasetProblem {
  const [head, index, ...rest] = issue.path;
  const recordName = typeof head === 'string' ? RECORD_NAMES[head] : undefined;
  if (recordName !== undefined && typeof index === 'number') {
    return {
      file,
      record: `${recordName} ${recordId(raw, head as string, index)}`,
      field: rest.length > 0 ? fieldPath(rest) : undefined,
      message: issue.message,
    };
  }
  return { file, field: issue.path.length > 0 ? fieldPath(issue.path) : undefined, message: issue.message };
}

export function formatProblem(problem: DatasetProblem): string {
  const where = [problem.record, problem.field === undefined ? undefined : `field "${problem.field}"`].filter((part) => part !== undefined).join(', ');
  const line = `${problem.file}: ${where === '' ? '' : `${where}: `}${problem.message}`;
  // A last guard: every message is written to cut what it quotes; none may run on regardless.
  return line.length > MAX_LINE ? clip(line, MAX_LINE) : line;
}

/** A failed load: its first five problems, a line each. */
export function failure(problems: DatasetProblem[]): DatasetLoad {
  const shown = problems.slice(0, 5).map(formatProblem);
  const more = problems.length > 5 ? [`${problems[0]?.file ?? ''}: … and ${problems.length - 5} more problems`] : [];
  return { ok: false, problems, message: [...shown, ...more].join('\n') };
}

/** Validates parsed JSON; `file` names the source in every message. */
export function parseDataset(raw: unknown, file: string): DatasetLoad {
  const migrated = migrateReport(raw);
  const result = datasetSchema.safeParse(migrated);
  if (result.success) return { ok: true, dataset: withProposedCharts(result.data) };
  return failure(result.error.issues.map((issue) => describeIssue(file, migrated, issue)));
}

/** How a report file is read: the language of a workbook's messages, and the time a revision records. */
export type LoadOptions = { messages?: Lang; now?: Date };

/**
 * A report from a file's bytes: a workbook this app wrote (or one with the same figures table) when
 * they are a zip, a refusal naming the likely cause when they are an OLE file (a password-protected
 * .xlsx, an old .xls), and report-file JSON otherwise.
 */
export async function datasetFromBytes(bytes: Buffer, file: string, options: LoadOptions = {}): Promise<DatasetLoad> {
  const messages = options.messages ?? 'en';
  const kind = sniff(bytes);
  if (kind === 'zip') return readWorkbookReport(bytes, file, { messages, now: options.now ?? new Date() });
  if (kind === 'ole') return failure([{ file, message: t(messages, 'open.encrypted') }]);
  // Named as a workbook but not a zip: say so, rather than that it is not JSON.
  if (/\.xls[xm]$/iu.test(file)) return failure([{ file, message: t(messages, 'open.notWorkbook') }]);
  const read = parseJsonBytes(bytes);
  if (read.ok) return parseDataset(read.raw, file);
  if (read.stage === 'parse') return failure([{ file, message: `is not valid JSON (${read.place}: ${read.found})` }]);
  return failure([{ file, message: read.problem }]);
}

/**
 * Reads and validates a report file (.json, or a workbook: datasetFromBytes). Never throws: every
 * fault comes back as a problem naming the file, in one line that quotes at most a short excerpt of
 * any bad value.
 */
export async function loadDataset(path: string, options: LoadOptions = {}): Promise<DatasetLoad> {
  const file = clip(basename(path), 80);
  const read = await readFileCapped(path, DATASET_MAX_BYTES);
  if (read.ok) return datasetFromBytes(read.bytes, file, options);
  // The full path after the reason, as much of it as the line has room for (a prefix such as "report: " included).
  const message = `cannot read the dataset file (${read.problem})`;
  const room = MAX_LINE - 10 - file.length - 2 - message.length - 2;
  return failure([{ file, message: room >= 24 ? `${message}: ${clip(path, room)}` : message }]);
}
