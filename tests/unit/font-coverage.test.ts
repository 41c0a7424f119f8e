import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

/**
 * The bundled fonts cover any Chinese report, not only the bundled one: per face, the start-up file
 * (lvyuan-sans-{tc,sc}-{400,700}.woff2) and the extended file (lvyuan-sans-ext-…, fetched through its
 * unicode-range in fonts.css) together hold every hanzi of Big5 level 1 (TC) and GB 2312 level 1 (SC), and
 * every character of the dataset and of the test reports. The level-1 lists come from the WHATWG decoders in
 * Node (TextDecoder 'gb18030' and 'big5'), not from scripts/fonts.mjs's source (Python's codecs), so a
 * mistake in either shows. fonts.test.ts checks the start-up files alone against the bundled text.
 */

const FONTS_DIR = join(ROOT, 'resources', 'fonts');
const CSS_PATH = join(ROOT, 'renderer', 'src', 'fonts.css');
const SCRIPTS = ['tc', 'sc'] as const;
const WEIGHTS = [400, 700] as const;
type Script = (typeof SCRIPTS)[number];

const baseFile = (script: Script, weight: number): string => `lvyuan-sans-${script}-${weight}.woff2`;
const extFile = (script: Script, weight: number): string => `lvyuan-sans-ext-${script}-${weight}.woff2`;

/** Each two-byte code from `first` to `last` whose trail byte is in `trails`, decoded alone. */
function decodePairs(encoding: string, first: number, last: number, trails: Array<[number, number]>): number[] {
  const decoder = new TextDecoder(encoding, { fatal: true });
  const out: number[] = [];
  for (let lead = first >> 8; lead <= last >> 8; lead++) {
    for (const [from, to] of trails) {
      for (let trail = from; trail <= to; trail++) {
        const code = (lead << 8) | trail;
        if (code < first || code > last) continue;
        out.push(decoder.decode(new Uint8Array([lead, trail])).codePointAt(0)!);
      }
    }
  }
  return out;
}

/** GB 2312 level 1: rows 16-55, bytes B0A1-D7F9 (D7FA-D7FE are unassigned). */
const GB2312_LEVEL1 = decodePairs('gb18030', 0xb0a1, 0xd7f9, [[0xa1, 0xfe]]);
/** Big5 level 1: A440-C67E. */
const BIG5_LEVEL1 = decodePairs('big5', 0xa440, 0xc67e, [
  [0x40, 0x7e],
  [0xa1, 0xfe],
]);
const LEVEL1: Record<Script, number[]> = { sc: GB2312_LEVEL1, tc: BIG5_LEVEL1 };

function filesIn(dir: string, test: (name: string) => boolean, recursive: boolean): string[] {
  const abs = join(ROOT, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive, withFileTypes: true })
    .filter((entry) => entry.isFile() && test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Every distinct code point >= U+0020 of the files, in code point order. */
function codePointsOf(files: string[]): number[] {
  const set = new Set<number>();
  for (const file of files) for (const ch of readFileSync(file, 'utf8')) if (ch.codePointAt(0)! >= 0x20) set.add(ch.codePointAt(0)!);
  return [...set].sort((a, b) => a - b);
}

/** The characters the file's cmap maps (fontkit also lists U+FFFF, the end of a format 4 cmap, which is no character). */
function characterSet(file: string): Set<number> {
  const font = create(readFileSync(join(FONTS_DIR, file)));
  if ('fonts' in font) throw new Error(`${file}: a font collection, expected one face`);
  return new Set(font.characterSet.filter((cp) => cp !== 0xffff));
}

/** The code points of `wanted` that none of `files` maps. */
function missingFrom(files: string[], wanted: number[]): number[] {
  const sets = files.map(characterSet);
  return wanted.filter((cp) => !sets.some((set) => set.has(cp)));
}

const describeCodePoints = (cps: number[]): string =>
  cps
    .slice(0, 40)
    .map((cp) => `${String.fromCodePoint(cp)} U+${cp.toString(16).toUpperCase().padStart(4, '0')}`)
    .join(', ') + (cps.length > 40 ? `, … (${cps.length} in all)` : '');

/** fonts.css's @font-face rules: family, weight, file and unicode-range (undefined: every code point). */
function fontFaceRules(): Array<{ family: string; weight: number; file: string; range: Array<[number, number]> | undefined }> {
  const css = readFileSync(CSS_PATH, 'utf8');
  return [...css.matchAll(/@font-face\s*\{([^}]*)\}/gu)].map(([, body]) => {
    const family = /font-family:\s*'([^']+)'/u.exec(body!)?.[1] ?? '';
    const weight = Number(/font-weight:\s*(\d+)/u.exec(body!)?.[1]);
    const file = /url\('\.\.\/\.\.\/resources\/fonts\/([^']+)'\)/u.exec(body!)?.[1] ?? '';
    const rangeText = /unicode-range:\s*([^;]+);/u.exec(body!)?.[1];
    const range = rangeText?.split(',').map((part): [number, number] => {
      const match = /^U\+([0-9A-F]+)(?:-([0-9A-F]+))?$/iu.exec(part.trim());
      if (!match) throw new Error(`fonts.css: unicode-range part "${part.trim()}" is not U+XXXX or U+XXXX-YYYY`);
      return [parseInt(match[1]!, 16), parseInt(match[2] ?? match[1]!, 16)];
    });
    return { family, weight, file, range };
  });
}

const inRange = (range: Array<[number, number]>, cp: number): boolean => range.some(([from, to]) => cp >= from && cp <= to);

describe('font coverage of any Chinese report', () => {
  const dataset = codePointsOf(filesIn('resources/dataset', (name) => name.endsWith('.json'), false));
  const reports = codePointsOf(filesIn('tests/fixtures', (name) => name.endsWith('.json') || name.endsWith('.txt'), true));

  it('lists the level-1 hanzi of GB 2312 and Big5 from the decoders', () => {
    const han = (cps: number[]): number => new Set(cps.filter((cp) => /\p{Script=Han}/u.test(String.fromCodePoint(cp)))).size;
    expect([GB2312_LEVEL1.length, han(GB2312_LEVEL1)]).toEqual([3755, 3755]);
    expect([BIG5_LEVEL1.length, han(BIG5_LEVEL1)]).toEqual([5401, 5401]);
    // First and last of each level 1: 啊 … 座, 一 … 籲.
    expect(String.fromCodePoint(GB2312_LEVEL1[0]!, GB2312_LEVEL1.at(-1)!)).toBe('啊座');
    expect(String.fromCodePoint(BIG5_LEVEL1[0]!, BIG5_LEVEL1.at(-1)!)).toBe('一籲');
    expect(dataset.length).toBeGreaterThan(300);
  });

  it('reports a character no file has', () => {
    // ✕ U+2715 is not in Noto Sans CJK, 𠀀 U+20000 in no level 1; 綠 is in the dataset.
    const files = [baseFile('sc', 400), extFile('sc', 400)];
    expect(missingFrom(files, [0x2715, 0x20000, 0x7da0])).toEqual([0x2715, 0x20000]);
    // The start-up file alone lacks most of GB 2312 level 1: the extended file is what covers it.
    expect(missingFrom([baseFile('sc', 400)], GB2312_LEVEL1).length).toBeGreaterThan(2000);
  });

  describe.each(SCRIPTS.flatMap((script) => WEIGHTS.map((weight) => [script, weight] as const)))('%s-%d', (script, weight) => {
    const files = [baseFile(script, weight), extFile(script, weight)];

    it(`has every ${script === 'sc' ? 'GB 2312' : 'Big5'} level-1 hanzi`, () => {
      for (const file of files) expect(existsSync(join(FONTS_DIR, file)), `${file} is missing: run npm run fonts`).toBe(true);
      const missing = missingFrom(files, LEVEL1[script]);
      expect(missing, `${files.join(' + ')} lack ${missing.length}: ${describeCodePoints(missing)}; run npm run fonts`).toEqual([]);
    });

    it('has every character of the dataset and of the test reports (but ✕, which Noto Sans CJK lacks)', () => {
      const missing = missingFrom(
        files,
        [...new Set([...dataset, ...reports])].filter((cp) => cp !== 0x2715),
      );
      expect(missing, `${files.join(' + ')} lack ${missing.length}: ${describeCodePoints(missing)}; run npm run fonts`).toEqual([]);
    });

    it('is declared in fonts.css so that the extended file is fetched only for its own characters', () => {
      const family = `Lvyuan Sans ${script.toUpperCase()}`;
      const rules = fontFaceRules().filter((rule) => rule.family === family && rule.weight === weight);
      expect(rules.map((rule) => rule.file)).toEqual(files);
      const [base, ext] = rules;
      // The start-up file takes every code point; the extended one, declared after it, is tried first for its range.
      expect(base!.range).toBeUndefined();
      const range = ext!.range!;
      const extChars = [...characterSet(extFile(script, weight))];
      const outside = extChars.filter((cp) => !inRange(range, cp));
      expect(outside, `${extFile(script, weight)} has characters outside its unicode-range: ${describeCodePoints(outside)}`).toEqual([]);
      // No start-up character may fall in the range, or first paint would wait for the extended file.
      const baseChars = [...characterSet(baseFile(script, weight))];
      const early = baseChars.filter((cp) => inRange(range, cp));
      expect(early, `start-up characters in the extended file's unicode-range: ${describeCodePoints(early)}`).toEqual([]);
    });
  });
});
