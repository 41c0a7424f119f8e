import type { Figure } from '../dataset';
import { formatNumber } from '../format';
import type { Lang } from '../i18n/languages';
import { t, tMaybe } from '../i18n/messages';
import type { Calc } from './calc';

/**
 * A derived figure's formula in words, generated from its expression with the values the report
 * holds now: "fifth root of (391 ÷ 299.3) − 1", "(391 ÷ 299.3) 的5次方根 − 1". Typed formula words
 * would lie as soon as a value changed; these cannot.
 *
 * Each figure is shown as its number in the report's own unit (a percentage with its %), a constant
 * beside a percentage as a percentage (1 − 26.9% reads 100% − 26.9%), operators as a reader writes
 * them (× ÷ −), and x ^ (1/n) as the n-th root.
 */

const SIGN = { '+': '+', '-': '−', '*': '×', '/': '÷', '^': '^' } as const;
const PRECEDENCE = { '+': 1, '-': 1, '*': 2, '/': 2, '^': 3 } as const;

type Lookup = (id: string) => Pick<Figure, 'value' | 'unit'> | undefined;

function isPercent(calc: Calc, lookup: Lookup): boolean {
  if (typeof calc === 'number') return false;
  if ('figure' in calc) return lookup(calc.figure)?.unit === '%';
  return (calc.op === '+' || calc.op === '-') && (isPercent(calc.left, lookup) || isPercent(calc.right, lookup));
}

/** The n of x ^ (1/n), where the exponent is one over a whole number. */
function rootDegree(exponent: Calc): number | undefined {
  if (typeof exponent === 'number') return exponent > 0 && exponent < 1 && Number.isInteger(1 / exponent) ? 1 / exponent : undefined;
  if (
    'op' in exponent &&
    exponent.op === '/' &&
    exponent.left === 1 &&
    typeof exponent.right === 'number' &&
    Number.isInteger(exponent.right) &&
    exponent.right > 1
  )
    return exponent.right;
  return undefined;
}

/** A piece of a formula in words: its text, or a figure's value as shown (the workbook writes it as a live cell reference). */
export type FormulaPart = string | { figure: string; shown: string };

/** The formula in words, with each figure's value as a part of its own. */
export function formulaParts(calc: Calc, lang: Lang, lookup: Lookup): FormulaPart[] {
  const number = (value: number) => formatNumber(value, lang, 6);
  const write = (c: Calc, parent: number, right: boolean, percentContext: boolean): FormulaPart[] => {
    if (typeof c === 'number') return [percentContext ? `${number(c * 100)}%` : number(c)];
    if ('figure' in c) {
      const figure = lookup(c.figure);
      if (!figure) return [`{${c.figure}}`];
      return [{ figure: c.figure, shown: figure.unit === '%' ? `${number(figure.value)}%` : number(figure.value) }];
    }
    if (c.op === '^') {
      const degree = rootDegree(c.right);
      if (degree !== undefined) {
        const inner = write(c.left, 0, false, false);
        const x = typeof c.left === 'object' && 'op' in c.left ? ['(', ...inner, ')'] : inner;
        const nth = tMaybe(lang, `formula.nth.${degree}`) ?? t(lang, 'formula.nthOther', { n: degree });
        const [before = '', after = ''] = t(lang, 'formula.root', { x: '\u0000', nth }).split('\u0000');
        const text = [before, ...x, after];
        return parent > 1 ? ['(', ...text, ')'] : text;
      }
    }
    const own = PRECEDENCE[c.op];
    const percent = (c.op === '+' || c.op === '-') && (isPercent(c.left, lookup) || isPercent(c.right, lookup));
    const text = [...write(c.left, own, false, percent), ` ${SIGN[c.op]} `, ...write(c.right, own, true, percent)];
    const wrap = own < parent || (own === parent && (right || c.op === '^'));
    return wrap ? ['(', ...text, ')'] : text;
  };
  return write(calc, 0, false, false);
}

export function formulaWords(calc: Calc, lang: Lang, lookup: Lookup): string {
  return formulaParts(calc, lang, lookup)
    .map((part) => (typeof part === 'string' ? part : part.shown))
    .join('');
}
