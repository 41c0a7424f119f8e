/**
 * IPC channel names, one per Api method. Kept apart from contract.ts so that the sandboxed preload
 * can be built from this table without bundling zod; contract.ts pairs each name with its schema.
 */
export const CHANNEL_NAMES = {
  getDataset: 'lvyuan:get-dataset',
  getPage: 'lvyuan:get-page',
  exportWorkbook: 'lvyuan:export-workbook',
  exportPdf: 'lvyuan:export-pdf',
  openExported: 'lvyuan:open-exported',
  getKioskSettings: 'lvyuan:get-kiosk-settings',
  exitKiosk: 'lvyuan:exit-kiosk',
  openReport: 'lvyuan:open-report',
  openBundledReport: 'lvyuan:open-bundled-report',
  getReportState: 'lvyuan:get-report-state',
  openReportDialog: 'lvyuan:open-report-dialog',
  openRecentReport: 'lvyuan:open-recent-report',
  saveTemplate: 'lvyuan:save-template',
  extractArticle: 'lvyuan:extract-article',
  previewArticleReport: 'lvyuan:preview-article-report',
  saveArticleReport: 'lvyuan:save-article-report',
} as const;

export type Method = keyof typeof CHANNEL_NAMES;

export const METHODS = Object.keys(CHANNEL_NAMES) as Method[];

/** Commands the application menu sends to the renderer, which runs them as if its own button was used. */
export const MENU_EVENT = 'lvyuan:menu';
export const MENU_COMMANDS = ['export-report', 'save-pdf', 'print-report', 'open-report', 'open-bundled', 'new-template', 'import-article'] as const;
/** A command, or File → Open recent's nth report (the renderer never learns its path). */
export type MenuCommand = (typeof MENU_COMMANDS)[number] | `open-recent:${number}`;

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && ((MENU_COMMANDS as readonly string[]).includes(value) || /^open-recent:[0-9]$/u.test(value));
}

/** window.lvyuanMenu, exposed by the preload beside window.lvyuan: the renderer's only way to hear the menu. */
export type MenuBridge = {
  /** Calls listener for each menu command; returns the function that unsubscribes it. */
  onCommand: (listener: (command: MenuCommand) => void) => () => void;
};
