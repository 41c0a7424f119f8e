import { normalizeNumeral, parseNumeral } from '../numerals';
import type { ExtractQualifier } from './figures';
import { simplifiedCopy } from './script';
import { unitAt } from './units';

/**
 * Numbers as the rules read them: the number with the 余/多, magnitude word, unit, 级 and 以上/以下/
 * 左右 that follow it, over the rules' copy of the text (Simplified, ASCII digits, same length).
 */
/** A number read with what directly follows it. */
export type Reading = {
  start: number;
  end: number;
  value: number;
  printed: string;
  /** The magnitude word the number ends on (亿, 万亿), part of the unit. */
  magnitude: string;
  unit: string | undefined;
  plus: boolean;
  level: boolean;
  suffix: ExtractQualifier | undefined;
  chinese: boolean;
  percentWords: boolean;
};

const COMPOUND_MAGNITUDE = /(万亿|千万|百万|十万|千亿|百亿|亿|万)$/u;

/** The rules' copy: Simplified script, ASCII digits, % and . — every character where it was. */
export function rulesCopy(text: string): string {
  return simplifiedCopy(text)
    .replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/％/gu, '%')
    .replace(/．/gu, '.')
    .replace(/[～〜]/gu, '~');
}

export function printedNumber(value: number): string {
  return String(Number(value.toPrecision(12)));
}

/** Reads the number at [start, end) of `s`; a shorter reading where a unit starts inside it (3万千瓦, 2.3百分点). */
export function readNumber(s: string, start: number, end: number, units: readonly string[]): Reading | undefined {
  // The shortest reading after which a unit follows wins: 3万千瓦 is 3 万千瓦, not 31000 瓦.
  let full: Reading | undefined;
  for (let cut = Math.max(start + 1, end - 2); cut <= end; cut++) {
    const raw = s.slice(start, cut);
    const reading = numberOf(raw);
    if (reading === undefined) continue;
    const after = follow(s, cut, units, reading.magnitude);
    // A magnitude word is the full run's to read (四兆四千五百八十九億 is 44589 億, not 4兆4589 and 億).
    if (cut !== end && (after.unit === undefined || after.magnitude !== reading.magnitude)) continue;
    const chinese = !/\d/u.test(raw);
    // 9成2 is 9.2 成 (ninety-two per cent), as Taiwan writes it.
    if (after.unit === '成' && /^\d(?![\d.%])/u.test(s.slice(after.end, after.end + 2)) && /^\d+$/u.test(raw)) {
      const tenth = Number(s[after.end]);
      const value = Number(`${reading.value}.${tenth}`);
      return {
        start,
        end: after.end + 1,
        value,
        printed: printedNumber(value),
        magnitude: after.magnitude,
        unit: after.unit,
        plus: after.plus,
        level: after.level,
        suffix: after.suffix,
        chinese: false,
        percentWords: false,
      };
    }
    const read: Reading = {
      start,
      end: after.end,
      value: reading.value,
      printed: printedNumber(reading.value),
      magnitude: after.magnitude,
      unit: after.unit,
      plus: after.plus,
      level: after.level,
      suffix: after.suffix,
      chinese,
      percentWords: false,
    };
    if (after.unit !== undefined) return read;
    full = read;
  }
  return full;
}

/** Past the spaces and * marks a PDF's text leaves between a number and its unit. */
function skipMarks(s: string, at: number): number {
  let pos = at;
  while (s[pos] === ' ' || s[pos] === '*') pos++;
  return pos;
}

export function numberOf(raw: string): { value: number; magnitude: string } | undefined {
  const whole = parseNumeral(raw);
  if (whole?.magnitude !== undefined) return { value: whole.value, magnitude: whole.magnitude };
  const compound = COMPOUND_MAGNITUDE.exec(normalizeNumeral(raw));
  if (compound?.[1] !== undefined) {
    const head = normalizeNumeral(raw).slice(0, -compound[1].length);
    const number = parseNumeral(head);
    if (number !== undefined && number.magnitude === undefined) return { value: number.value, magnitude: compound[1] };
  }
  if (whole !== undefined) return { value: whole.value, magnitude: '' };
  return undefined;
}

/** What follows a number: 余/多, the unit, 级, and 以上/以下/以内/左右. */
function follow(
  s: string,
  at: number,
  units: readonly string[],
  magnitude: string,
): { end: number; unit: string | undefined; magnitude: string; plus: boolean; level: boolean; suffix: ExtractQualifier | undefined } {
  let pos = skipMarks(s, at);
  // A PDF's text may set the magnitude apart from the number (2060.35 亿 元).
  if (magnitude === '') {
    const word = /^(万亿|亿|万)/u.exec(s.slice(pos, pos + 2))?.[1];
    if (word !== undefined && (unitAt(s, skipMarks(s, pos + word.length), units) !== undefined || s[pos + word.length] === '级')) {
      magnitude = word;
      pos = skipMarks(s, pos + word.length);
    }
  } else pos = skipMarks(s, pos);
  let plus = false;
  if ((s[pos] === '余' || s[pos] === '多') && unitAt(s, pos + 1, units) !== undefined) {
    plus = true;
    pos++;
  }
  if (plus) pos = skipMarks(s, pos);
  const unit = unitAt(s, pos, units);
  let level = false;
  // 4.5万亿量级: a class of the magnitude itself.
  if (unit === undefined && magnitude !== '' && s.startsWith('量级', pos))
    return { end: pos + 2, unit: magnitude, magnitude, plus, level: true, suffix: undefined };
  if (unit === undefined && magnitude !== '' && s[pos] === '级') {
    // 千亿级 with no unit printed is money: the class of an industry's output.
    return { end: pos + 1, unit: `${magnitude}元`, magnitude, plus, level: true, suffix: undefined };
  }
  // 56.7亿 with nothing after it: an amount whose scale is its unit (an Arabic number only; 一万 is a word).
  if (
    unit === undefined &&
    (magnitude === '亿' || magnitude === '万' || magnitude === '万亿') &&
    /\d/u.test(s[at - magnitude.length - 1] ?? '') &&
    /^[，,。；;、）)\s]/u.test(s[pos] ?? '。')
  )
    return { end: pos, unit: magnitude, magnitude, plus, level: false, suffix: undefined };
  // 受教育年限11.7年, 人均预期寿命80岁: a measured length of time, not a duration (3年, 连续5年).
  if (
    unit === undefined &&
    magnitude === '' &&
    ((s[pos] === '年' && /\.\d/u.test(s.slice(at - 3, at))) || (s[pos] === '岁' && /寿命|年龄/u.test(s.slice(Math.max(0, at - 16), at))))
  )
    return { end: pos + 1, unit: s[pos] ?? '', magnitude, plus, level: false, suffix: undefined };
  if (unit === undefined) return { end: at, unit: undefined, magnitude, plus: false, level: false, suffix: undefined };
  pos += unit.length;
  if (s[pos] === '级') {
    level = true;
    pos++;
  }
  if (!plus && (s[pos] === '余' || s[pos] === '多') && !/[个项家种样\d一二三四五六七八九]/u.test(s[pos + 1] ?? '')) {
    plus = true;
    pos++;
  }
  let suffix: ExtractQualifier | undefined;
  const tail = s.slice(pos, pos + 3).replace(/^[及或]/u, '');
  if (tail.startsWith('以上')) suffix = 'at_least';
  else if (tail.startsWith('以下') || tail.startsWith('以内')) suffix = 'at_most';
  else if (tail.startsWith('左右')) suffix = 'approx';
  return { end: pos, unit: `${magnitude}${unit}`, magnitude, plus, level, suffix };
}
