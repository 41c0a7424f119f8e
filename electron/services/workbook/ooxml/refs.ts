import type { ColumnRange } from '../chart-spec';

/** A1-style references to a sheet's cells, as chart series formulas hold them. */

function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Always quoted, with ' doubled: CJK, spaces and apostrophes all need it, and quoting is never wrong. */
function sheetPrefix(sheetName: string): string {
  return `'${sheetName.replace(/'/gu, "''")}'!`;
}

export function cellFormula(sheetName: string, column: number, row: number): string {
  return `${sheetPrefix(sheetName)}$${columnLetters(column)}$${row}`;
}

export function rangeFormula(sheetName: string, range: ColumnRange): string {
  const first = cellFormula(sheetName, range.column, range.firstRow);
  return range.lastRow === range.firstRow ? first : `${first}:$${columnLetters(range.column)}$${range.lastRow}`;
}
