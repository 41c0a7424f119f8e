import { vi } from 'vitest';
import type { SaveFormat } from '../../electron/common/contract';
import type { Lang } from '../../electron/common/i18n/languages';
import type { ExportHost, KioskHost } from '../../electron/services/api';
import type { PdfPrinter } from '../../electron/services/pdf/export';
import type { KioskOverrides } from '../../electron/services/kiosk-settings';

/**
 * A stand-in for the save dialog and the OS shell. `choose` plays the user at the dialog: it gets
 * the offered name and returns a path, or undefined to cancel.
 */
export function fakeHost(choose: (defaultName: string, lang: Lang, format: SaveFormat) => string | undefined = () => undefined) {
  return {
    chooseSavePath: vi.fn((defaultName: string, lang: Lang, format: SaveFormat) => Promise.resolve(choose(defaultName, lang, format))),
    // Resolving to undefined: opened or revealed without complaint.
    open: vi.fn<ExportHost['open']>(() => Promise.resolve(undefined)),
    reveal: vi.fn<ExportHost['reveal']>(() => Promise.resolve(undefined)),
  } satisfies ExportHost;
}

/** A stand-in for the presentation's shell: settings from `settingsPath` (defaults when undefined); leave() only counts. */
export function fakeKioskHost(settingsPath?: string, overrides: KioskOverrides = {}) {
  return {
    settingsPath,
    overrides,
    leave: vi.fn<KioskHost['leave']>(() => Promise.resolve()),
  } satisfies KioskHost;
}

/** A one-page PDF as Chromium would return it, with the language in its text, for `fakePrinter`. */
export function tinyPdf(lang: Lang, pages = 1): Uint8Array {
  const kids = Array.from({ length: pages }, (_, i) => `${3 + i} 0 R`).join(' ');
  const pageObjects = Array.from({ length: pages }, (_, i) => `${3 + i} 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n`).join('');
  return new TextEncoder().encode(
    `%PDF-1.4\n% ${lang}\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [${kids}] /Count ${pages} >>\nendobj\n${pageObjects}trailer\n<< /Root 1 0 R >>\n%%EOF\n`,
  );
}

/** A stand-in for the hidden window that prints the print view: a tiny PDF per call, counted. */
export function fakePrinter(print: PdfPrinter = (lang) => Promise.resolve(tinyPdf(lang))) {
  return vi.fn<PdfPrinter>(print);
}
