import type { Lang } from '../../electron/common/i18n/languages';
import { profile } from '../../electron/common/i18n/profiles';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

const noBreakTokens = new Map<Lang, RegExp>();

/**
 * Pieces a label in a language that wraps between characters must not be broken inside: a bracketed
 * period （2025年）, a 「quoted term」, a number with its 年, or else one character.
 */
function tokenPattern(lang: Lang): RegExp {
  let pattern = noBreakTokens.get(lang);
  if (!pattern) {
    const { brackets, quotes } = profile(lang);
    const enclosed = [brackets, ...quotes].map(([open, close]) => `${escapeRegExp(open)}[\\s\\S]*?${escapeRegExp(close)}`);
    pattern = new RegExp([...enclosed, '\\d[\\d.,]*年?', '[\\s\\S]'].join('|'), 'gu');
    noBreakTokens.set(lang, pattern);
  }
  return pattern;
}

/** The pieces of `text` a line may end after; each word after the first keeps the space before it. */
function tokens(text: string, lang: Lang): string[] {
  if (profile(lang).wrap === 'words') return text.split(' ').map((word, i) => (i === 0 ? word : ` ${word}`));
  return text.match(tokenPattern(lang)) ?? [];
}

/** Breaks a category label into lines of about `width` characters, never inside a token. */
export function wrapLabel(text: string, lang: Lang, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of tokens(text, lang)) {
    if (line !== '' && line.length + token.length > width) {
      lines.push(line);
      line = token.trimStart();
    } else {
      line += token;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
