/**
 * The page count of a PDF as Chromium writes it, and a check that the bytes are a whole PDF: a
 * header, an end-of-file marker and a page tree whose /Count is the number of /Page objects.
 * Chromium (Skia) writes these dictionaries uncompressed, so no PDF parser is needed to read them.
 */
export function pdfPageCount(bytes: Uint8Array): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (!text.startsWith('%PDF-')) throw new Error('The printed report is not a PDF (no %PDF- header).');
  if (!/%%EOF\s*$/u.test(text.slice(-64))) throw new Error('The printed report is incomplete (no %%EOF at its end).');
  const pages = text.match(/\/Type\s*\/Page(?![a-zA-Z])/gu)?.length ?? 0;
  if (pages === 0) throw new Error('The printed report has no pages.');
  return pages;
}
