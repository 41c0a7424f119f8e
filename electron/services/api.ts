import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Api, DatasetResult, ExportFormat, Exported, ExportResult, OpenReportResult, ReportState, SaveFormat } from '../common/contract';
import { articleReport, articleReportName, readArticle } from './article-import';
import { reportChanges } from '../common/report-changes';
import type { Dataset } from '../common/dataset';
import { excerpt } from '../common/excerpt';
import { pageDataset } from '../common/page-dataset';
import type { Lang } from '../common/i18n/languages';
import { t } from '../common/i18n/messages';
import { DATASET_MAX_BYTES, datasetFromBytes, loadDataset, type DatasetLoad } from './dataset';
import type { ReportLibrary } from './report-library';
import { watchReport, type ReportWatch } from './report-watch';
import { dirname, resolve } from 'node:path';
import { formatSize } from './json-file';
import { defaultExportName } from './export-name';
import type { PdfPrinter } from './pdf/export';
import { describeError, writeFileAtomic } from './files';
import { kioskView } from '../common/kiosk/settings';
import { loadKioskSettings, type KioskOverrides } from './kiosk-settings';
import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * What only the shell can do: ask where to save, open a file, show it in its folder. Electron's
 * main process gives dialogs and the shell; the preview gives a fixed folder and no shell.
 */
/** A file name as a message shows it: a name the caller made up may be thousands of characters long. */
function shortName(path: string): string {
  // A name the renderer sent may hold anything: no control character (a newline would break a one-line message).
  const name = basename(path).replace(/\p{Cc}/gu, '?');
  return name.length > 80 ? `${name.slice(0, 79)}…` : name;
}

export type ExportHost = {
  /** The path the user chose for a file of this format, or undefined if they cancelled. */
  chooseSavePath: (defaultName: string, lang: Lang, format: SaveFormat) => Promise<string | undefined>;
  /** Resolves to an error message, or undefined on success. */
  open: (path: string, lang: Lang) => Promise<string | undefined>;
  reveal: (path: string, lang: Lang) => Promise<string | undefined>;
  /** The report file the user chose to open (a dialog in Electron), undefined if they cancelled; absent where there is no dialog (the preview). */
  chooseOpenPath?: (lang: Lang) => Promise<string | undefined>;
};

/** The presentation's shell half: where its settings are, and how to leave it. */
export type KioskHost = {
  /** kiosk.json (in Electron's userData folder); undefined for defaults only. */
  settingsPath: string | undefined;
  /** --interval, --display… from the command line, on top of the file. */
  overrides: KioskOverrides;
  /** Leaves the presentation: quits when the app was started with --kiosk, else back to the viewer. */
  leave: () => Promise<void>;
};

export type ServiceOptions = {
  /** Absolute path of the bundled dataset file. */
  datasetPath: string;
  host: ExportHost;
  kiosk: KioskHost;
  /** Prints the print view to PDF: a hidden window in Electron, headless Chromium in the preview. */
  print: PdfPrinter;
  /**
   * The reports opened on this machine (Electron's userData): opening one from a path remembers it,
   * and the last one opens again at start-up. Absent in the preview, which opens bytes only.
   */
  library?: ReportLibrary;
  /** The language of start-up's messages, before the window has said its own: the app's default. */
  messages?: Lang;
  /** Told after a report opened or the bundled one came back: Electron rebuilds Open recent. */
  onReportChange?: () => void;
  /** How often the report kiosk.json names is checked for changes (report-watch.ts): 1 s by default. */
  watchMs?: number;
  log?: (line: string) => void;
};

/** Each member of a union without the file name and the time, which exportAs adds. */
type WithoutNameAndTime<T> = T extends unknown ? Omit<T, 'fileName' | 'ms'> : never;
/** What a writer reports of the file it saved. */
type Saved = WithoutNameAndTime<Exported>;

/** Wrong PINs allowed before the keypad locks for a while: a guessed PIN should take hours, not minutes. */
const PIN_TRIES = 5;
const PIN_LOCK_MS = 60_000;

/** The Node implementation of Api, shared by the Electron main process and the preview server. */
export function createApi(options: ServiceOptions): Api {
  // Validated once per version of the file: a changed file (new mtime or size) is read again. The
  // promise is kept, not the result, so that calls while it loads (the main process's warm-up and
  // the window's first request) share one read.
  let cached: { stamp: string; result: Promise<DatasetResult> } | undefined;
  // Only files this session wrote may be opened through the Api, never an arbitrary path.
  const exported = new Set<string>();
  const pinTries = { failed: 0, lockedUntil: 0 };
  let exporting = false;
  let savingArticle = false;

  // A report the user opened replaces the bundled one until they go back to it (openBundledReport).
  let opened: { file: string; dataset: Dataset; state: ReportState } | undefined;
  // Start-up's notice where the last report would not open again; cleared by the next opening.
  let startNotices: string[] = [];
  // The report open when the app last closed, opened again once, before the first answer.
  let reopening: Promise<void> | undefined;

  function reopenLast(): Promise<void> {
    reopening ??= (async () => {
      const last = options.library?.last();
      if (last === undefined) return;
      const lang = options.messages ?? 'zh-Hant';
      const result = await openFromPath(last, lang);
      if (result.ok || result.cancelled === true) return;
      // The bundled report, and why, naming the file; the list keeps the file, which may come back (a shared drive).
      startNotices = [t(lang, 'open.lastFailed', { file: shortName(last), reason: result.message })];
      await options.library?.bundled();
    })();
    return reopening;
  }

  /** Makes a loaded report the one shown: what changed against the report shown before, and its notices. */
  async function show(file: string, load: Extract<DatasetLoad, { ok: true }>): Promise<OpenReportResult> {
    // Not getDataset: at start-up this runs inside the reopening that getDataset waits for.
    const before = await shownDataset();
    const changes = reportChanges(before.ok ? before.dataset : { figures: [] }, load.dataset);
    const notices = load.notices ?? [];
    opened = { file, dataset: load.dataset, state: { file, notices, changes, opened: Date.now() } };
    startNotices = [];
    options.onReportChange?.();
    return { ok: true, file, notices, changes };
  }

  async function openFromPath(path: string, lang: Lang): Promise<OpenReportResult> {
    const load = await loadDataset(path, { messages: lang, now: new Date() });
    if (!load.ok) return { ok: false, message: load.message };
    await options.library?.opened(path);
    return show(shortName(path), load);
  }

  // The report kiosk.json names (`dataset`), followed as it changes; looked for once.
  let kioskWatch: Promise<ReportWatch | undefined> | undefined;
  function followedReport(): Promise<ReportWatch | undefined> {
    kioskWatch ??= (async () => {
      const settingsPath = options.kiosk.settingsPath;
      if (settingsPath === undefined) return undefined;
      const load = await loadKioskSettings(settingsPath, options.kiosk.overrides);
      const named = load.ok ? load.settings.dataset : undefined;
      if (named === undefined) return undefined;
      const watch = watchReport(resolve(dirname(settingsPath), named), {
        messages: options.messages ?? 'zh-Hant',
        ...(options.watchMs === undefined ? {} : { intervalMs: options.watchMs }),
        ...(options.log ? { log: options.log } : {}),
      });
      await watch.ready;
      return watch;
    })();
    return kioskWatch;
  }

  async function getDataset(): Promise<DatasetResult> {
    await reopenLast();
    return shownDataset();
  }

  /** The report shown now: the one opened, else the one kiosk.json follows, else the bundled one (read again when its file changed). */
  async function shownDataset(): Promise<DatasetResult> {
    if (opened) return { ok: true, dataset: opened.dataset };
    const followed = (await followedReport())?.current().dataset;
    if (followed) return { ok: true, dataset: followed };
    const info = await stat(options.datasetPath).catch(() => undefined);
    const stamp = info ? `${info.mtimeMs}:${info.size}` : 'missing';
    if (cached?.stamp === stamp) return cached.result;
    const result = loadDataset(options.datasetPath).then(
      (load): DatasetResult => (load.ok ? { ok: true, dataset: load.dataset } : { ok: false, message: load.message }),
      (error: unknown): DatasetResult => ({ ok: false, message: `cannot read the dataset file (${String(error)})` }),
    );
    cached = { stamp, result };
    return result;
  }

  // Each page's part, made once per loaded dataset.
  const pages = new WeakMap<Dataset, Map<string, DatasetResult>>();
  async function getPage(asked: string): Promise<DatasetResult> {
    const data = await getDataset();
    if (!data.ok) return data;
    // An address without a page shows the report's first section.
    const page = asked === '' ? (data.dataset.sections[0]?.id ?? '') : asked;
    const parts = pages.get(data.dataset) ?? new Map<string, DatasetResult>();
    pages.set(data.dataset, parts);
    if (!data.dataset.sections.some((section) => section.id === page))
      return { ok: false, message: `the report has no section ${excerpt(page, 40)}`, firstSection: data.dataset.sections[0]?.id ?? '' };
    const part = parts.get(page) ?? { ok: true, dataset: pageDataset(data.dataset, page) };
    parts.set(page, part);
    return part;
  }

  /**
   * One export, of either format: the dataset must load (the print view reads it too), the writer's
   * code loads (exceljs on the first workbook, not at start-up), then the save dialog, then the write.
   * The result says what was saved, how big, and how long it took from the command; every failure is
   * a plain message.
   */
  async function exportAs(lang: Lang, format: ExportFormat, writer: (dataset: Dataset) => Promise<(path: string) => Promise<Saved>>): Promise<ExportResult> {
    const started = performance.now();
    const data = await getDataset();
    if (!data.ok) return { ok: false, message: data.message };
    const write = await writer(data.dataset);
    const target = await options.host.chooseSavePath(defaultExportName(lang, new Date(), format), lang, format);
    if (target === undefined) return { ok: false, cancelled: true };
    try {
      const saved = await write(target);
      exported.add(saved.path);
      return { ok: true, ...saved, fileName: basename(saved.path), ms: Math.round(performance.now() - started) };
    } catch (error) {
      return { ok: false, message: describeError(error, lang) };
    }
  }

  const exportXlsx = (lang: Lang) =>
    exportAs(lang, 'xlsx', async (dataset) => {
      const { exportWorkbook } = await import('./workbook/export');
      return async (xlsxPath) => {
        const summary = await exportWorkbook({ dataset, lang, xlsxPath });
        return { format: 'xlsx', path: summary.path, bytes: summary.bytes, sheets: summary.sheets.length, charts: summary.charts };
      };
    });

  const exportPdfOnce = (lang: Lang) =>
    exportAs(lang, 'pdf', async () => {
      const { exportPdf } = await import('./pdf/export');
      return async (pdfPath) => ({ format: 'pdf', ...(await exportPdf({ lang, pdfPath, print: options.print })) });
    });

  /**
   * One export at a time, of either format, dialog included: a second click or Ctrl+E would open a
   * second dialog, and two writes could race for the same file. Set before the first await, so no
   * call slips in.
   */
  async function oneAtATime(lang: Lang, run: () => Promise<ExportResult>): Promise<ExportResult> {
    if (exporting) return { ok: false, message: t(lang, 'export.busy') };
    exporting = true;
    try {
      return await run();
    } finally {
      exporting = false;
    }
  }

  return {
    getDataset,

    getPage,

    exportWorkbook: (lang) => oneAtATime(lang, () => exportXlsx(lang)),

    exportPdf: (lang) => oneAtATime(lang, () => exportPdfOnce(lang)),

    async getKioskSettings() {
      // The show presents the report: its slides are checked against the report's charts, and its playlist and pace are the defaults.
      const data = await getDataset();
      if (!data.ok) return { ok: false, message: data.message };
      const load = await loadKioskSettings(options.kiosk.settingsPath, options.kiosk.overrides, data.dataset.charts);
      return load.ok ? { ok: true, settings: kioskView(load.settings, data.dataset), source: load.source } : load;
    },

    async exitKiosk(unlock) {
      const load = await loadKioskSettings(options.kiosk.settingsPath, options.kiosk.overrides);
      // Settings that do not load have no PIN; the way out then is the default chord, heard by main.
      const pin = load.ok ? load.settings.exit.pin : undefined;
      const now = Date.now();
      if (now < pinTries.lockedUntil) return { ok: false, reason: 'locked', retryInSeconds: Math.ceil((pinTries.lockedUntil - now) / 1000) };
      if (pin === undefined || !samePin(unlock.pin, pin)) {
        pinTries.failed += 1;
        if (pinTries.failed >= PIN_TRIES) {
          pinTries.failed = 0;
          pinTries.lockedUntil = now + PIN_LOCK_MS;
        }
        return { ok: false, reason: pin === undefined ? 'no-pin' : 'wrong-pin' };
      }
      pinTries.failed = 0;
      await options.kiosk.leave();
      return { ok: true };
    },

    async openReport(chosen, lang) {
      const bytes = Buffer.from(chosen.base64, 'base64');
      // The name as the user knows it: no folder, cut to a line.
      const file = shortName(chosen.name);
      if (bytes.length > DATASET_MAX_BYTES) return { ok: false, message: `${file}: ${t(lang, 'open.tooBig', { max: formatSize(DATASET_MAX_BYTES) })}` };
      const load = await datasetFromBytes(bytes, file, { messages: lang, now: new Date() });
      if (!load.ok) return { ok: false, message: load.message };
      return show(file, load);
    },

    async openReportDialog(lang) {
      if (!options.host.chooseOpenPath) return { ok: false, message: t(lang, 'open.noDialog') };
      const path = await options.host.chooseOpenPath(lang);
      return path === undefined ? { ok: false, cancelled: true } : openFromPath(path, lang);
    },

    async openRecentReport(index, lang) {
      const path = options.library?.recent()[index];
      return path === undefined ? { ok: false, message: t(lang, 'open.noRecent') } : openFromPath(path, lang);
    },

    async saveTemplate(lang) {
      const target = await options.host.chooseSavePath(t(lang, 'template.fileName'), lang, 'xlsx');
      if (target === undefined) return { ok: false, cancelled: true };
      try {
        const { buildTemplate } = await import('./workbook/template');
        await writeFileAtomic(target, await buildTemplate(lang));
        return { ok: true, fileName: basename(target) };
      } catch (error) {
        return { ok: false, message: describeError(error, lang) };
      }
    },

    extractArticle: (article, lang) => Promise.resolve(readArticle(article, lang)),

    previewArticleReport: (review, lang) => Promise.resolve(articleReport(review, lang)),

    /**
     * The review made a report file: asked where (a .json), written atomically (a failed write leaves
     * the old file as it was), then opened as File → Open report… opens a file, so that the viewer
     * shows it and Open recent lists it. One at a time: a second click would open a second dialog.
     */
    async saveArticleReport(review, lang) {
      if (savingArticle) return { ok: false, message: t(lang, 'export.busy') };
      savingArticle = true;
      try {
        const made = articleReport(review, lang);
        if (!made.ok) return { ok: false, message: made.message };
        const target = await options.host.chooseSavePath(articleReportName(review.source.title, review.article.date), lang, 'json');
        if (target === undefined) return { ok: false, cancelled: true };
        try {
          await writeFileAtomic(target, `${JSON.stringify(made.dataset, null, 2)}\n`);
        } catch (error) {
          return { ok: false, message: describeError(error, lang) };
        }
        return await openFromPath(target, lang);
      } finally {
        savingArticle = false;
      }
    },

    async openBundledReport() {
      await reopenLast();
      opened = undefined;
      startNotices = [];
      await options.library?.bundled();
      options.onReportChange?.();
      return { ok: true as const };
    },

    async getReportState() {
      await reopenLast();
      if (opened) return opened.state;
      const watch = await followedReport();
      if (watch) {
        const followed = watch.current();
        // The report the kiosk follows, its revision (the show starts again on a new one), and why the file is not it, where it is not.
        return {
          ...(followed.dataset ? { file: followed.file } : {}),
          notices: [...startNotices, ...(followed.notice ? [followed.notice] : [])],
          revision: followed.revision,
        };
      }
      return { notices: startNotices };
    },

    async openExported(path, action, lang) {
      if (!exported.has(path)) return { ok: false, message: t(lang, 'export.notExported', { file: shortName(path) }) };
      const message = action === 'open' ? await options.host.open(path, lang) : await options.host.reveal(path, lang);
      return message === undefined ? { ok: true } : { ok: false, message };
    },
  };
}

/** Compares digests, so that the time taken says nothing about how much of the PIN was right. */
function samePin(given: string, wanted: string): boolean {
  const digest = (pin: string) => createHash('sha256').update(pin).digest();
  return timingSafeEqual(digest(given), digest(wanted));
}
