import type { Lang } from '../../electron/common/i18n/languages';

const graphemes = new Intl.Segmenter('zh', { granularity: 'grapheme' });

/** Breaks a category label into lines of at most `width` characters: English at spaces, Chinese anywhere. */
export function wrapLabel(text: string, lang: Lang, width: number): string[] {
  if (lang === 'en') {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(' ')) {
      if (line && (line + ' ' + word).length > width) {
        lines.push(line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    if (line) lines.push(line);
    return lines;
  }
  // Grapheme clusters, so that no character is ever split across two lines.
  const chars = Array.from(graphemes.segment(text), (s) => s.segment);
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += width) lines.push(chars.slice(i, i + width).join(''));
  return lines;
}
