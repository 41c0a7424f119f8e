import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { openSync, type Font, type FontCollection } from 'fontkit';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { LANGS } from '../../electron/common/i18n/languages';
import { profile } from '../../electron/common/i18n/profiles';
import { drawingLanguage, drawingTypeface } from '../../electron/services/workbook/fonts';
import { textProps, titleXml } from '../../electron/services/workbook/ooxml/text-xml';
import { reportFor, text, unzip } from './report-helpers';

/**
 * The forms LibreOffice draws a zh workbook's Chinese in, printed to PDF on Linux: Traditional for
 * zh-Hant, Simplified for zh-Hans, never Japanese. Microsoft JhengHei and YaHei are not there, so the
 * Han characters come from a fallback, on Linux the pan-CJK Noto Sans CJK collection, whose faces (JP,
 * KR, SC, TC, HK) share their glyphs and pick a character's form by the text's language (the OpenType
 * locl feature): LibreOffice draws Chinese in the forms of the language the text says it is in, or of
 * the user's default Asian language (Japanese under a ja_JP locale, Simplified Chinese under C), not by
 * the face. soffice runs here under ja_JP, the Japanese default, so that only the file can make the
 * forms Chinese.
 *
 * pdffonts cannot tell the forms apart: LibreOffice names every face's subset after the collection's
 * shared CFF font (NotoSansCJKjp-Regular-VKana, for the TC face too). The glyphs can: the subsets name
 * their glyphs by CID (cid27043), which for these fonts is the glyph id, and a character's glyph id in
 * the JP, SC and TC faces' cmaps (fontkit) says which form it is.
 *
 * What is checked is the charts' text (titles, axis titles and labels, legends, data labels and the
 * source line): each workbook is printed with and without its charts, and the glyphs only the first
 * draws are the charts'. A chart's text names its language (a:rPr and a:defRPr lang, fonts.ts
 * drawingLanguage) and the cells' font (a:latin, a:ea).
 *
 * The cells' text is not checked, as no part of an xlsx reaches it: SpreadsheetML has no language for a
 * cell, and LibreOffice draws cell text in the user's default Asian language whatever the workbook
 * says. Tried, and drawn in the same forms: a font's <charset val="136"/> (Big5) or 134 (GB2312) in
 * styles.xml, dc:language zh-TW or zh-CN in the core properties, even Noto Sans CJK TC named as the
 * cells' font (the language still picks the form from its glyphs).
 *
 * Gnumeric (ssconvert) cannot be made to either: it reads no language from the workbook (neither a
 * chart run's lang nor a font's charset), and Pango takes the CJK fallback fontconfig puts first for the
 * environment's language (Noto Sans CJK JP under C, TC under zh_TW), for cells and charts alike. Only
 * naming an installed Chinese face would change it, and a cell's font has one name, which Excel must
 * find: Microsoft JhengHei or YaHei.
 */

describe("the language and fonts of a chart's text", () => {
  it('says zh-CN for Simplified Chinese, which LibreOffice reads, and keeps other tags', () => {
    expect(drawingLanguage('zh-Hans')).toBe('zh-CN');
    expect(drawingLanguage('zh-Hant')).toBe('zh-Hant');
    expect(drawingLanguage('en')).toBe('en');
    expect(drawingLanguage('fr-CA')).toBe('fr-CA');
  });

  it("names the cells' font, by either tag, and none for a language the app does not have", () => {
    for (const lang of LANGS) {
      expect(drawingTypeface(lang)).toBe(profile(lang).workbookFont);
      expect(drawingTypeface(drawingLanguage(lang))).toBe(profile(lang).workbookFont);
    }
    expect(drawingTypeface('fr')).toBeUndefined();
    expect(textProps(1000, 'fr')).toContain('<a:defRPr lang="fr" sz="1000"/>');
  });

  it("puts the language on each paragraph and run, the fonts in the paragraph's defaults", () => {
    expect(titleXml('地区\n总值', 1400, true, 'zh-Hans')).toContain(
      '<a:pPr><a:defRPr lang="zh-CN" sz="1400" b="1"><a:latin typeface="Microsoft YaHei"/><a:ea typeface="Microsoft YaHei"/></a:defRPr></a:pPr>' +
        '<a:r><a:rPr lang="zh-CN" sz="1400" b="1"/><a:t>总值</a:t></a:r>',
    );
    expect(textProps(900, 'zh-Hant')).toContain(
      '<a:defRPr lang="zh-Hant" sz="900"><a:latin typeface="Microsoft JhengHei"/><a:ea typeface="Microsoft JhengHei"/></a:defRPr></a:pPr><a:endParaRPr lang="zh-Hant"/>',
    );
  });

  it.each(LANGS)('%s: every text of every chart and chart drawing of the workbook says so', async (lang) => {
    const zip = await unzip((await reportFor(lang)).xlsx);
    const tag = drawingLanguage(lang);
    const font = profile(lang).workbookFont;
    const parts = Object.keys(zip.files).filter((p) => /^xl\/(charts\/chart|drawings\/drawing)\d+\.xml$/u.test(p));
    let charts = 0;
    let shapes = 0;
    for (const path of parts) {
      const xml = await text(zip, path);
      const props = [...xml.matchAll(/<a:(rPr|defRPr|endParaRPr)\b[^>]*>/gu)];
      if (path.includes('/charts/')) charts += 1;
      else if (props.length > 0) shapes += 1;
      for (const [tagXml] of props) expect(tagXml, path).toContain(` lang="${tag}"`);
      for (const m of xml.matchAll(/<a:defRPr\b[^>]*>(.*?)<\/a:defRPr>|<a:defRPr\b[^>]*\/>/gu)) {
        expect(m[1], `${path}: ${m[0]}`).toBe(`<a:latin typeface="${font}"/><a:ea typeface="${font}"/>`);
      }
    }
    expect(charts, lang).toBeGreaterThan(0);
    expect(shapes, `${lang}: source lines`).toBeGreaterThan(0);
  });
});

/** Is a command on PATH? A bare dev machine may not have LibreOffice, poppler or fontconfig. */
function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

/** Is a font family installed (fontconfig)? */
function installed(family: string): boolean {
  return has('fc-list') && execFileSync('fc-list', [`:family=${family}`, 'family'], { encoding: 'utf8' }).trim() !== '';
}

const tools = has('soffice') && has('pdffonts') && installed('Noto Sans CJK TC') && installed('Noto Sans CJK SC') && installed('Noto Sans CJK JP');
const work = mkdtempSync(join(tmpdir(), 'lvyuan-fonts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Form = 'jp' | 'sc' | 'tc';
const TARGET: Record<'zh-Hant' | 'zh-Hans', Form> = { 'zh-Hant': 'tc', 'zh-Hans': 'sc' };

/** The workbook with no drawings on its sheets, hence no charts: its cells print as in the workbook. */
async function withoutCharts(xlsx: Uint8Array): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/[^/]+\.xml$/u.test(p))) {
    zip.file(path, (await zip.file(path)!.async('string')).replace(/<drawing\b[^>]*\/>/gu, ''));
  }
  return zip.generateAsync({ type: 'nodebuffer' });
}

type PdfObject = { dict: string; stream?: string };

/** The numbered objects of a PDF as LibreOffice writes it (no object streams), streams inflated, as latin1 text. */
function pdfObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  for (const m of text.matchAll(/(\d+) 0 obj\s*(<<[\s\S]*?>>)\s*(stream\r?\n)?/gu)) {
    const dict = m[2]!;
    let stream: string | undefined;
    if (m[3] !== undefined) {
      const start = m.index + m[0].length;
      const raw = pdf.subarray(start, text.indexOf('endstream', start));
      stream = (dict.includes('/FlateDecode') ? inflateSync(raw) : raw).toString('latin1');
    }
    objects.set(Number(m[1]), { dict, stream });
  }
  return objects;
}

const ref = (dict: string, key: string): number | undefined => {
  const m = new RegExp(`/${key}\\s+(\\d+) 0 R`, 'u').exec(dict);
  return m ? Number(m[1]) : undefined;
};

/** One subset font: its font's PostScript name (no subset tag, no FDArray suffix), and per character code the character and the glyph. */
type Subset = { font: string; chars: Map<number, number>; glyphs: Map<number, number> };

/** A LibreOffice Type 1 subset of a CID-keyed font: glyphs named cidN in its Encoding, characters in its ToUnicode CMap. */
function subsetOf(objects: Map<number, PdfObject>, dict: string): Subset | undefined {
  const name = /\/BaseFont\s*\/(?:[A-Z]{6}\+)?([^\s/]+)/u.exec(dict)?.[1];
  const toUnicode = objects.get(ref(dict, 'ToUnicode') ?? -1)?.stream;
  const descriptor = objects.get(ref(dict, 'FontDescriptor') ?? -1)?.dict ?? '';
  const program = objects.get(ref(descriptor, 'FontFile') ?? -1)?.stream;
  if (!name || !toUnicode || !program || !/^Noto\w*CJK/u.test(name)) return undefined;
  const chars = new Map<number, number>();
  for (const m of toUnicode.matchAll(/<([0-9A-Fa-f]{2})>\s*<([0-9A-Fa-f]{4,})>/gu)) chars.set(parseInt(m[1]!, 16), parseInt(m[2]!.slice(0, 4), 16));
  const glyphs = new Map<number, number>();
  for (const m of program.matchAll(/dup (\d+) \/cid(\d+) put/gu)) glyphs.set(Number(m[1]), Number(m[2]));
  // NotoSansCJKjp-Regular-VKana: the font is NotoSansCJKjp-Regular, VKana one of its CFF's FDArray names.
  return { font: name.replace(/^(Noto\w*CJK\w*-[A-Za-z]+)-.*$/u, '$1'), chars, glyphs };
}

/** How many times the PDF draws each glyph of a Noto CJK font, keyed font, character and glyph id. */
function glyphCounts(pdf: Buffer): Map<string, number> {
  const objects = pdfObjects(pdf);
  const counts = new Map<string, number>();
  const subsets = new Map<number, Subset | undefined>();
  for (const { dict } of objects.values()) {
    if (!/\/Type\s*\/Page\b/u.test(dict)) continue;
    const resources = objects.get(ref(dict, 'Resources') ?? -1)?.dict ?? dict;
    const fontDict = objects.get(ref(resources, 'Font') ?? -1)?.dict ?? '';
    const fonts = new Map([...fontDict.matchAll(/\/([^\s/]+)\s+(\d+) 0 R/gu)].map((m) => [m[1]!, Number(m[2])]));
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/u.exec(dict)?.[1] ?? '';
    const content = [...contents.matchAll(/(\d+) 0 R/gu)].map((m) => objects.get(Number(m[1]))?.stream ?? '').join('\n');
    let subset: Subset | undefined;
    for (const m of content.matchAll(/\/([^\s/[<(]+)\s+[-\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj|\[([^\]]*)\]\s*TJ/gu)) {
      if (m[1] !== undefined) {
        const id = fonts.get(m[1]) ?? -1;
        if (!subsets.has(id)) subsets.set(id, subsetOf(objects, objects.get(id)?.dict ?? ''));
        subset = subsets.get(id);
        continue;
      }
      if (!subset) continue;
      const hex = m[2] ?? [...m[3]!.matchAll(/<([0-9A-Fa-f]*)>/gu)].map((h) => h[1]).join('');
      for (let i = 0; i + 1 < hex.length; i += 2) {
        const code = parseInt(hex.slice(i, i + 2), 16);
        const char = subset.chars.get(code);
        const glyph = subset.glyphs.get(code);
        if (char === undefined || glyph === undefined) continue;
        const key = `${subset.font}\t${char}\t${glyph}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  return counts;
}

const collections = new Map<string, Record<Form, Font>>();

/** The JP, SC and TC faces of the collection a Noto CJK font (NotoSansCJKjp-Bold) belongs to, found with fontconfig. */
function facesOf(font: string): Record<Form, Font> {
  const known = collections.get(font);
  if (known) return known;
  const file = execFileSync('fc-list', [`:postscriptname=${font}`, 'file'], { encoding: 'utf8' })
    .split('\n')[0]
    ?.replace(/:\s*$/u, '');
  if (!file) throw new Error(`${font} is not installed`);
  const collection = openSync(file) as FontCollection;
  const face = (form: Form): Font => {
    const name = font.replace(/CJK[a-z]{2}-/u, `CJK${form}-`);
    const found = collection.fonts.find((f) => f.postscriptName === name);
    if (!found) throw new Error(`${file} has no ${name}`);
    return found;
  };
  const faces = { jp: face('jp'), sc: face('sc'), tc: face('tc') };
  collections.set(font, faces);
  return faces;
}

/** The forms a drawn glyph is, of the characters whose JP, SC and TC forms are not all one glyph; undefined for the others. */
function formsOf(font: string, char: number, glyph: number): Form[] | undefined {
  const faces = facesOf(font);
  const ids = (['jp', 'sc', 'tc'] as const).map((form) => [form, faces[form].glyphForCodePoint(char).id] as const);
  if (new Set(ids.map(([, id]) => id)).size === 1) return undefined;
  return ids.filter(([, id]) => id === glyph).map(([form]) => form);
}

/** The embedded fonts pdffonts lists, without subset tags. */
function embeddedFonts(pdf: string): string[] {
  return execFileSync('pdffonts', [pdf], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .map((line) => line.split(/\s+/u)[0]!.replace(/^[A-Z]{6}\+/u, ''))
    .filter((name) => name !== '');
}

const LANGS_ZH = ['zh-Hant', 'zh-Hans'] as const;

/** Prints each zh workbook, and the same without its charts, once for the file. */
let printing: Promise<void> | undefined;
function print(): Promise<void> {
  printing ??= (async () => {
    const files: string[] = [];
    for (const lang of LANGS_ZH) {
      const xlsx = (await reportFor(lang)).xlsx;
      writeFileSync(join(work, `${lang}.xlsx`), xlsx);
      writeFileSync(join(work, `${lang}-cells.xlsx`), await withoutCharts(xlsx));
      files.push(join(work, `${lang}.xlsx`), join(work, `${lang}-cells.xlsx`));
    }
    // One soffice run for all four: its start-up is most of the cost. LibreOffice reads its locale
    // from the environment, so ja_JP needs no installed glibc locale.
    const locale = { LC_ALL: 'ja_JP.UTF-8', LANG: 'ja_JP.UTF-8', LANGUAGE: 'ja' };
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(work, 'profile')}`, '--convert-to', 'pdf', '--outdir', work, ...files], {
      stdio: 'pipe',
      timeout: 100_000,
      env: { ...process.env, ...locale },
    });
  })();
  return printing;
}

describe.skipIf(!tools)('the zh workbooks in LibreOffice under a Japanese locale (soffice --convert-to pdf, pdffonts)', () => {
  it.each(LANGS_ZH)('%s: the charts’ Chinese is drawn in Chinese forms, none Japanese', { timeout: 120_000 }, async (lang) => {
    await print();
    const pdf = join(work, `${lang}.pdf`);
    // What pdffonts shows: Noto CJK subsets, all named as the JP face's.
    const cjk = embeddedFonts(pdf).filter((name) => name.includes('CJK'));
    expect(cjk.length, lang).toBeGreaterThan(0);
    for (const name of cjk) expect(name, lang).toMatch(/^Noto(Sans|Serif)CJK[a-z]{2}-/u);

    const all = glyphCounts(readFileSync(pdf));
    const cells = glyphCounts(readFileSync(join(work, `${lang}-cells.pdf`)));
    const target = TARGET[lang];
    let chinese = 0;
    const wrong = new Set<string>();
    for (const [key, count] of all) {
      const charts = count - (cells.get(key) ?? 0);
      if (charts <= 0) continue;
      const [font, char, glyph] = key.split('\t') as [string, string, string];
      const forms = formsOf(font, Number(char), Number(glyph));
      if (forms === undefined) continue;
      if (forms.includes(target) && !forms.includes('jp')) chinese += charts;
      if (!forms.includes(target)) wrong.add(`${String.fromCodePoint(Number(char))} (${forms.join('/') || 'no face'}, ${font})`);
    }
    expect([...wrong], `${lang}: chart glyphs not in ${target.toUpperCase()} forms`).toEqual([]);
    // Something was checked: the charts draw a good many characters whose Chinese form is not the Japanese.
    expect(chinese, lang).toBeGreaterThanOrEqual(20);
  });
});

if (!tools)
  console.warn(
    'workbook-fonts.test.ts: LibreOffice part skipped: soffice, pdffonts, fc-list or the Noto Sans CJK JP, SC and TC faces are missing (libreoffice-calc-nogui, poppler-utils, fonts-noto-cjk).',
  );
