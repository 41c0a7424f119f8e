import JSZip from 'jszip';

/**
 * A workbook is untrusted input: before exceljs reads it, its package is checked with limits that
 * keep a hostile or broken file from taking the app's memory or time. Each refusal is a short line.
 */

/** What a file's first bytes say it is. */
export type FileKind = 'zip' | 'ole' | 'text';

/** A zip (an .xlsx, .xlsm), an OLE compound file (an encrypted .xlsx or an old .xls), or anything else, read as text. */
export function sniff(bytes: Uint8Array): FileKind {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'ole';
  return 'text';
}

/**
 * The most a workbook's parts may expand to, together: 64 MB. The app's own workbook at 100 times
 * the bundled report's figures expands to about 6 MB; a zip bomb expands to gigabytes from a few
 * kilobytes and is stopped as it passes this.
 */
export const EXPANDED_MAX_BYTES = 64 * 1024 * 1024;

/** The most rows one sheet may have: the app's workbook at 100 times the figures has under 7,000. */
export const ROWS_MAX = 200_000;

export type CheckedPackage =
  | { ok: true; zip: JSZip; macros: boolean }
  | { ok: false; reason: 'not-zip' }
  | { ok: false; reason: 'too-large' }
  /** `part` is the worksheet's part (xl/worksheets/sheet3.xml). */
  | { ok: false; reason: 'too-many-rows'; zip: JSZip; part: string };

/** Counts the bytes a part expands to and, in a worksheet, its rows, stopping at the caps. */
async function expand(zip: JSZip, path: string, budget: { bytes: number }): Promise<{ rows: number } | 'too-large'> {
  const file = zip.file(path);
  if (!file) return { rows: 0 };
  const counting = /^xl\/worksheets\/[^/]+\.xml$/u.test(path);
  let rows = 0;
  // A row element may straddle two chunks: the tail of the last is kept to find it.
  let tail = '';
  const decoder = new TextDecoder();
  return new Promise((resolve, reject) => {
    const stream = file.nodeStream('nodebuffer');
    stream
      .on('data', (chunk: Buffer) => {
        budget.bytes -= chunk.length;
        if (budget.bytes < 0) {
          stream.pause();
          stream.removeAllListeners('data');
          resolve('too-large');
          return;
        }
        if (counting) {
          const text = tail + decoder.decode(chunk, { stream: true });
          rows += text.match(/<(?:\w+:)?row[\s>/]/gu)?.length ?? 0;
          tail = text.slice(-8);
          // The tail's own matches were counted: drop a whole match from it so it is not counted twice.
          if (/<(?:\w+:)?row[\s>/]/u.test(tail)) tail = '';
        }
      })
      .on('error', reject)
      .on('end', () => resolve({ rows }));
  });
}

/**
 * Opens a zip and checks it: it is a zip, its parts expand to no more than EXPANDED_MAX_BYTES, and
 * no sheet has more than ROWS_MAX rows. Says whether it holds macros (an .xlsm's vbaProject), which
 * are never run: only the cells' values are read.
 */
export async function checkPackage(bytes: Uint8Array): Promise<CheckedPackage> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  } catch {
    return { ok: false, reason: 'not-zip' };
  }
  const budget = { bytes: EXPANDED_MAX_BYTES };
  for (const path of Object.keys(zip.files)) {
    if (zip.files[path]?.dir === true) continue;
    let counted: Awaited<ReturnType<typeof expand>>;
    try {
      counted = await expand(zip, path, budget);
    } catch {
      return { ok: false, reason: 'not-zip' };
    }
    if (counted === 'too-large') return { ok: false, reason: 'too-large' };
    if (counted.rows > ROWS_MAX) return { ok: false, reason: 'too-many-rows', zip, part: path };
  }
  return { ok: true, zip, macros: Object.keys(zip.files).some((path) => /(^|\/)vbaProject\.bin$/iu.test(path)) };
}
