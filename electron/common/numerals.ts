/**
 * Finds the numbers a piece of Chinese text states, so that the dataset can check that a
 * figure's value really is printed in its quote. Chinese numerals are read in the scale they
 * are printed in: 百億元 yields 100 (the 億 is the unit, not a multiplier), matching how the
 * dataset records values "as printed".
 */
const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  兩: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const MULTIPLIERS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Idioms that state a number without a numeral. 翻番 / 翻一番 is "doubled". */
const IDIOMS: ReadonlyArray<readonly [string, number]> = [
  ['翻一番', 2],
  ['翻番', 2],
];

const CHINESE_RUN = /[零〇一二兩两三四五六七八九十百千]+/gu;
const ARABIC = /\d+(?:,\d{3})*(?:\.\d+)?/gu;

/** Parses a run of Chinese numerals below 10,000, e.g. 一百二十 → 120, 百 → 100, 兩 → 2. */
export function parseChineseNumeral(run: string): number | undefined {
  let total = 0;
  let pending: number | undefined;
  for (const ch of run) {
    const digit = DIGITS[ch];
    const multiplier = MULTIPLIERS[ch];
    if (digit !== undefined) {
      if (pending !== undefined) return undefined; // two digits in a row (e.g. 十四五) is a name, not a number
      pending = digit;
    } else if (multiplier !== undefined) {
      total += (pending ?? 1) * multiplier;
      pending = undefined;
    } else {
      return undefined;
    }
  }
  return total + (pending ?? 0);
}

/** Every number stated in the text: Arabic numerals, Chinese numerals and numeric idioms. */
export function numbersInText(text: string): number[] {
  const found: number[] = [];
  for (const match of text.matchAll(ARABIC)) found.push(Number(match[0].replaceAll(',', '')));
  for (const match of text.matchAll(CHINESE_RUN)) {
    const value = parseChineseNumeral(match[0]);
    if (value !== undefined) found.push(value);
  }
  for (const [idiom, value] of IDIOMS) if (text.includes(idiom)) found.push(value);
  return found;
}

export function textStatesValue(text: string, value: number): boolean {
  return numbersInText(text).some((n) => Math.abs(n - value) < 1e-9);
}
