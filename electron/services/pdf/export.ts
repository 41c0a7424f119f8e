import { extname, resolve } from 'node:path';
import { clip } from '../../common/excerpt';
import type { Lang } from '../../common/i18n/languages';
import { writeFileAtomic } from '../files';
import { pdfPageCount } from './pages';

/**
 * Prints the print view (#/print) in a language to PDF bytes. Electron prints it in a hidden window
 * (main/pdf-window.ts), the preview in headless Chromium (preview/pdf-printer.ts): the same page
 * and the same engine either way.
 */
export type PdfPrinter = (lang: Lang) => Promise<Uint8Array>;

export type PdfSummary = { path: string; bytes: number; pages: number };

/**
 * Prints the report and writes it atomically: on any failure the file that was there before is
 * untouched. A printer that returns something other than a whole PDF is an error, not a file.
 */
export async function exportPdf(request: { lang: Lang; pdfPath: string; print: PdfPrinter }): Promise<PdfSummary> {
  const path = resolve(request.pdfPath);
  if (extname(path).toLowerCase() !== '.pdf') throw new Error(`"${clip(path, 120)}" must end in .pdf`);
  const bytes = await request.print(request.lang);
  const pages = pdfPageCount(bytes);
  await writeFileAtomic(path, bytes);
  return { path, bytes: bytes.length, pages };
}
