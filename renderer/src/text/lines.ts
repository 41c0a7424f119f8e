import type { Lang } from '../../../electron/common/i18n/languages';
import { profile } from '../../../electron/common/i18n/profiles';

/**
 * Where a line may break. English breaks at spaces. Chinese breaks at word boundaries
 * (Intl.Segmenter, which Chromium and Node both carry), never inside a bracketed or quoted run, a
 * number with its unit or year (2025年, 68戶), nor before closing or after opening punctuation.
 */

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Marks a line may not start with, and marks it may not end with. */
const CLOSING = /^[，。、；：！？）」』”’》〉%．,.;:!?)\]…]/u;
const OPENING = /[（「『“‘《〈([]$/u;
const NUMBER = /^[\d.,]+$/u;
/** A short word after a number belongs to it: its unit, counter or date (年, 戶, 人次, 億元). */
const NUMBER_WORD = /^[\p{Script=Han}%]{1,2}$/u;

const enclosedPatterns = new Map<Lang, RegExp>();
const segmenters = new Map<Lang, Intl.Segmenter>();

/** Runs kept whole: bracketed (2025年), quoted 「小巨人」, in every pair the language uses. */
function enclosedPattern(lang: Lang): RegExp {
  let pattern = enclosedPatterns.get(lang);
  if (!pattern) {
    const { brackets, quotes } = profile(lang);
    const pairs = [brackets, ...quotes].map(([open, close]) => [open.trim(), close] as const);
    pattern = new RegExp(pairs.map(([open, close]) => `${escapeRegExp(open)}[^${escapeRegExp(close)}]*${escapeRegExp(close)}`).join('|'), 'gu');
    enclosedPatterns.set(lang, pattern);
  }
  return pattern;
}

const HAN = /^\p{Script=Han}$/u;
/** The longest run of single characters kept together: beyond it, a break is better than an overflow. */
const LONGEST_RUN = 8;

/**
 * Words by Intl.Segmenter, mended where its dictionary runs out: a word it does not know (聚醚醚酮,
 * 百億級, 科創, 域內) comes back as single characters, which are joined into one word, and one or
 * two characters after a word stay with it (產業園, 項目庫, 回收線, 專精特新).
 */
function words(text: string, lang: Lang): string[] {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(profile(lang).numberLocale, { granularity: 'word' });
    segmenters.set(lang, segmenter);
  }
  const out: string[] = [];
  // Single characters in a row, and how many (each is one Han character).
  let run = '';
  let length = 0;
  const flush = () => {
    if (length === 0) return;
    const previous = out.at(-1);
    if (length <= 2 && previous !== undefined && /\p{Script=Han}$/u.test(previous)) out[out.length - 1] = previous + run;
    else out.push(run);
    run = '';
    length = 0;
  };
  for (const { segment } of segmenter.segment(text)) {
    if (HAN.test(segment) && length < LONGEST_RUN) {
      run += segment;
      length += 1;
      continue;
    }
    flush();
    if (HAN.test(segment)) {
      run = segment;
      length = 1;
    } else {
      out.push(segment);
    }
  }
  flush();
  return out;
}

/** Joins pieces that must stay on one line: punctuation with its word, a number with its unit. */
function glue(pieces: readonly string[]): string[] {
  const tokens: string[] = [];
  let pendingOpen = '';
  for (const piece of pieces) {
    const last = tokens.at(-1);
    if (last !== undefined && pendingOpen === '' && (CLOSING.test(piece) || (NUMBER.test(last.replace(/^[^\d]*/u, '')) && NUMBER_WORD.test(piece)))) {
      tokens[tokens.length - 1] = last + piece;
    } else if (OPENING.test(piece) && piece.length === 1) {
      pendingOpen += piece;
    } else {
      tokens.push(pendingOpen + piece);
      pendingOpen = '';
    }
  }
  if (pendingOpen !== '') tokens.push(pendingOpen);
  return tokens;
}

/** The pieces of `text` a line may end after; in English each word after the first keeps the space before it. */
export function lineTokens(text: string, lang: Lang): string[] {
  if (profile(lang).wrap === 'words') return text.split(' ').map((word, i) => (i === 0 ? word : ` ${word}`));
  const pieces: string[] = [];
  let at = 0;
  for (const match of text.matchAll(enclosedPattern(lang))) {
    pieces.push(...words(text.slice(at, match.index), lang), match[0]);
    at = match.index + match[0].length;
  }
  pieces.push(...words(text.slice(at), lang));
  return glue(pieces.filter((p) => p !== ''));
}

/** A line holding one character (and its punctuation): 回收/線。 reads as a mistake. */
const lone = (line: readonly string[]): boolean => line.join('').replace(/[\p{P}\s]/gu, '').length <= 1;

/**
 * Breaks `text` into lines no wider than `width` as `measure` counts it, never inside a token. A
 * last line of a lone character takes the word before it along (where that still fits).
 */
export function breakLines(text: string, lang: Lang, width: number, measure: (text: string) => number): string[] {
  const lines: string[][] = [];
  let line: string[] = [];
  for (const token of lineTokens(text, lang)) {
    if (line.length > 0 && measure(line.join('') + token) > width) {
      lines.push(line);
      line = [token.trimStart()];
    } else {
      line.push(token);
    }
  }
  if (line.length > 0) lines.push(line);
  const last = lines.at(-1);
  const before = lines.at(-2);
  if (last && before && before.length > 1 && lone(last)) {
    const moved = [before.at(-1) ?? '', ...last];
    if (measure(moved.join('')) <= width) {
      before.pop();
      lines[lines.length - 1] = moved;
    }
  }
  return lines.map((l) => l.join(''));
}

/** Breaks a label into lines of about `width` characters, never inside a token. */
export function wrapLabel(text: string, lang: Lang, width: number): string[] {
  return breakLines(text, lang, width, (line) => line.length);
}
