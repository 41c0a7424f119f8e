import { neutraliseFormula } from '../../common/csv';

export type Cell = string | number | null;

/** Every string goes in as text: one starting with = + - @ is neutralised, never a formula. */
export function literal(value: Cell): Cell {
  return typeof value === 'string' ? neutraliseFormula(value) : value;
}

function decimalsOf(value: number): number {
  return Number.isInteger(value) ? 0 : Math.min(2, String(value).split('.')[1]?.length ?? 0);
}

/**
 * An Excel number format showing as many decimals as the article prints (at most two) for every
 * value given. The unit stays in its own column or header, so the cell holds the bare number.
 */
export function numberFormat(values: readonly (number | null)[]): string {
  const decimals = Math.max(0, ...values.map((v) => (v === null ? 0 : decimalsOf(v))));
  return decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`;
}
