import { neutraliseFormula } from '../../common/csv';

/**
 * Text in the workbook that states values ("* Implied nominal growth = fifth root of (391 ÷ 299.3)
 * − 1 ≈ 5.49%", "超561.3億元" as a table's "As shown") is a formula that builds the text from the
 * cells holding those values: edit a value in All figures and the text follows, as the numbers do.
 * Its result is cached for readers that do not calculate.
 */

/** A value in a text: the formula giving it (a cell reference, or a derived figure's arithmetic), how TEXT() shows it, and how it reads now. */
export type LiveValue = { formula: string; numFmt: string; shown: string };
export type LivePart = string | LiveValue;

/** A text formula: its formula (no leading =) and the text it gives now. */
export type TextFormulaCell = { formula: string; result: string };

/** A string literal in a formula: in double quotes, a " inside doubled. */
function stringLiteral(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/**
 * The parts joined with &, each value through TEXT() in its format. A text with no value in it stays
 * plain text (neutralised, as every literal is). A format's own quoted text is doubled for the literal.
 */
export function liveText(parts: readonly LivePart[]): string | { value: TextFormulaCell } {
  const merged: LivePart[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if (typeof part === 'string' && typeof last === 'string') merged[merged.length - 1] = last + part;
    else if (part !== '') merged.push(part);
  }
  const result = merged.map((part) => (typeof part === 'string' ? part : part.shown)).join('');
  if (merged.every((part) => typeof part === 'string')) return neutraliseFormula(result);
  const formula = merged.map((part) => (typeof part === 'string' ? stringLiteral(part) : `TEXT(${part.formula},${stringLiteral(part.numFmt)})`)).join('&');
  return { value: { formula, result } };
}
