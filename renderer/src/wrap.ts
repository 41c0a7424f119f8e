import type { Lang } from '../../electron/common/i18n/languages';

/**
 * Pieces a Chinese label must not be broken inside: a bracketed period （2025年）, a 「quoted term」,
 * a number with its 年, or else one character.
 */
const CHINESE_TOKENS = /（[^）]*）|「[^」]*」|\d[\d.,]*年?|[\s\S]/gu;

/** Breaks a category label into lines of about `width` characters, never inside a token. */
export function wrapLabel(text: string, lang: Lang, width: number): string[] {
  const tokens = lang === 'en' ? text.split(' ').map((word, i) => (i === 0 ? word : ` ${word}`)) : (text.match(CHINESE_TOKENS) ?? []);
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
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
