import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

const FONTS_DIR = join(ROOT, 'resources', 'fonts');
const FONT_FILES = ['lvyuan-sans-tc-400.woff2', 'lvyuan-sans-tc-700.woff2', 'lvyuan-sans-sc-400.woff2', 'lvyuan-sans-sc-700.woff2'];
const MAX_BYTES = 1024 * 1024;

/** Files under `dir` (relative to ROOT) whose names pass `test`, sorted. */
function filesIn(dir: string, test: (name: string) => boolean, recursive: boolean): string[] {
  const abs = join(ROOT, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive, withFileTypes: true })
    .filter((entry) => entry.isFile() && test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * The text the fonts must cover: the dataset and the UI strings (electron/common/i18n, .ts and .json message
 * files). scripts/fonts.mjs takes these and more, so a gap here means the committed fonts are stale.
 */
function checkedFiles(): string[] {
  return [
    ...filesIn('resources/dataset', (name) => name.endsWith('.json'), false),
    ...filesIn('electron/common/i18n', (name) => name.endsWith('.ts') || name.endsWith('.json'), true),
  ];
}

/** Every distinct code point >= U+0020 of `text`, in code point order. */
function codePointsOf(text: string): number[] {
  const set = new Set<number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    if (cp !== undefined && cp >= 0x20) set.add(cp);
  }
  return [...set].sort((a, b) => a - b);
}

function loadFont(file: string): { bytes: Buffer; font: Font } {
  const bytes = readFileSync(join(FONTS_DIR, file));
  const parsed = create(bytes);
  if ('fonts' in parsed) throw new Error(`${file}: a font collection (${parsed.type}), expected one face`);
  return { bytes, font: parsed };
}

function describeCodePoint(cp: number): string {
  return `${String.fromCodePoint(cp)} (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`;
}

describe('bundled CJK fonts', () => {
  const files = checkedFiles();
  const checked = codePointsOf(files.map((file) => readFileSync(file, 'utf8')).join('\n'));

  it('checks a real amount of text', () => {
    expect(files.map((file) => relative(ROOT, file))).toContain(join('resources', 'dataset', 'lvyuan-2025.json'));
    expect(checked.length).toBeGreaterThan(300);
  });

  describe.each(FONT_FILES)('%s', (file) => {
    it('is a WOFF2 file under 1 MB', () => {
      const path = join(FONTS_DIR, file);
      expect(existsSync(path), `${file} is missing: run npm run fonts`).toBe(true);
      const { bytes, font } = loadFont(file);
      expect(bytes.subarray(0, 4).toString('latin1')).toBe('wOF2');
      expect(font.type).toBe('WOFF2');
      expect(statSync(path).size).toBeLessThan(MAX_BYTES);
    });

    it('has a glyph for every character of the dataset and the UI strings', () => {
      const { font } = loadFont(file);
      const mapped = new Set(font.characterSet);
      const missing = checked.filter((cp) => !mapped.has(cp));
      expect(missing, `${file} lacks ${missing.length} character(s): ${missing.map(describeCodePoint).join(', ')}; run npm run fonts`).toEqual([]);
    });
  });
});
