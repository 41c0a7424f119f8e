// Subsets Noto Sans CJK into the app's bundled fonts: `npm run fonts`.
//
// Writes, from the "Noto Sans CJK TC" and "Noto Sans CJK SC" faces of Debian's fonts-noto-cjk collections
// (/usr/share/fonts/opentype/noto/NotoSansCJK-{Regular,Bold}.ttc), two files per face:
//   resources/fonts/lvyuan-sans-{tc,sc}-{400,700}.woff2      the bundled text's characters, loaded at start-up;
//   resources/fonts/lvyuan-sans-ext-{tc,sc}-{400,700}.woff2  the script's common hanzi and CJK punctuation that
//                                                            the first file lacks, fetched only when a page uses one;
// and renderer/src/fonts.css, which declares both under one family and weight, the extended file with a
// `unicode-range` that holds all of its characters and none of the start-up file's (so first paint never
// waits for it). The "ext" sits before the script letters so that a name filter on
// "lvyuan-sans-tc-" (scripts/bench.mjs: bytes loaded per language) still finds only the start-up files.
// Tools: subset-font (harfbuzz's hb-subset compiled to wasm, which also encodes WOFF2), fontkit to check the
// result, and Debian's python3-fonttools (/usr/bin/python3) for scripts/cff-to-glyf.py: the subsets get TrueType outlines, which
// Chromium's PDF printer embeds as real font subsets (CFF glyphs it prints as Type 3 procedures). hb-subset as wrapped by
// subset-font always opens face 0 of its input, so this script first finds the wanted face in the .ttc by its
// name table (family name, never an index guess) and copies that face's tables into a standalone OpenType font.
//
// Start-up set (both scripts' files get the whole set): every code point >= U+0020 in the files of SOURCES
// below, printable ASCII, and SYMBOLS.
// Extended set: GB 2312 level 1 (3755 hanzi) for SC, Big5 level 1 (5401 hanzi) for TC, and for both the
// full-width forms U+FF01-FF5E, CJK punctuation U+3000-303F and the characters of EXTENDED_SOURCES (the test
// reports); less what the start-up set has.
// The hanzi lists come from Python's standard codecs ('gb2312', 'big5') decoding the level-1 byte ranges (GB
// rows 16-55, B0A1-D7F9; Big5 A440-C67E), not from Unihan: the codecs are part of every python3, which this
// script needs anyway, while Unihan is an extra package whose file name and packing differ between
// distributions (Debian's unicode-data ships Unihan_OtherMappings.txt.bz2, others Unihan.zip). The codecs gave
// the same 3755 and 5401 characters as Unihan's kGB0 1601-5589 and kBigFive A440-C67E (unicode-data 15.0.0,
// checked once), and as the WHATWG decoders that tests/unit/font-coverage.test.ts lists them with.
// Everything is sorted, so the same inputs give the same glyph sets.
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
const cssPath = join(root, 'renderer', 'src', 'fonts.css');

/** [folder, file-name test, recursive]: the text the app can show. */
const SOURCES = [
  ['resources/dataset', (f) => f.endsWith('.json'), false],
  // electron/common holds the UI strings; they may live in .ts or .json (i18n/messages.*.json).
  ['electron/common', (f) => f.endsWith('.ts') || f.endsWith('.json'), true],
  ['renderer/src', (f) => /\.(ts|tsx|css)$/.test(f), true],
  ['renderer', (f) => f === 'index.html', false],
];
/**
 * Text that must be covered but is not the app's own: the test reports. Their characters go into the
 * extended files (those the start-up set lacks), so they add nothing to what first paint loads.
 */
const EXTENDED_SOURCES = [['tests/fixtures', (f) => f.endsWith('.json') || f.endsWith('.txt'), true]];

/** Typographic symbols the UI may use even where no source file has them yet. */
const SYMBOLS = '… · • ≥ ≤ ± × ÷ ≈ ~ ² ³ – — ‘ ’ “ ” 「 」 『 』 《 》 （ ） ， 。 、 ： ； ！ ？ ％ ＋ → ← ↑ ↓ ▲ ▼ ◆ ● ○ ■ □ ★ ☆ ✓ ✕ ° ¥ € £ ü Ü é';

/** CJK punctuation and full-width forms, in both scripts' extended files. */
const PUNCTUATION_RANGES = [
  [0x3000, 0x303f],
  [0xff01, 0xff5e],
];

const FACES = [
  { script: 'tc', weight: 400, ttc: 'NotoSansCJK-Regular.ttc', family: 'Noto Sans CJK TC', css: 'Lvyuan Sans TC' },
  { script: 'tc', weight: 700, ttc: 'NotoSansCJK-Bold.ttc', family: 'Noto Sans CJK TC', css: 'Lvyuan Sans TC' },
  { script: 'sc', weight: 400, ttc: 'NotoSansCJK-Regular.ttc', family: 'Noto Sans CJK SC', css: 'Lvyuan Sans SC' },
  { script: 'sc', weight: 700, ttc: 'NotoSansCJK-Bold.ttc', family: 'Noto Sans CJK SC', css: 'Lvyuan Sans SC' },
];
const baseFile = (face) => `lvyuan-sans-${face.script}-${face.weight}.woff2`;
const extFile = (face) => `lvyuan-sans-ext-${face.script}-${face.weight}.woff2`;

/**
 * OpenType layout features kept. Everything else (aalt, fwid/hwid/pwid, locl, ruby, vertical features, jamo…)
 * would pull extra glyphs into the subset through layout closure. halt/palt serve CSS text-spacing-trim and
 * font-feature-settings "palt" on CJK punctuation; kern and mark position Latin and combining marks.
 */
const KEEP_FEATURES = ['ccmp', 'liga', 'calt', 'kern', 'mark', 'mkmk', 'halt', 'palt'];
/** Vertical metrics and the baseline table: the app sets no vertical text. */
const DROP_TABLES = ['vhea', 'vmtx', 'VORG', 'BASE'];
const SUBSET_OPTIONS = { keepFeatures: KEEP_FEATURES, dropTables: DROP_TABLES, noHinting: true };

async function filesOf(folder, test, recursive) {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Every code point >= U+0020 in the files of `sources`, and the files read. */
async function textOf(sources) {
  const chars = new Set();
  const files = [];
  for (const [folder, test, recursive] of sources) files.push(...(await filesOf(folder, test, recursive)));
  for (const file of files) for (const ch of await readFile(file, 'utf8')) if (ch.codePointAt(0) >= 0x20) chars.add(ch.codePointAt(0));
  return { chars, files };
}

/** The start-up set: SOURCES' characters, printable ASCII and SYMBOLS. */
async function characterSet() {
  const { chars, files } = await textOf(SOURCES);
  for (let cp = 0x20; cp <= 0x7e; cp++) chars.add(cp);
  for (const ch of SYMBOLS.replaceAll(' ', '')) chars.add(ch.codePointAt(0));
  return { text: String.fromCodePoint(...[...chars].sort((a, b) => a - b)), files };
}

const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

/**
 * The level-1 hanzi of GB 2312 (sc) and Big5 (tc), as code points, from Python's standard codecs: each
 * two-byte code of the level-1 range decoded on its own. Counts are checked against the standards' 3755 and 5401.
 */
function level1Hanzi() {
  const program = `
import json
gb = [bytes([hi, lo]).decode('gb2312') for hi in range(0xB0, 0xD8) for lo in range(0xA1, 0xFF) if (hi << 8 | lo) <= 0xD7F9]
big5 = [bytes([hi, lo]).decode('big5') for hi in range(0xA4, 0xC7) for lo in [*range(0x40, 0x7F), *range(0xA1, 0xFF)] if (hi << 8 | lo) <= 0xC67E]
print(json.dumps({'sc': [ord(c) for c in gb], 'tc': [ord(c) for c in big5]}))
`;
  let lists;
  try {
    lists = JSON.parse(execFileSync(python, ['-c', program], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
  } catch {
    console.error('fonts: listing the GB 2312 and Big5 level-1 hanzi failed; it needs python3');
    process.exit(1);
  }
  for (const [script, expected] of [
    ['sc', 3755],
    ['tc', 5401],
  ]) {
    const distinct = new Set(lists[script]);
    const hanzi = [...distinct].filter((cp) => /\p{Script=Han}/u.test(String.fromCodePoint(cp)));
    if (distinct.size !== expected || hanzi.length !== expected)
      throw new Error(`fonts: ${script} level 1 has ${distinct.size} characters (${hanzi.length} hanzi), expected ${expected}`);
  }
  return lists;
}

/**
 * A CSS unicode-range for the sorted code points `wanted` that holds none of `excluded`: runs of `wanted`,
 * each also spanning the code points between two of them when none of those is excluded (they are in
 * neither file; a page with one fetches the extended file for nothing, then falls back as it would anyway).
 * Far shorter than one run per stretch of consecutive code points (fonts.css is parsed at start-up).
 */
function unicodeRange(wanted, excluded) {
  const hex = (cp) => cp.toString(16).toUpperCase();
  const runs = [];
  for (const cp of wanted) {
    const last = runs.at(-1);
    let joins = last !== undefined;
    for (let between = joins ? last[1] + 1 : cp; between < cp && joins; between++) joins = !excluded.has(between);
    if (joins) last[1] = cp;
    else runs.push([cp, cp]);
  }
  return runs.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`));
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
      execFileSync(python, [join(root, 'scripts', 'cff-to-glyf.py'), join(dir, 'in.otf'), join(dir, 'out.ttf')], { stdio: ['ignore', 'ignore', 'inherit'] });
    } catch {
      console.error('fonts: converting to TrueType outlines failed; it needs python3 with fontTools (apt-get install python3-fonttools)');
      process.exit(1);
    }
    return sameTimestamp(readFileSync(join(dir, 'out.ttf')), otf);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `ttf` with the `head` table's modified date of `source`: fontTools stamps the time of conversion, which
 * made every run's files differ. The table's checksum is recomputed (checkSumAdjustment counted as zero).
 */
function sameTimestamp(ttf, source) {
  const headIndex = (buf) => tableRecords(buf, 0).records.findIndex((r) => r.tag === 'head');
  const [to, from] = [headIndex(ttf), headIndex(source)];
  if (to < 0 || from < 0) throw new Error('fonts: a font without a head table');
  const head = tableRecords(ttf, 0).records[to];
  const sourceHead = tableRecords(source, 0).records[from];
  source.copy(ttf, head.offset + 28, sourceHead.offset + 28, sourceHead.offset + 36);
  const padded = Buffer.alloc((head.length + 3) & ~3);
  ttf.copy(padded, 0, head.offset, head.offset + head.length);
  padded.writeUInt32BE(0, 8);
  let sum = 0;
  for (let at = 0; at < padded.length; at += 4) sum = (sum + padded.readUInt32BE(at)) >>> 0;
  ttf.writeUInt32BE(sum, 12 + 16 * to + 4);
  return ttf;
}

// ---- main ----

const byCodePoint = (a, b) => a - b;
const { text, files } = await characterSet();
const shortName = (file) => relative(root, file).split(sep).join('/');
const codePoints = [...text].map((c) => c.codePointAt(0));
const inBase = new Set(codePoints);
const level1 = level1Hanzi();
const fixtures = await textOf(EXTENDED_SOURCES);
/** Per script: the extended file's characters, none of them in the start-up set. */
const extended = {};
for (const script of ['tc', 'sc']) {
  const wanted = new Set(level1[script]);
  for (const [from, to] of PUNCTUATION_RANGES) for (let cp = from; cp <= to; cp++) wanted.add(cp);
  for (const cp of fixtures.chars) wanted.add(cp);
  extended[script] = [...wanted].filter((cp) => !inBase.has(cp)).sort(byCodePoint);
}
await mkdir(outDir, { recursive: true });
console.log(`fonts: ${codePoints.length} characters from ${files.length} files (${files.map(shortName).join(', ')})`);
console.log(
  `  extended: tc ${extended.tc.length} more (Big5 level 1), sc ${extended.sc.length} more (GB 2312 level 1); both with CJK punctuation, full-width forms and ${fixtures.chars.size} characters of ${fixtures.files.length} test reports (${fixtures.files.map(shortName).join(', ')})`,
);

const cp4 = (cp) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/** Writes the WOFF2 subset of `ttf` for `wanted` to `file`; returns the code points its cmap really maps. */
async function writeSubset(ttf, wanted, file, label) {
  const woff2 = await subsetFont(ttf, String.fromCodePoint(...wanted), { ...SUBSET_OPTIONS, targetFormat: 'woff2' });
  await writeFile(join(outDir, file), woff2);
  // Check the written file: which of the wanted characters its cmap really maps.
  const parsed = fontkit.create(woff2);
  const mapped = new Set(parsed.characterSet);
  const missing = wanted.filter((cp) => !mapped.has(cp));
  console.log(
    `  resources/fonts/${file}  ${(woff2.length / 1024).toFixed(1)} KB  ${wanted.length - missing.length}/${wanted.length} characters  ${parsed.numGlyphs} glyphs  (${label})`,
  );
  if (missing.length > 0) {
    // Noto Sans CJK has no ✕ (U+2715), for one; the browser falls back to a system font for such a character.
    console.log(`    not in the face: ${missing.map((cp) => `${cp4(cp)} ${String.fromCodePoint(cp)}`).join(', ')}`);
  }
  return { wantedMapped: wanted.filter((cp) => mapped.has(cp)), mapped };
}

const collections = new Map();
const rules = [];
for (const face of FACES) {
  const { ttc, family } = face;
  const ttcPath = join(notoDir, ttc);
  if (!collections.has(ttcPath)) {
    if (!existsSync(ttcPath)) {
      console.error(`fonts: ${ttcPath} not found; install Debian's fonts-noto-cjk (apt-get install fonts-noto-cjk)`);
      process.exit(1);
    }
    collections.set(ttcPath, await readFile(ttcPath));
  }
  const { font, index } = extractFace(collections.get(ttcPath), ttcPath, family);
  const all = String.fromCodePoint(...[...codePoints, ...extended[face.script]].sort(byCodePoint));
  // Subset first (CFF) to both files' characters, then TrueType outlines, then each WOFF2 from that:
  // hb-subset of the converted font keeps its glyphs.
  const ttf = toTrueType(await subsetFont(font, all, { ...SUBSET_OPTIONS, targetFormat: 'sfnt' }));
  const label = `${family}, face ${index} of ${ttc}`;
  // The subsetter keeps a bracket's pair with it (】 with 【): what the start-up file really maps is
  // left out of the extended file's range, so first paint never waits for it.
  const { mapped: baseMapped } = await writeSubset(ttf, codePoints, baseFile(face), label);
  const ext = extended[face.script].filter((cp) => !baseMapped.has(cp));
  const { wantedMapped: extMapped } = await writeSubset(ttf, ext, extFile(face), `${label}, extended`);
  rules.push({ face, ranges: unicodeRange(extMapped, new Set([...inBase, ...baseMapped])) });
}

// renderer/src/fonts.css: the start-up file of each face covers every character (no unicode-range) and comes
// first; the extended file comes after it, so the browser tries it first, but only for its own characters.
const block = (face, file, extra = []) =>
  [
    '@font-face {',
    `  font-family: '${face.css}';`,
    `  font-weight: ${face.weight};`,
    '  font-display: block;',
    `  src: url('../../resources/fonts/${file}') format('woff2');`,
    ...extra,
    '}',
  ].join('\n');
const css = [
  '/* Bundled subsets of Noto Sans CJK (SIL OFL 1.1, resources/fonts/OFL.txt): no system font needed.',
  " * Written by scripts/fonts.mjs (npm run fonts); do not edit. Per face: the bundled text's characters,",
  " * loaded at start-up, then the rest of the script's common hanzi and CJK punctuation, whose unicode-range",
  " * holds none of the first file's characters, so the browser fetches it only for a page that uses one of its own. */",
  ...rules.flatMap(({ face, ranges }) => [block(face, baseFile(face)), block(face, extFile(face), [`  unicode-range: ${ranges.join(', ')};`])]),
].join('\n');
await writeFile(cssPath, `${css}\n`);
console.log(
  `  renderer/src/fonts.css  ${(Buffer.byteLength(css) / 1024).toFixed(1)} KB  (${rules.map(({ face, ranges }) => `${face.script}-${face.weight}: ${ranges.length} ranges`).join(', ')})`,
);
