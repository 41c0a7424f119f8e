import { neutraliseFormula } from '../../common/csv';
import { asFraction } from '../../common/charts/calc';
import type { Unit } from '../../common/dataset';
import { clean } from '../../common/format';

export type Cell = string | number | null;

/** A number written as text with nothing else (2025, 176, 8.8): no sign, no leading zero to lose. */
export function isPlainNumber(text: string): boolean {
  return /^(?:0|[1-9]\d*)(?:\.\d+)?$/u.test(text);
}

/**
 * Every string goes in as text, one starting with = + - @ neutralised, never a formula; except a
 * plain number (a year, a count as shown), which goes in as the number it is, not as text.
 */
export function literal(value: Cell): Cell {
  if (typeof value !== 'string') return value;
  return isPlainNumber(value) ? Number(value) : neutraliseFormula(value);
}

function decimalsOf(value: number): number {
  return Number.isInteger(value) ? 0 : Math.min(2, String(value).split('.')[1]?.length ?? 0);
}

function digitsPattern(decimals: number, grouping = true): string {
  return `${grouping ? '#,##0' : '0'}${decimals > 0 ? `.${'0'.repeat(decimals)}` : ''}`;
}

/**
 * An Excel number format showing as many decimals as the article prints (at most two) for every
 * value given. The unit stays in its own column or header, so the cell holds the bare number.
 */
export function numberFormat(values: readonly (number | null)[]): string {
  return digitsPattern(Math.max(0, ...values.map((v) => (v === null ? 0 : decimalsOf(v)))));
}

/** A number cell and the format that shows it. */
export type NumberCell = { value: number; numFmt: string };

/**
 * A figure in a table with its unit in a column of its own: the article's number and decimals. A
 * percentage is in percent, as the article prints it and as the CSV has it (7 is 7%, the % sign in its
 * format): one convention for every table and file, stated on the Definitions sheet.
 */
export function figureCell(value: number, unit: Unit): NumberCell {
  if (unit === '%') return { value, numFmt: `${digitsPattern(decimalsOf(value), false)}"%"` };
  return { value, numFmt: numberFormat([value]) };
}

/** Text as a number format's literal: quoted, with a " inside written as \" between quoted runs. */
function quoted(text: string): string {
  return text === '' ? '' : `"${text.replaceAll('"', '"\\""')}"`;
}

const NUMBER = /\d[\d,]*(?:\.\d+)?/gu;

/**
 * A value that reads exactly as `display`, the article's statement (超5.4億元, > CNY 56.13 bn,
 * 73.1%*), and stays a number: the qualifier and unit are literal text in its number format. Edit
 * the number and the text follows, in the cell and in a chart label using the same format. A
 * percentage is stored as a fraction. A statement in words (翻番), or one whose number is not the
 * value (or holds two numbers), keeps a plain format rather than a label that could lie after an edit.
 */
export function liveCell(value: number, display: string): NumberCell {
  return liveCellOf(value, display) ?? { value, numFmt: numberFormat([value]) };
}

/** liveCell's cell where `display` states `value` (one number, this one); undefined where it states words or another number. */
export function liveCellOf(value: number, display: string): NumberCell | undefined {
  const numbers = [...display.matchAll(NUMBER)];
  // A statement in words (翻番) as the format would show those words whatever the value became.
  if (numbers.length === 0) return undefined;
  const match = numbers[0];
  const text = match?.[0] ?? '';
  if (numbers.length > 1 || Math.abs(Number(text.replaceAll(',', '')) - value) > 1e-9 * Math.max(1, Math.abs(value))) return undefined;
  const before = display.slice(0, match?.index ?? 0);
  const after = display.slice((match?.index ?? 0) + text.length);
  const digits = digitsPattern(text.split('.')[1]?.length ?? 0, text.includes(','));
  if (after.startsWith('%')) return { value: asFraction(value, '%'), numFmt: `${quoted(before)}${digits}%${quoted(after.slice(1))}` };
  return { value, numFmt: `${quoted(before)}${digits}${quoted(after)}` };
}

/**
 * What a number cell shows, near enough to size its column: the format's literal text around the
 * number. Readers apply the format; exceljs's own `text` would give the bare number.
 */
export function shownText(value: number, numFmt: string | undefined): string {
  if (numFmt === undefined || !numFmt.includes('"')) return String(value);
  const parts = numFmt.split('"');
  return parts
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[#0,.]+%?/u, (pattern) => (pattern.endsWith('%') ? `${clean(value * 100)}%` : String(value)))))
    .join('');
}
