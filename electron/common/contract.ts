import { z } from 'zod';
import { CHANNEL_NAMES, type Method } from './channels';
import type { Dataset } from './dataset';
import { clip, excerpt } from './excerpt';
import { LANGS } from './i18n/languages';
import type { KioskView } from './kiosk/settings';
import type { ReportChanges } from './report-changes';
import type { ArticleExtraction } from './extract';
import { ARTICLE_MAX_CHARS, OPEN_BASE64_MAX } from './limits';

export { METHODS, type Method } from './channels';

/**
 * The only IPC definition. Every method of Api has an entry in CHANNELS with the schema of its
 * arguments; preload, main and the preview server are all generated from this table.
 */
export { ARTICLE_MAX_BYTES, OPEN_BASE64_MAX, REPORT_MAX_BYTES } from './limits';

/** A publication date as the import form takes it: a year, a month or a day that exists. */
const ARTICLE_DATE = z
  .string()
  .max(10)
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/u, { error: 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD' })
  .refine(
    (date) => {
      const [year, month, day] = date.split('-').map(Number);
      return day === undefined || day <= new Date(Date.UTC(year ?? 0, month ?? 1, 0)).getUTCDate();
    },
    { error: 'no such day' },
  );

const SECTION_ID = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, { error: 'must be an id: a–z, 0–9 and hyphens' });

/**
 * The article an import reads: its text as the renderer read it from the file (or the paste), and
 * the file's name for its format (.html, .md; anything else is text). Never a path. The text's size
 * is the Api's to refuse, in one line (ARTICLE_MAX_BYTES); the schema only stops the absurd.
 */
const ARTICLE = z
  .object({
    name: z.string().min(1).max(255).optional(),
    text: z.string().max(ARTICLE_MAX_CHARS),
    /** The publication date periods are read with; without it, the article's dateline. */
    date: ARTICLE_DATE.optional(),
  })
  .strict();

const QUALIFIERS = ['exact', 'over', 'at_least', 'plus', 'approx', 'level', 'at_most', 'range'] as const;
const STATUSES = ['actual', 'expected', 'target'] as const;

/**
 * The analyst's review of an article: the source, the sections, and each figure kept (accepted or
 * edited) by its place in the extraction's list, with what the analyst made of it. The Api reads the
 * article again and pairs each with its proposal, so the quote and offsets are always the article's.
 */
export const ARTICLE_REVIEW = z
  .object({
    article: ARTICLE.extend({ date: ARTICLE_DATE }).strict(),
    source: z
      .object({
        title: z.string().trim().min(1).max(300),
        outlet: z.string().max(200).optional(),
        url: z
          .string()
          .max(2048)
          .regex(/^https?:\/\/[^\s]+$/iu, { error: 'must be an http(s) address' })
          .optional(),
      })
      .strict(),
    sections: z
      .array(z.object({ id: SECTION_ID, title: z.string().trim().min(1).max(100) }).strict())
      .min(1)
      .max(50),
    figures: z
      .array(
        z
          .object({
            index: z.number().int().min(0).max(100_000),
            value: z.number(),
            upper: z.number().optional(),
            unit: z.string().min(1).max(20),
            qualifier: z.enum(QUALIFIERS),
            status: z.enum(STATUSES),
            period: z.string().max(40),
            label: z.string().trim().min(1).max(200),
            measure: SECTION_ID,
            section: SECTION_ID,
          })
          .strict(),
      )
      .max(5000),
  })
  .strict();

export type ArticleToExtract = z.infer<typeof ARTICLE>;
export type ArticleReview = z.infer<typeof ARTICLE_REVIEW>;
export type ReviewedFigureInput = ArticleReview['figures'][number];

export const CHANNELS = {
  getDataset: { channel: CHANNEL_NAMES.getDataset, args: z.tuple([]) },
  /** One page's part of the dataset (page-dataset.ts): what a viewer page draws from. */
  getPage: {
    channel: CHANNEL_NAMES.getPage,
    args: z.tuple([
      z
        .string()
        .max(100)
        .regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/u, { error: 'must be a section id, or empty for the first section' }),
    ]),
  },
  /** Asks where to save (a dialog in Electron), then writes the workbook in that language. */
  exportWorkbook: { channel: CHANNEL_NAMES.exportWorkbook, args: z.tuple([z.enum(LANGS)]) },
  /** Asks where to save, then prints the print view (#/print) in that language to a PDF. */
  exportPdf: { channel: CHANNEL_NAMES.exportPdf, args: z.tuple([z.enum(LANGS)]) },
  /** Opens a workbook or PDF exported in this session, or shows it in its folder. No other path is accepted. */
  openExported: { channel: CHANNEL_NAMES.openExported, args: z.tuple([z.string().min(1).max(4096), z.enum(['open', 'reveal']), z.enum(LANGS)]) },
  getKioskSettings: { channel: CHANNEL_NAMES.getKioskSettings, args: z.tuple([]) },
  /**
   * Leaves the presentation if the PIN is right. The key chord is not a form of this call: the
   * main process hears it itself (kiosk.ts), so a page cannot unlock by claiming it was pressed.
   */
  exitKiosk: { channel: CHANNEL_NAMES.exitKiosk, args: z.tuple([z.object({ pin: z.string().max(16) }).strict()]) },
  /**
   * Opens a report from a file's bytes (a report file, or a workbook this app wrote, edited anywhere):
   * the renderer sends what the user chose and never a path. Checked as a file opened from disk is,
   * with the same size cap; the report shown stays until one opens.
   */
  openReport: {
    channel: CHANNEL_NAMES.openReport,
    args: z.tuple([
      z
        .object({
          name: z.string().min(1).max(255),
          // Base64, the same over IPC and HTTP: a 16 MB file is at most this long.
          base64: z
            .string()
            .max(OPEN_BASE64_MAX)
            .regex(/^[A-Za-z0-9+/]*={0,2}$/u, { error: 'must be base64' }),
        })
        .strict(),
      z.enum(LANGS),
    ]),
  },
  /** Goes back to the report the app carries (the article's). */
  openBundledReport: { channel: CHANNEL_NAMES.openBundledReport, args: z.tuple([]) },
  /** Which report is shown (the bundled one, or a file by its name) and what its opening changed. */
  getReportState: { channel: CHANNEL_NAMES.getReportState, args: z.tuple([]) },
  /** Asks which report to open (a dialog in Electron: File → Open report…), then opens it; the preview has no dialog and says so. */
  openReportDialog: { channel: CHANNEL_NAMES.openReportDialog, args: z.tuple([z.enum(LANGS)]) },
  /** Opens the nth report of File → Open recent, by its place in the list: the renderer never sees a path. */
  openRecentReport: { channel: CHANNEL_NAMES.openRecentReport, args: z.tuple([z.number().int().min(0).max(9), z.enum(LANGS)]) },
  /** File → New report workbook…: asks where to save (a dialog in Electron), then writes a workbook to fill in, in that language. */
  saveTemplate: { channel: CHANNEL_NAMES.saveTemplate, args: z.tuple([z.enum(LANGS)]) },
  /** File → Import article…: the figures an article states, proposed for review, with a measure suggested for each. */
  extractArticle: { channel: CHANNEL_NAMES.extractArticle, args: z.tuple([ARTICLE, z.enum(LANGS)]) },
  /** The report a review makes, with the charts the grammar proposes, shown before it is saved. */
  previewArticleReport: { channel: CHANNEL_NAMES.previewArticleReport, args: z.tuple([ARTICLE_REVIEW, z.enum(LANGS)]) },
  /** Asks where to save the report a review makes (a dialog in Electron), writes it, then opens it as File → Open report… does. */
  saveArticleReport: { channel: CHANNEL_NAMES.saveArticleReport, args: z.tuple([ARTICLE_REVIEW, z.enum(LANGS)]) },
} as const satisfies Record<Method, { channel: string; args: z.ZodType<unknown[]> }>;

/** A report opened: its file's name, what did not stop it (macros left unrun), and what changed against the one before. */
export type OpenReportResult =
  { ok: true; file: string; notices: string[]; changes: ReportChanges } | { ok: false; cancelled: true } | { ok: false; cancelled?: false; message: string };

/** The report shown: the bundled one (no file), or an opened file; the changes and notices of its opening, where it was opened. */
export type ReportState = {
  file?: string;
  notices: string[];
  changes?: ReportChanges;
  opened?: number;
  /** The report a kiosk follows (kiosk.json's dataset): counts its good reads, so that the show picks up a new one. */
  revision?: number;
};

/** A report, or why not; `firstSection` where the report loaded but has no such section (the address is corrected to it). */
export type DatasetResult = { ok: true; dataset: Dataset } | { ok: false; message: string; firstSection?: string };

/** An article read for import: the extraction (its text, what the offsets refer to) and a measure id suggested per figure; or why not, in one line. */
export type ArticleResult = { ok: true; extraction: ArticleExtraction; measures: string[] } | { ok: false; message: string };

/** What was saved: a workbook (its sheets and native charts) or a PDF (its pages). */
export type Exported =
  | { format: 'xlsx'; path: string; fileName: string; bytes: number; sheets: number; charts: number; ms: number }
  | { format: 'pdf'; path: string; fileName: string; bytes: number; pages: number; ms: number };

export type ExportFormat = Exported['format'];

/** What a save dialog is asked for: an export, or a report file (.json, File → Import article…). */
export type SaveFormat = ExportFormat | 'json';

export type ExportResult = ({ ok: true } & Exported) | { ok: false; cancelled: true } | { ok: false; cancelled?: false; message: string };

export type OpenResult = { ok: true } | { ok: false; message: string };

export type KioskSettingsResult = { ok: true; settings: KioskView; source: string } | { ok: false; message: string };

/** Why the exit stayed locked; the renderer says it in the presentation's language. */
export type ExitResult = { ok: true } | { ok: false; reason: 'wrong-pin' | 'no-pin' | 'locked'; retryInSeconds?: number };

type Results = {
  getDataset: DatasetResult;
  getPage: DatasetResult;
  exportWorkbook: ExportResult;
  exportPdf: ExportResult;
  openExported: OpenResult;
  getKioskSettings: KioskSettingsResult;
  exitKiosk: ExitResult;
  openReport: OpenReportResult;
  openBundledReport: { ok: true };
  getReportState: ReportState;
  openReportDialog: OpenReportResult;
  openRecentReport: OpenReportResult;
  saveTemplate: { ok: true; fileName: string } | { ok: false; cancelled: true } | { ok: false; cancelled?: false; message: string };
  extractArticle: ArticleResult;
  previewArticleReport: DatasetResult;
  saveArticleReport: OpenReportResult;
};

export type Api = {
  [M in Method]: (...args: z.infer<(typeof CHANNELS)[M]['args']>) => Promise<Results[M]>;
};

export function isMethod(value: string): value is Method {
  return Object.hasOwn(CHANNELS, value);
}

/**
 * One issue in a few words: where in the arguments, and what is wrong. Zod's own text quotes an
 * unknown key whole, so keys are cut short here, like any value a message shows.
 */
function describeIssue(issue: z.core.$ZodIssue): string {
  const at = issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${clip(String(part), 20)}`)).join('');
  const what =
    issue.code === 'unrecognized_keys'
      ? `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys
          .slice(0, 2)
          .map((key) => excerpt(key, 20))
          .join(', ')}${issue.keys.length > 2 ? ` and ${issue.keys.length - 2} more` : ''}`
      : clip(issue.message, 80);
  return at === '' ? what : `${what} at ${at}`;
}

/** Validates raw arguments for a method; the error names the method and what is wrong, in one line of at most 300 characters. */
export function parseArgs<M extends Method>(method: M, args: unknown): z.infer<(typeof CHANNELS)[M]['args']> {
  const result = CHANNELS[method].args.safeParse(args);
  if (!result.success) {
    const { issues } = result.error;
    const more = issues.length > 2 ? `; and ${issues.length - 2} more` : '';
    throw new Error(`Invalid arguments for ${method}: ${issues.slice(0, 2).map(describeIssue).join('; ')}${more}`);
  }
  return result.data as z.infer<(typeof CHANNELS)[M]['args']>;
}

/**
 * Validates raw arguments and calls the method with them: the one dispatch used by the IPC handlers
 * and the preview server. Generic in M so that the parsed tuple and api[method] stay paired; with a
 * plain Method the compiler sees a union of argument tuples that it cannot spread into a call.
 * Async so that a validation error is a rejection, like every other failure of a call.
 */
export async function callApi<M extends Method>(api: Api, method: M, args: unknown): Promise<Results[M]> {
  return api[method](...parseArgs(method, args));
}
