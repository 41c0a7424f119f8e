import type { Worksheet } from 'exceljs';
import type { Point, TextPart } from '../../common/charts/model';
import type { Dataset } from '../../common/dataset';
import { clean } from '../../common/format';
import { figureCell, liveCellOf } from './cells';
import type { FigureCells, FormulaCell } from './figure-cells';
import type { LivePart } from './live-text';

/**
 * The parts of a line said beside a chart (notes.ts) as the workbook writes them: each value a
 * formula over the cells that hold it (a figure's in All figures, a derived one's arithmetic), shown
 * through the format that reads as the line does, so the text follows an edit of the values.
 */

/** The power of ten between a value as shown and as stored: 0.1 for 億元 shown in CNY bn, 1 for a percentage (stored and shown as a fraction). */
export function scaleBetween(shown: number, stored: number): number {
  if (stored === 0 || shown === 0) return 1;
  return clean(10 ** Math.round(Math.log10(Math.abs(shown / stored))));
}

function pointValue(sheet: Worksheet, point: Point, cells: FigureCells): LivePart[] {
  const display = point.display.replace(/\*$/u, '');
  const star = point.display.endsWith('*') ? '*' : '';
  const base: FormulaCell | undefined = point.derived ? cells.formula(sheet, point.derived.calc) : point.figureId ? cells.value(point.figureId) : undefined;
  const live = liveCellOf(point.value, display);
  // A value stated in words (翻番), or as another number than its own, stays the words.
  if (!base || !live || !/[0#]/u.test(live.numFmt)) return [point.display];
  const factor = scaleBetween(live.value, base.result);
  const formula = factor === 1 ? base.formula : `(${base.formula})*${factor}`;
  return [{ formula, numFmt: live.numFmt, shown: display }, star];
}

export function liveParts(parts: readonly TextPart[], sheet: Worksheet, cells: FigureCells, dataset: Pick<Dataset, 'figures'>): LivePart[] {
  return parts.flatMap((part): LivePart[] => {
    if (typeof part === 'string') return [part];
    if ('point' in part) return pointValue(sheet, part.point, cells);
    const figure = dataset.figures.find((f) => f.id === part.figure);
    return figure ? [{ formula: cells.value(figure.id).formula, numFmt: figureCell(figure.value, figure.unit).numFmt, shown: part.shown }] : [part.shown];
  });
}
