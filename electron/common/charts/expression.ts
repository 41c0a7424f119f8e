import type { Calc } from './calc';

/**
 * A derived figure's expression as a report file writes it, `({end} / {start}) ^ (1 / 5) - 1`,
 * read into the Calc tree that the screen evaluates and the workbook writes as a formula. A person
 * writes the arithmetic once; the words of the formula in each language are generated from it
 * (formula-words.ts), never typed.
 *
 * Grammar: sum := product (('+' | '-') product)* ; product := power (('*' | '/') power)* ;
 * power := atom ('^' power)? ; atom := number | '{' figure-id '}' | '(' sum ')'.
 */

export class ExpressionError extends Error {}

type Token = { kind: 'number'; value: number; at: number } | { kind: 'figure'; id: string; at: number } | { kind: 'op'; op: string; at: number };

const FIGURE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

function tokens(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (/\s/u.test(ch)) {
      i += 1;
    } else if (/[0-9.]/u.test(ch)) {
      const match = /^\d+(?:\.\d+)?|^\.\d+/u.exec(text.slice(i));
      if (!match) throw new ExpressionError(`a number is malformed at character ${i + 1}`);
      out.push({ kind: 'number', value: Number(match[0]), at: i });
      i += match[0].length;
    } else if (ch === '{') {
      const end = text.indexOf('}', i);
      if (end < 0) throw new ExpressionError(`"{" at character ${i + 1} is not closed`);
      const id = text.slice(i + 1, end).trim();
      if (!FIGURE_ID.test(id)) throw new ExpressionError(`{${id}} at character ${i + 1} is not a figure id`);
      out.push({ kind: 'figure', id, at: i });
      i = end + 1;
    } else if ('+-*/^()'.includes(ch)) {
      out.push({ kind: 'op', op: ch, at: i });
      i += 1;
    } else {
      throw new ExpressionError(`unexpected "${ch}" at character ${i + 1}`);
    }
  }
  return out;
}

/** The expression as a tree; an error names what is wrong and where. */
export function parseExpression(text: string): Calc {
  const list = tokens(text);
  let at = 0;
  const peek = (): Token | undefined => list[at];
  const isOp = (token: Token | undefined, ...ops: string[]): token is Extract<Token, { kind: 'op' }> => token?.kind === 'op' && ops.includes(token.op);

  function atom(): Calc {
    const token = peek();
    if (token === undefined) throw new ExpressionError('ends where a number, a {figure} or "(" is expected');
    at += 1;
    if (token.kind === 'number') return token.value;
    if (token.kind === 'figure') return { figure: token.id };
    if (token.op === '(') {
      const inner = sum();
      if (!isOp(peek(), ')')) throw new ExpressionError(`"(" at character ${token.at + 1} is not closed`);
      at += 1;
      return inner;
    }
    throw new ExpressionError(`unexpected "${token.op}" at character ${token.at + 1}`);
  }
  function power(): Calc {
    const base = atom();
    if (!isOp(peek(), '^')) return base;
    at += 1;
    return { op: '^', left: base, right: power() };
  }
  /** A left-associative level of the grammar: `next` (op `next`)*, with the given operators. */
  const level = (next: () => Calc, ops: readonly ('+' | '-' | '*' | '/')[]) => (): Calc => {
    let left = next();
    for (let token = peek(); isOp(token, ...ops); token = peek()) {
      at += 1;
      left = { op: token.op as (typeof ops)[number], left, right: next() };
    }
    return left;
  };
  const product = level(power, ['*', '/']);
  // A function declaration, so that atom() (above) can call it before this line has run.
  function sum(): Calc {
    return level(product, ['+', '-'])();
  }

  if (list.length === 0) throw new ExpressionError('is empty');
  const tree = sum();
  const rest = peek();
  if (rest !== undefined)
    throw new ExpressionError(
      `unexpected ${rest.kind === 'op' ? `"${rest.op}"` : rest.kind === 'figure' ? `{${rest.id}}` : String(rest.value)} at character ${rest.at + 1}`,
    );
  return tree;
}
