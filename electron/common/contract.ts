import { z } from 'zod';
import { CHANNEL_NAMES, type Method } from './channels';
import type { Dataset } from './dataset';
import { clip, excerpt } from './excerpt';
import { LANGS } from './i18n/languages';
import type { KioskView } from './kiosk/settings';
import type { ReportChanges } from './report-changes';
import { OPEN_BASE64_MAX } from './limits';

export { METHODS, type Method } from './channels';

/**
 * The only IPC definition. Every method of Api has an entry in CHANNELS with the schema of its
 * arguments; preload, main and the preview server are all generated from this table.
 */
export { OPEN_BASE64_MAX, REPORT_MAX_BYTES } from './limits';

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

/** What was saved: a workbook (its sheets and native charts) or a PDF (its pages). */
export type Exported =
  | { format: 'xlsx'; path: string; fileName: string; bytes: number; sheets: number; charts: number; ms: number }
  | { format: 'pdf'; path: string; fileName: string; bytes: number; pages: number; ms: number };

export type ExportFormat = Exported['format'];

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
