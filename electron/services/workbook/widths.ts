import type { Cell, Worksheet } from 'exceljs';

/**
 * Display width of text in a spreadsheet column: East Asian wide and full-width characters count
 * as two (Unicode East Asian Width W/F), everything else as one.
 */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u;

/** Does the text hold any East Asian wide character? */
export function hasWide(text: string): boolean {
  return WIDE.test(text);
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
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
  return Math.max(0, ...units(text).map((unit) => (unit.space ? 0 : unit.width)));
}

/** A line-breaking unit: a word (to its hyphen or slash), one East Asian character, or a space; `start` and `end` are its offsets in the text. */
type Unit = { width: number; space: boolean; wide: boolean; start: number; end: number };

/**
 * A character's width in widths of "0", near enough to wrap text as Excel (Calibri) and LibreOffice
 * (DejaVu Sans in its place) set it: a lower-case letter or punctuation about 0.85 (Calibri's
 * average; DejaVu's is nearer 0.75), a space 0.5, a capital 1.15, an East Asian character 2.
 */
function charWidth(ch: string): number {
  if (WIDE.test(ch)) return 2;
  if (/\p{Lu}/u.test(ch)) return 1.15;
  if (/\d/u.test(ch)) return 1;
  return 0.85;
}

function wordWidth(word: string): number {
  let width = 0;
  for (const ch of word) width += charWidth(ch);
  return width;
}

/**
 * Where a line may break, as Excel and LibreOffice wrap a cell: at a space, after a hyphen or slash
 * that a letter follows (a-figure-id, not 2021–2025's digits), and on either side of any
 * East Asian character.
 */
function units(text: string): Unit[] {
  const found: Unit[] = [];
  let word = '';
  let start = 0;
  let at = 0;
  const flush = () => {
    if (word !== '') found.push({ width: wordWidth(word), space: false, wide: false, start, end: at });
    word = '';
  };
  const chars = Array.from(text);
  chars.forEach((ch, i) => {
    if (word === '') start = at;
    if (/\s/u.test(ch)) {
      flush();
      found.push({ width: 0.5, space: true, wide: false, start: at, end: at + ch.length });
    } else if (WIDE.test(ch)) {
      flush();
      found.push({ width: 2, space: false, wide: true, start: at, end: at + ch.length });
    } else {
      word += ch;
      if ((ch === '-' || ch === '/') && /\p{L}/u.test(chars[i + 1] ?? '')) {
        at += ch.length;
        flush();
        return;
      }
    }
    at += ch.length;
  });
  flush();
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
  for (const unit of units(text)) {
    if (unit.space) {
      // A space at the end of a line takes no room on it.
      if (used > 0) spaces += unit.width;
      continue;
    }
    if (used + spaces + unit.width <= room) {
      used += spaces + unit.width;
      spaces = 0;
      continue;
    }
    if (used > 0) lines += 1;
    spaces = 0;
    let width = unit.width;
    for (; width > room; width -= room) lines += 1;
    used = width;
  }
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
