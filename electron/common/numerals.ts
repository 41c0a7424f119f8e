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
  ['翻倍', 2],
  ['翻两番', 4],
  ['翻兩番', 4],
  ['首位', 1],
  ['居冠', 1],
  ['居首', 1],
  ['居次', 2],
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

/** Whether the text prints the value, by any reading (a minus sign printed or said as 下降 alike). */
export function textStatesValue(text: string, value: number): boolean {
  const wanted = Math.abs(value);
  const close = (n: number) => Math.abs(n - wanted) < 1e-9 * Math.max(1, wanted);
  // 突破万亿元: a magnitude word alone after a word of passing is one of it.
  const oneOfMagnitude = wanted === 1 && /(?:突破|超过|超過|超|破|逾|过|過)(?:万亿|萬億|亿|億|万|萬)/u.test(text);
  // 9成2 is 9.2 成.
  const tenths = [...text.matchAll(/(\d+)成(\d)(?!\d)/gu)].some((m) => close(Number(`${m[1] ?? ''}.${m[2] ?? ''}`)));
  return oneOfMagnitude || tenths || numbersInText(text).some(close) || numeralsIn(text).some((n) => close(n.value));
}

// ───────────────────────────── the numeral grammar, for reading figures from an article ─────────────────────────────

/**
 * A number as an article prints it, read whole: Arabic digits (full-width too, with thousands
 * separators and 。/． decimals), Chinese numerals with 十百千 and the magnitudes 万萬亿億兆, 点/點
 * decimals, digit strings (二〇二五, 一一三), 廿 and 卅, 两/兩, and the mixed forms (3.5万, 4兆4589億).
 * The magnitude word a number ends on stays its unit, as printed: 百亿 is 100 of 亿 (`magnitude`),
 * 四兆四千五百八十九億 is 44589 億, 3.5万 is 3.5 万. A run that is a name, not a number (十四五: two
 * digits after a multiplier) reads as nothing.
 */
export type Numeral = { value: number; magnitude?: Magnitude };

export type Magnitude = '万' | '萬' | '亿' | '億' | '兆' | '万亿' | '萬億';

const MAGNITUDES: Readonly<Record<Magnitude, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12, 万亿: 1e12, 萬億: 1e12 };
const SMALL: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
/** 廿 and 卅 are twenty and thirty in one character (廿三 is 23). */
const TENS: Readonly<Record<string, number>> = { 廿: 20, 卅: 30 };

function isMagnitude(ch: string): ch is Magnitude {
  return Object.hasOwn(MAGNITUDES, ch);
}

/** Removes binary noise: 4.4589e12 / 1e8 is 44589, not 44588.99999999999. */
function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

/** Full-width digits and points as ASCII; a PDF's stray spaces and * marks inside a number dropped. */
export function normalizeNumeral(text: string): string {
  return (
    text
      .replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
      .replace(/[．。]/gu, '.')
      // ○ (a white circle) stands for 〇 in much typed text: 一千○三十四; a middle dot between digits is a point (1·8%).
      .replace(/○/gu, '〇')
      .replace(/(?<=\d)[·・](?=\d)/gu, '.')
      .replace(/[，,](?=\d{3}(?!\d))/gu, '')
      .replace(/[\s*]+/gu, '')
  );
}

/** Digits 0–9 of a Chinese digit character, undefined for any other. */
function digitOf(ch: string): number | undefined {
  return DIGITS[ch];
}

/**
 * A section below 10,000 in Chinese numerals (一千二百三十, 三千五, 零五): the digits with 十百千 and
 * 廿卅; a last digit after a multiplier with no 零 between is the next place down (三千五 is 3500,
 * 一百二 is 120). Undefined for two digits in a row (十四五) or anything else.
 */
function chineseSection(text: string): number | undefined {
  let total = 0;
  let pending: number | undefined;
  let lastMultiplier = 0;
  let zero = false;
  for (const ch of text) {
    const digit = digitOf(ch);
    const multiplier = SMALL[ch];
    const tens = TENS[ch];
    if (digit !== undefined) {
      if (digit === 0) {
        zero = true;
        continue;
      }
      if (pending !== undefined) return undefined;
      pending = digit;
    } else if (multiplier !== undefined) {
      if (lastMultiplier !== 0 && multiplier >= lastMultiplier) return undefined;
      // Only the first may stand without a digit (十二, 百): 千百 is no number.
      if (pending === undefined && (total !== 0 || zero)) return undefined;
      total += (pending ?? 1) * multiplier;
      pending = undefined;
      lastMultiplier = multiplier;
      zero = false;
    } else if (tens !== undefined) {
      if (total !== 0 || pending !== undefined) return undefined;
      total = tens;
      lastMultiplier = 10;
    } else return undefined;
  }
  if (pending === undefined) return total;
  // 三千五: the next place down, where no 零 stands between.
  return total + (lastMultiplier > 1 && !zero ? (pending * lastMultiplier) / 10 : pending);
}

/** A digit string read place by place (二〇二五, 一一三): no multiplier in it. */
function digitString(text: string): number | undefined {
  let value = 0;
  for (const ch of text) {
    const digit = digitOf(ch);
    if (digit === undefined) return undefined;
    value = value * 10 + digit;
  }
  return value;
}

/** The part of a number between magnitude words: Arabic (3.5, 1234) or Chinese (三千五, 四十四点二). */
function part(text: string): number | undefined {
  if (text === '') return undefined;
  if (/^\d+(?:\.\d+)?$/u.test(text)) return Number(text);
  const [whole = '', fraction, ...more] = text.split(/[点點.]/u);
  if (more.length > 0) return undefined;
  // 六六六六．五, 七二〇億: Chinese digits read place by place, as the Arabic ones would be.
  const integer =
    whole === '' ? 0 : /^\d+$/u.test(whole) ? Number(whole) : /^[〇零一二三四五六七八九]{2,}$/u.test(whole) ? digitString(whole) : chineseSection(whole);
  if (integer === undefined) return undefined;
  if (fraction === undefined) return integer;
  // 点 then digits read place by place: 三点一四 is 3.14.
  const digits = /^\d+$/u.test(fraction)
    ? fraction
    : Array.from(fraction)
        .map((ch) => digitOf(ch) ?? 'x')
        .join('');
  return /^\d+$/u.test(digits) ? Number(`${integer}.${digits}`) : undefined;
}

export function parseNumeral(raw: string): Numeral | undefined {
  const text = normalizeNumeral(raw);
  if (text === '') return undefined;
  // A digit string: three or more Chinese digits, or any with 〇 (二〇二五, 一一三); 三五 alone is "a few", not 35.
  if (/^[〇零一二三四五六七八九]+$/u.test(text)) {
    if (text.length === 1) return { value: digitOf(text) ?? 0 };
    if (text.length >= 3 || text.includes('〇')) {
      const value = digitString(text);
      return value === undefined ? undefined : { value };
    }
    return undefined;
  }
  // Sections between magnitude words, largest first: 4兆4589億, 一万二千, 3.5万.
  let total = 0;
  let rest = text;
  let last: Magnitude | undefined;
  let lastScale = Infinity;
  for (;;) {
    const at = Array.from(rest).findIndex((ch) => isMagnitude(ch));
    if (at < 0) break;
    const chars = Array.from(rest);
    const before = chars.slice(0, at).join('');
    // 万亿 (萬億) is one word, a trillion: 2.81万亿 is 2.81 of it, as printed.
    const compound = (chars[at] === '万' && chars[at + 1] === '亿') || (chars[at] === '萬' && chars[at + 1] === '億');
    const magnitude = (compound ? `${chars[at] ?? ''}${chars[at + 1] ?? ''}` : chars[at]) as Magnitude;
    const scale = MAGNITUDES[magnitude];
    if (scale >= lastScale) return undefined;
    // A magnitude word with no number before it (亿元 alone) is a unit, not a number.
    if (before === '' && last === undefined) return undefined;
    const amount = before === '' ? 1 : part(before);
    if (amount === undefined) return undefined;
    total += amount * scale;
    last = magnitude;
    lastScale = scale;
    rest = chars.slice(at + (compound ? 2 : 1)).join('');
  }
  if (rest !== '') {
    const tail = part(rest);
    if (tail === undefined) return undefined;
    // 一万二: a lone digit after a magnitude is the next place down (12,000).
    const lone = last !== undefined && /^[一二两兩三四五六七八九]$/u.test(rest) ? (tail * lastScale) / 10 : tail;
    total += lone;
    return { value: tidy(total) };
  }
  if (last === undefined) return undefined;
  return { value: tidy(total / MAGNITUDES[last]), magnitude: last };
}

/** A number found in a text: what it reads, where it is, and whether it is a percentage (5%, 百分之五). */
export type FoundNumeral = Numeral & { start: number; end: number; text: string; percent: boolean };

/** A numeral's characters, spaces and * included (a PDF's text puts them inside numbers). */
const NUMERAL_RUN =
  /(?:百分之?)?[0-9０-９〇○零一二三四五六七八九十拾百佰千仟万萬亿億兆两兩廿卅点點.．](?:[0-9０-９〇○零一二三四五六七八九十拾百佰千仟万萬亿億兆两兩廿卅点點.．]|(?<=[0-9０-９])[,，](?=[0-9０-９]{3}(?![0-9０-９]))|[ *](?=[0-9０-９.．])|(?<=\d)[·・](?=\d))*[%％]?/gu;

/**
 * Every number the text prints, in order, with its place: the grammar's reading of each run of
 * numeral characters (parseNumeral), a percentage where % or 百分之 says so. A run that reads as
 * no number (十四五) is left out; so is a lone 点 or separator.
 */
export function numeralsIn(text: string): FoundNumeral[] {
  const found: FoundNumeral[] = [];
  for (const match of text.matchAll(NUMERAL_RUN)) {
    let run = match[0];
    let start = match.index;
    // 百分之五, and the colloquial 百分五.
    const percentLength = run.startsWith('百分之') ? 3 : run.startsWith('百分') && run.length > 2 ? 2 : 0;
    const percentWords = percentLength > 0;
    if (percentWords) run = run.slice(percentLength);
    const percentSign = /[%％]$/u.test(run);
    if (percentSign) run = run.slice(0, -1);
    // Trailing points and separators are punctuation, not part of the number; a trailing 千 or 百 that
    // leaves no number (42748千米, 2.3百分点) starts the unit after it.
    let trimmed = run.replace(/[.．,，点點]+$/u, '');
    let numeral = parseNumeral(trimmed);
    while (numeral === undefined && !percentSign && /\d[千百十万亿]+$/u.test(trimmed)) {
      trimmed = trimmed.slice(0, -1);
      numeral = parseNumeral(trimmed);
    }
    if (!percentWords) start = match.index;
    if (numeral === undefined) continue;
    found.push({
      ...numeral,
      start,
      end: match.index + percentLength + trimmed.length + (percentSign && trimmed.length === run.length ? 1 : 0),
      text: match[0].slice(0, percentLength + trimmed.length) + (percentSign && trimmed.length === run.length ? match[0].slice(-1) : ''),
      percent: percentWords || (percentSign && trimmed.length === run.length),
    });
  }
  return found;
}
