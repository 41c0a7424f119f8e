import * as OpenCC from 'opencc-js/t2cn';

/**
 * The rules are written once, in Simplified script, and read a Simplified copy of the text. The copy
 * has the same length as the article, character for character, so every offset found in it is an
 * offset into the article and every quote is cut from the article as printed.
 */
const toCn = OpenCC.Converter({ from: 't', to: 'cn' });

export function simplifiedCopy(text: string): string {
  const whole = toCn(text);
  if (whole.length === text.length) return whole;
  // A phrase that converts to another length would shift every offset after it: convert each
  // character on its own instead (the rules need characters, not phrases).
  let copy = '';
  for (const ch of text) {
    const one = toCn(ch);
    copy += one.length === ch.length ? one : ch;
  }
  return copy;
}

export type Script = 'zh-Hant' | 'zh-Hans';

/** Traditional where more characters change under conversion than a Simplified text would have. */
export function scriptOf(text: string, simplified = simplifiedCopy(text)): Script {
  let changed = 0;
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    if (/\p{Script=Han}/u.test(text[i] ?? '')) han++;
    if (text[i] !== simplified[i]) changed++;
  }
  return han > 0 && changed / han > 0.02 ? 'zh-Hant' : 'zh-Hans';
}
