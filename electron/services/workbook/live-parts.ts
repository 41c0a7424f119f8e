import type { Worksheet } from 'exceljs';
import type { Calc } from '../../common/charts/calc';
import type { Point, TableRow, TextPart } from '../../common/charts/model';
import type { Dataset } from '../../common/dataset';
import { clean, scaleFor } from '../../common/format';
import type { Lang } from '../../common/i18n/languages';
import { figureCell, liveCellOf } from './cells';
import type { FigureCells, FormulaCell } from './figure-cells';
import type { LivePart } from './live-text';

/**
 * The parts of a line said beside a chart (notes.ts) as the workbook writes them: each value a
 * formula over the cells that hold it (a figure's in All figures, a derived one's arithmetic), shown
 * through the format that reads as the line does, so the text follows an edit of the values.
 */

/** The power of ten between a value as shown and as stored: 0.1 for 億元 shown in CNY bn, 1 for a percentage (stored and shown as a fraction). */
function scaleBetween(shown: number, stored: number): number {
  if (stored === 0 || shown === 0) return 1;
  return clean(10 ** Math.round(Math.log10(Math.abs(shown / stored))));
}

/** A value as shown somewhere (a point, a table row): the figure or derivation it is, the number shown and the text. */
export type ShownValue = { figureId?: string | undefined; derived?: { calc: Calc } | undefined; value: number; display: string };

/**
 * A value as shown, kept live: a formula over its cells (the figure in All figures, a derived
 * figure's arithmetic) in the scale shown, through the format that reads as `display` does (its
 * trailing * aside). Undefined for a value stated in words (翻番) or as another number than its own,
 * which stays the words.
 */
export function liveNumber(sheet: Worksheet, shown: ShownValue, cells: FigureCells): { value: FormulaCell; numFmt: string } | undefined {
  const base: FormulaCell | undefined = shown.derived ? cells.formula(sheet, shown.derived.calc) : shown.figureId ? cells.value(shown.figureId) : undefined;
  const live = liveCellOf(shown.value, shown.display.replace(/\*$/u, ''));
  if (!base || !live || !/[0#]/u.test(live.numFmt)) return undefined;
  // From the base's unit (a percentage in percent, a derived one a fraction) to the value as shown.
  const factor = scaleBetween(live.value, base.result);
  const value = factor === 1 ? base : { formula: `(${base.formula})*${factor}`, result: clean(base.result * factor) };
  return { value, numFmt: live.numFmt };
}

/**
 * A table row's value as its display states it (超561.3億元, CNY 39.1 bn), kept live: the figure (or
 * its derived formula) in the language's scale, the qualifier and unit in its format. Undefined
 * where the display states it in words or another number.
 */
export function liveShown(sheet: Worksheet, row: TableRow, lang: Lang, cells: FigureCells): { value: FormulaCell; numFmt: string } | undefined {
  const value = clean(row.value * scaleFor(row.unit, lang, row.value).factor);
  return liveNumber(sheet, { figureId: row.figureId, derived: row.derived, value, display: row.display }, cells);
}

function pointValue(sheet: Worksheet, point: Point, cells: FigureCells): LivePart[] {
  const live = liveNumber(sheet, point, cells);
  if (!live) return [point.display];
  const display = point.display.replace(/\*$/u, '');
  return [{ formula: live.value.formula, numFmt: live.numFmt, shown: display }, point.display.endsWith('*') ? '*' : ''];
}

export function liveParts(parts: readonly TextPart[], sheet: Worksheet, cells: FigureCells, dataset: Pick<Dataset, 'figures'>): LivePart[] {
  return parts.flatMap((part): LivePart[] => {
    if (typeof part === 'string') return [part];
    if ('point' in part) return pointValue(sheet, part.point, cells);
    const figure = dataset.figures.find((f) => f.id === part.figure);
    return figure ? [{ formula: cells.value(figure.id).formula, numFmt: figureCell(figure.value, figure.unit).numFmt, shown: part.shown }] : [part.shown];
  });
}
