import type { Dataset, Unit } from '../dataset';
import { figureIndex } from '../figure-index';
import { clean } from '../format';

/**
 * How a derived figure is computed from the article's figures, as data: the app evaluates it for
 * the screen, and the workbook writes it as a spreadsheet formula over the cells that hold those
 * figures, so that the derivation can be audited and follows an edited value. One expression for
 * both, so that the two cannot disagree.
 *
 * A percentage reads as a fraction (7% is 0.07), as a spreadsheet stores it; a result in % is a
 * fraction too, shown ×100 on screen.
 */
export type Calc = number | { figure: string } | { op: '+' | '-' | '*' | '/' | '^'; left: Calc; right: Calc };

export const figure = (id: string): Calc => ({ figure: id });
const op =
  (o: '+' | '-' | '*' | '/' | '^') =>
  (left: Calc, right: Calc): Calc => ({ op: o, left, right });
export const plus = op('+');
export const minus = op('-');
export const times = op('*');
export const over = op('/');
export const power = op('^');
export const sum = (...terms: Calc[]): Calc => terms.reduce((a, b) => plus(a, b));

/** The ids of the figures an expression reads, in order of first use. */
export function inputs(calc: Calc): string[] {
  if (typeof calc === 'number') return [];
  if ('figure' in calc) return [calc.figure];
  return [...new Set([...inputs(calc.left), ...inputs(calc.right)])];
}

/** A figure's value as an expression and a cell read it: a percentage as a fraction, without binary noise (5.49% is 0.0549). */
export function asFraction(value: number, unit: Unit): number {
  return unit === '%' ? clean(value / 100) : value;
}

function apply(o: '+' | '-' | '*' | '/' | '^', a: number, b: number): number {
  switch (o) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
    case '^':
      return a ** b;
  }
}

/** The expression's value from the dataset's figures (a % result as a fraction). */
export function evaluate(calc: Calc, dataset: Pick<Dataset, 'figures'>): number {
  if (typeof calc === 'number') return calc;
  if ('figure' in calc) {
    const found = figureIndex(dataset.figures).get(calc.figure);
    if (!found) throw new Error(`A derived figure refers to figure "${calc.figure}", which the dataset does not have`);
    return asFraction(found.value, found.unit);
  }
  return apply(calc.op, evaluate(calc.left, dataset), evaluate(calc.right, dataset));
}

const PRECEDENCE = { '+': 1, '-': 1, '*': 2, '/': 2, '^': 3 } as const;

/**
 * The expression as a spreadsheet formula (without the leading =), each figure replaced by the
 * reference `refOf` gives. Parentheses only where precedence needs them, as a person would write it.
 */
export function spreadsheetFormula(calc: Calc, refOf: (figureId: string) => string): string {
  const write = (c: Calc, parent: number, right: boolean): string => {
    if (typeof c === 'number') return String(c);
    if ('figure' in c) return refOf(c.figure);
    const own = PRECEDENCE[c.op];
    // Left-associative operators need parentheses on the right at equal precedence (a − (b − c)),
    // and ^ on either side, since spreadsheets disagree on its associativity.
    const text = `${write(c.left, own, false)}${c.op}${write(c.right, own, true)}`;
    const wrap = own < parent || (own === parent && (right || c.op === '^'));
    return wrap ? `(${text})` : text;
  };
  return write(calc, 0, false);
}
