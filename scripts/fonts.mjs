// Subsets Noto Sans CJK into the app's bundled fonts: `npm run fonts`.
//
// Writes resources/fonts/lvyuan-sans-{tc,sc}-{400,700}.woff2 from the "Noto Sans CJK TC" and "Noto Sans CJK SC"
// faces of Debian's fonts-noto-cjk collections (/usr/share/fonts/opentype/noto/NotoSansCJK-{Regular,Bold}.ttc).
// Tools: subset-font (harfbuzz's hb-subset compiled to wasm, which also encodes WOFF2), fontkit to check the
// result, and Debian's python3-fonttools (/usr/bin/python3) for scripts/cff-to-glyf.py: the subsets get TrueType outlines, which
// Chromium's PDF printer embeds as real font subsets (CFF glyphs it prints as Type 3 procedures). hb-subset as wrapped by
// subset-font always opens face 0 of its input, so this script first finds the wanted face in the .ttc by its
// name table (family name, never an index guess) and copies that face's tables into a standalone OpenType font.
//
// Character set: every code point >= U+0020 in the files of SOURCES below, printable ASCII, and SYMBOLS;
// sorted, so the same inputs give the same glyph set. Both scripts' files get the whole set.
import subsetFont from 'subset-font';
import * as fontkit from 'fontkit';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative, sep } from 'node:path';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const outDir = join(root, 'resources', 'fonts');
const notoDir = '/usr/share/fonts/opentype/noto';

/** [folder, file-name test, recursive]: the text the app can show. */
const SOURCES = [
  ['resources/dataset', (f) => f.endsWith('.json'), false],
  // electron/common holds the UI strings; they may live in .ts or .json (i18n/messages.*.json).
  ['electron/common', (f) => f.endsWith('.ts') || f.endsWith('.json'), true],
  ['renderer/src', (f) => /\.(ts|tsx|css)$/.test(f), true],
  ['renderer', (f) => f === 'index.html', false],
];

/** Typographic symbols the UI may use even where no source file has them yet. */
const SYMBOLS =
  '… · • ≥ ≤ ± × ÷ ≈ ~ ² ³ – — ‘ ’ “ ” 「 」 『 』 《 》 （ ） ， 。 、 ： ； ！ ？ ％ ＋ → ← ↑ ↓ ▲ ▼ ◆ ● ○ ■ □ ★ ☆ ✓ ✕ ° ¥ € £ ü Ü é';

const FACES = [
  { file: 'lvyuan-sans-tc-400.woff2', ttc: 'NotoSansCJK-Regular.ttc', family: 'Noto Sans CJK TC' },
  { file: 'lvyuan-sans-tc-700.woff2', ttc: 'NotoSansCJK-Bold.ttc', family: 'Noto Sans CJK TC' },
  { file: 'lvyuan-sans-sc-400.woff2', ttc: 'NotoSansCJK-Regular.ttc', family: 'Noto Sans CJK SC' },
  { file: 'lvyuan-sans-sc-700.woff2', ttc: 'NotoSansCJK-Bold.ttc', family: 'Noto Sans CJK SC' },
];

/**
 * OpenType layout features kept. Everything else (aalt, fwid/hwid/pwid, locl, ruby, vertical features, jamo…)
 * would pull extra glyphs into the subset through layout closure. halt/palt serve CSS text-spacing-trim and
 * font-feature-settings "palt" on CJK punctuation; kern and mark position Latin and combining marks.
 */
const KEEP_FEATURES = ['ccmp', 'liga', 'calt', 'kern', 'mark', 'mkmk', 'halt', 'palt'];
/** Vertical metrics and the baseline table: the app sets no vertical text. */
const DROP_TABLES = ['vhea', 'vmtx', 'VORG', 'BASE'];

async function filesOf(folder, test, recursive) {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

async function characterSet() {
  const chars = new Set();
  const add = (text) => {
    for (const ch of text) if (ch.codePointAt(0) >= 0x20) chars.add(ch);
  };
  const files = [];
  for (const [folder, test, recursive] of SOURCES) files.push(...(await filesOf(folder, test, recursive)));
  for (const file of files) add(await readFile(file, 'utf8'));
  for (let cp = 0x20; cp <= 0x7e; cp++) chars.add(String.fromCodePoint(cp));
  add(SYMBOLS.replaceAll(' ', ''));
  chars.add(' ');
  return { text: [...chars].sort((a, b) => a.codePointAt(0) - b.codePointAt(0)).join(''), files };
}

// ---- TTC handling: find a face by its name table and copy it out as a standalone font ----

const tag = (buf, at) => buf.toString('latin1', at, at + 4);

/** The table records of the face whose table directory starts at `at`. */
function tableRecords(buf, at) {
  const count = buf.readUInt16BE(at + 4);
  const records = [];
  for (let i = 0; i < count; i++) {
    const r = at + 12 + i * 16;
    records.push({ tag: tag(buf, r), checksum: buf.readUInt32BE(r + 4), offset: buf.readUInt32BE(r + 8), length: buf.readUInt32BE(r + 12) });
  }
  return { sfntVersion: buf.readUInt32BE(at), records };
}

/** The face's family names (name IDs 16 and 1, Windows Unicode and Mac Roman records). */
function familyNames(buf, records) {
  const name = records.find((r) => r.tag === 'name');
  if (!name) return [];
  const base = name.offset;
  const count = buf.readUInt16BE(base + 2);
  const strings = base + buf.readUInt16BE(base + 4);
  const names = new Set();
  for (let i = 0; i < count; i++) {
    const r = base + 6 + i * 12;
    const [platform, , , nameId, length, offset] = [0, 2, 4, 6, 8, 10].map((o) => buf.readUInt16BE(r + o));
    if (nameId !== 1 && nameId !== 16) continue;
    const raw = buf.subarray(strings + offset, strings + offset + length);
    if (platform === 3 || platform === 0) names.add(Buffer.from(raw).swap16().toString('utf16le'));
    else if (platform === 1) names.add(raw.toString('latin1'));
  }
  return [...names];
}

/** The face of `ttcPath` whose family name is exactly `family`, as a standalone OpenType (CFF) font. */
function extractFace(buf, ttcPath, family) {
  if (tag(buf, 0) !== 'ttcf') throw new Error(`${ttcPath}: not a font collection (no ttcf header)`);
  const numFonts = buf.readUInt32BE(8);
  const faces = [];
  for (let i = 0; i < numFonts; i++) {
    const dir = tableRecords(buf, buf.readUInt32BE(12 + i * 4));
    faces.push({ index: i, ...dir, families: familyNames(buf, dir.records) });
  }
  const matches = faces.filter((f) => f.families.includes(family));
  if (matches.length !== 1) {
    const seen = faces.map((f) => `${f.index}: ${f.families.join(' / ')}`).join('; ');
    throw new Error(`${ttcPath}: expected one face named "${family}", found ${matches.length} (${seen})`);
  }
  const face = matches[0];
  const records = [...face.records].sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  const n = records.length;
  const log2 = Math.floor(Math.log2(n));
  const headerSize = 12 + 16 * n;
  let size = headerSize;
  for (const r of records) size += (r.length + 3) & ~3;
  const out = Buffer.alloc(size);
  out.writeUInt32BE(face.sfntVersion, 0);
  out.writeUInt16BE(n, 4);
  out.writeUInt16BE(16 * 2 ** log2, 6);
  out.writeUInt16BE(log2, 8);
  out.writeUInt16BE(16 * n - 16 * 2 ** log2, 10);
  let at = headerSize;
  records.forEach((r, i) => {
    const rec = 12 + i * 16;
    out.write(r.tag, rec, 'latin1');
    out.writeUInt32BE(r.checksum, rec + 4);
    out.writeUInt32BE(at, rec + 8);
    out.writeUInt32BE(r.length, rec + 12);
    buf.copy(out, at, r.offset, r.offset + r.length);
    at += (r.length + 3) & ~3;
  });
  return { font: out, index: face.index };
}

/** The font with TrueType outlines instead of CFF (scripts/cff-to-glyf.py, fontTools). */
function toTrueType(otf) {
  const dir = mkdtempSync(join(tmpdir(), 'lvyuan-fonts-'));
  try {
    writeFileSync(join(dir, 'in.otf'), otf);
    try {
      execFileSync(existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3', [join(root, 'scripts', 'cff-to-glyf.py'), join(dir, 'in.otf'), join(dir, 'out.ttf')], { stdio: ['ignore', 'ignore', 'inherit'] });
    } catch {
      console.error('fonts: converting to TrueType outlines failed; it needs python3 with fontTools (apt-get install python3-fonttools)');
      process.exit(1);
    }
    return readFileSync(join(dir, 'out.ttf'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---- main ----

const { text, files } = await characterSet();
const codePoints = [...text].map((c) => c.codePointAt(0));
await mkdir(outDir, { recursive: true });
console.log(`fonts: ${codePoints.length} characters from ${files.length} files (${files.map((f) => relative(root, f).split(sep).join('/')).join(', ')})`);

const collections = new Map();
for (const { file, ttc, family } of FACES) {
  const ttcPath = join(notoDir, ttc);
  if (!collections.has(ttcPath)) {
    if (!existsSync(ttcPath)) {
      console.error(`fonts: ${ttcPath} not found; install Debian's fonts-noto-cjk (apt-get install fonts-noto-cjk)`);
      process.exit(1);
    }
    collections.set(ttcPath, await readFile(ttcPath));
  }
  const { font, index } = extractFace(collections.get(ttcPath), ttcPath, family);
  const options = { keepFeatures: KEEP_FEATURES, dropTables: DROP_TABLES, noHinting: true };
  // Subset first (CFF), then TrueType outlines, then WOFF2: hb-subset of the converted font keeps its glyphs.
  const woff2 = await subsetFont(toTrueType(await subsetFont(font, text, { ...options, targetFormat: 'sfnt' })), text, { ...options, targetFormat: 'woff2' });
  await writeFile(join(outDir, file), woff2);

  // Check the written file: which of the wanted characters its cmap really maps.
  const parsed = fontkit.create(woff2);
  const mapped = new Set(parsed.characterSet);
  const missing = codePoints.filter((cp) => !mapped.has(cp));
  const covered = codePoints.length - missing.length;
  console.log(
    `  resources/fonts/${file}  ${(woff2.length / 1024).toFixed(1)} KB  ${covered}/${codePoints.length} characters  ${parsed.numGlyphs} glyphs  (${family}, face ${index} of ${ttc})`,
  );
  if (missing.length > 0) {
    // Noto Sans CJK has no ✕ (U+2715), for one; the browser falls back to a system font for such a character.
    console.log(`    not in the face: ${missing.map((cp) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')} ${String.fromCodePoint(cp)}`).join(', ')}`);
  }
}
