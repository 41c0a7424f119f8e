import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Each page's text, as poppler's pdftotext extracts it (the PDF's text layer). */
export function pdfPagesText(pdf: Uint8Array): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'lvyuan-pdf-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'in.pdf'), '-'], { encoding: 'utf8' });
    // pdftotext ends each page with a form feed.
    return text.split('\f').slice(0, -1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The images drawn on the PDF's pages (pdfimages -list), one line each: page, size and resolution. */
export function pdfImages(pdf: Uint8Array): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'lvyuan-pdf-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    const list = execFileSync('pdfimages', ['-list', join(dir, 'in.pdf')], { encoding: 'utf8' });
    // Two header lines, then one line per image.
    return list
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Text without any white space: a value wrapped across lines or spaced by the layout still matches. */
export function squeeze(text: string): string {
  return text.replace(/\s+/gu, '');
}

/** A greyscale raster of each page (pdftoppm), as rows of 0–255 values. */
export type Raster = { width: number; height: number; pixels: Uint8Array };

export function pdfRasters(pdf: Uint8Array, dpi: number): Raster[] {
  const dir = mkdtempSync(join(tmpdir(), 'lvyuan-pdf-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    execFileSync('pdftoppm', ['-gray', '-r', String(dpi), join(dir, 'in.pdf'), join(dir, 'page')]);
    return readdirSync(dir)
      .filter((name) => name.endsWith('.pgm'))
      .sort()
      .map((name) => parsePgm(readFileSync(join(dir, name))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A binary PGM (P5, 8-bit): header "P5 width height 255", one white-space byte, then the pixels. */
function parsePgm(bytes: Buffer): Raster {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/u.exec(bytes.toString('latin1', 0, 64));
  if (!header) throw new Error('pdftoppm wrote something other than an 8-bit PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: bytes.subarray(header[0].length, header[0].length + width * height) };
}
