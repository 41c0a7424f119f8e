import type { Cell, Worksheet } from 'exceljs';

/**
 * Display width of text in a spreadsheet column: East Asian wide and full-width characters count
 * as two (Unicode East Asian Width W/F), everything else as one.
 */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u;

/** WIDE's ranges as code points, for measuring one character at a time without a regular expression. */
const WIDE_RANGES = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x20000, 0x3fffd],
] as const;

/** Is the character (one code point) East Asian wide? Every cell's every character is measured: at 100× the figures, a regular expression per character was a tenth of the export. */
function isWide(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x1100) return false;
  return WIDE_RANGES.some(([from, to]) => code >= from && code <= to);
}

/** Is the character white space? The common space without a regular expression, as isWide. */
function isSpace(ch: string): boolean {
  return ch === ' ' || ((ch < ' ' || ch.charCodeAt(0) >= 0x80) && /\s/u.test(ch));
}

/** Does the text hold any East Asian wide character? */
export function hasWide(text: string): boolean {
  return WIDE.test(text);
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isWide(ch) ? 2 : 1;
  return width;
}

/** A column width (in Excel character units) that fits the widest cell, within sensible bounds. */
export function columnWidth(cells: readonly string[], min = 6, max = 60): number {
  const widest = cells.reduce((w, cell) => Math.max(w, ...cell.split('\n').map(displayWidth)), 0);
  return Math.min(max, Math.max(min, widest + 2));
}

/** Digits grouped by thousands: 100000 → 100,000. */
function grouped(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
}

/**
 * What a number shows through a format the workbook writes, to measure it: literal text (quoted or
 * escaped) around one digit pattern (0, #,##0.00, 0.0%), as cells.ts writes them; General as the
 * number to ten significant digits.
 */
export function formattedNumber(value: number, numFmt: string | undefined): string {
  if (numFmt === undefined || numFmt === 'General' || numFmt === '@') return String(Number(value.toPrecision(10)));
  let done = false;
  return (numFmt.match(/"[^"]*"|\\.|[#0,.]+%?|./gu) ?? [])
    .map((token) => {
      if (token.startsWith('"')) return token.slice(1, -1);
      if (token.startsWith('\\')) return token.slice(1);
      if (done || !/^[#0,.]+%?$/u.test(token)) return token;
      done = true;
      const percent = token.endsWith('%');
      const digits = (percent ? value * 100 : value).toFixed(token.replace('%', '').split('.')[1]?.length ?? 0);
      const text = token.includes(',') ? grouped(digits) : digits;
      return percent ? `${text}%` : text;
    })
    .join('');
}

/** What a cell shows, near enough to measure: a number (or a formula's number) through its format, a formula's text, or the text. */
export function shownCellText(cell: Cell): string {
  const value = cell.value;
  if (typeof value === 'number') return formattedNumber(value, cell.numFmt);
  if (typeof value === 'object' && value !== null && 'formula' in value) {
    const result: unknown = value.result;
    if (typeof result === 'number') return formattedNumber(result, cell.numFmt);
    if (typeof result === 'string') return result;
  }
  return cell.text;
}

/**
 * Fits every column to its widest cell, East Asian characters counted double, up to `caps[column]`
 * (1-based) or `max` but never narrower than its longest word; text in a capped column is wrapped
 * by the print layout. Rows in `spanning`
 * (titles, leads, a paragraph's lines) are left out: their text runs on over empty neighbours and
 * should not widen a column.
 */
export function fitColumns(sheet: Worksheet, spanning: ReadonlySet<number> = new Set(), caps: Readonly<Record<number, number>> = {}, min = 6, max = 60): void {
  const cells = new Map<number, string[]>();
  sheet.eachRow((row) => {
    if (spanning.has(row.number)) return;
    row.eachCell((cell, column) => {
      const list = cells.get(column) ?? [];
      list.push(shownCellText(cell));
      cells.set(column, list);
    });
  });
  for (const [column, texts] of cells) {
    // Never narrower than the longest word: a wrapped word is not broken inside (sophisticate/d).
    const word = Math.ceil(Math.max(0, ...texts.map(longestWord)) + 2);
    sheet.getColumn(column).width = Math.max(columnWidth(texts, min, caps[column] ?? max), Math.min(word, max));
  }
}

/** The widest unit a line may not break inside, as wrappedLines measures it. */
function longestWord(text: string): number {
  let longest = 0;
  eachUnit(text, (width, space) => {
    if (!space && width > longest) longest = width;
  });
  return longest;
}

/** A line-breaking unit: a word (to its hyphen or slash), one East Asian character, or a space; `start` and `end` are its offsets in the text. */
type Unit = { width: number; space: boolean; wide: boolean; start: number; end: number };

/**
 * A character's width in widths of "0", near enough to wrap text as Excel (Calibri) and LibreOffice
 * (DejaVu Sans in its place) set it: a lower-case letter or punctuation about 0.85 (Calibri's
 * average; DejaVu's is nearer 0.75), a space 0.5, a capital 1.15, an East Asian character 2.
 */
function charWidth(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code < 0x80) {
    if (code >= 0x41 && code <= 0x5a) return 1.15;
    return code >= 0x30 && code <= 0x39 ? 1 : 0.85;
  }
  if (isWide(ch)) return 2;
  return /\p{Lu}/u.test(ch) ? 1.15 : 0.85;
}

/** Visits a unit: its width, whether it is a space or one East Asian character, and its offsets. */
type UnitVisitor = (width: number, space: boolean, wide: boolean, start: number, end: number) => void;

/**
 * Where a line may break, as Excel and LibreOffice wrap a cell: at a space, after a hyphen or slash
 * that a letter follows (a-figure-id, not 2021–2025's digits), and on either side of any
 * East Asian character. Visits each unit in order, allocating nothing: every cell of the workbook is
 * measured, and at 100× the figures an object per character kept the collector busy.
 */
function eachUnit(text: string, visit: UnitVisitor): void {
  let wordStart = -1;
  let wordWidth = 0;
  const flush = (end: number) => {
    if (wordStart >= 0) visit(wordWidth, false, false, wordStart, end);
    wordStart = -1;
    wordWidth = 0;
  };
  let at = 0;
  while (at < text.length) {
    const code = text.codePointAt(at) ?? 0;
    const ch = String.fromCodePoint(code);
    const next = at + ch.length;
    if (isSpace(ch)) {
      flush(at);
      visit(0.5, true, false, at, next);
    } else if (isWide(ch)) {
      flush(at);
      visit(2, false, true, at, next);
    } else {
      if (wordStart < 0) wordStart = at;
      wordWidth += charWidth(ch);
      if ((ch === '-' || ch === '/') && /\p{L}/u.test(String.fromCodePoint(text.codePointAt(next) ?? 0))) flush(next);
    }
    at = next;
  }
  flush(at);
}

function units(text: string): Unit[] {
  const found: Unit[] = [];
  eachUnit(text, (width, space, wide, start, end) => found.push({ width, space, wide, start, end }));
  return found;
}

/**
 * The units of a text with every run of `kept` (offsets start…end) one unit that no line breaks
 * inside, glued to a word it touches: a value stated in a line ("(391", "5.49%*") moves to the next
 * line whole.
 */
function keptUnits(text: string, kept: readonly (readonly [number, number])[]): Unit[] {
  const inside = (offset: number) => kept.some(([start, end]) => offset > start && offset < end);
  const edge = (offset: number) => kept.some(([start, end]) => offset === start || offset === end);
  const glued: Unit[] = [];
  for (const unit of units(text)) {
    const last = glued.at(-1);
    const touching = last !== undefined && !last.space && !unit.space && !last.wide && !unit.wide;
    if (last && (inside(unit.start) || (edge(unit.start) && touching))) {
      last.end = unit.end;
      last.width += unit.width;
      last.space = false;
      last.wide = false;
    } else glued.push({ ...unit });
  }
  return glued;
}

/**
 * A paragraph cut into lines of at most `room` characters, as offsets (start, end) in the text:
 * whole words to a line, no line starting or ending with a space; a run of `kept` is never cut, and
 * a word longer than a line has a line of its own. For text written one line to a row, where a
 * wrapped cell would have to be merged across the sheet.
 */
export function lineRanges(text: string, room: number, kept: readonly (readonly [number, number])[] = []): [number, number][] {
  const lines: [number, number][] = [];
  let line: [number, number] | undefined;
  let used = 0;
  let spaces = 0;
  for (const unit of keptUnits(text, kept)) {
    if (unit.space) {
      if (line) spaces += unit.width;
      continue;
    }
    if (line && used + spaces + unit.width <= room) {
      line[1] = unit.end;
      used += spaces + unit.width;
    } else {
      if (line) lines.push(line);
      line = [unit.start, unit.end];
      used = unit.width;
    }
    spaces = 0;
  }
  if (line) lines.push(line);
  return lines;
}

/** The lines one paragraph takes in `room` characters: whole words to a line, a longer word broken across lines. */
function paragraphLines(text: string, room: number): number {
  let lines = 1;
  let used = 0;
  let spaces = 0;
  eachUnit(text, (unitWidth, space) => {
    if (space) {
      // A space at the end of a line takes no room on it.
      if (used > 0) spaces += unitWidth;
      return;
    }
    if (used + spaces + unitWidth <= room) {
      used += spaces + unitWidth;
      spaces = 0;
      return;
    }
    if (used > 0) lines += 1;
    spaces = 0;
    let width = unitWidth;
    for (; width > room; width -= room) lines += 1;
    used = width;
  });
  return lines;
}

/**
 * How many lines `text` takes in a column `width` characters wide, wrapped as a spreadsheet wraps
 * it: at spaces and hyphens, anywhere between East Asian characters, a word longer than the line
 * broken where it reaches the edge.
 */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, width - 1);
  return text.split('\n').reduce((lines, part) => lines + paragraphLines(part, room), 0);
}
