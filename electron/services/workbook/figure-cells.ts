import type { Worksheet } from 'exceljs';
import { evaluate, spreadsheetFormula, type Calc } from '../../common/charts/calc';
import { clean } from '../../common/format';
import type { Dataset } from '../../common/dataset';
import { cellFormula } from './ooxml/refs';

/** A formula cell as exceljs writes it: the formula, and its result cached for readers that do not calculate. */
export type FormulaCell = { formula: string; result: number };

/**
 * Where each of the article's figures sits in the workbook, in the article's unit (a percentage as
 * a fraction), so that a derived figure can be written as a formula over those cells. A formula
 * reads the figure on its own sheet where that sheet shows it, so that editing a value there
 * updates the derived one beside it (and its chart); otherwise it reads the All figures sheet,
 * which holds every figure.
 */
export class FigureCells {
  private readonly sheets = new Map<string, Map<string, string>>();

  constructor(
    private readonly dataset: Pick<Dataset, 'figures'>,
    private readonly reference: { sheet: string; rows: ReadonlyMap<string, number>; column: number },
  ) {}

  /**
   * Notes that `sheet` holds figure `figureId`'s value, as All figures holds it (a percentage in percent), at (row, column). The latest place
   * wins: it is the nearest above a formula written next (a chart block's own data), so that
   * editing the value there updates the derived value in the same chart.
   */
  record(sheet: Worksheet, figureId: string | undefined, row: number, column: number): void {
    if (figureId === undefined) return;
    const cells = this.sheets.get(sheet.name) ?? new Map<string, string>();
    cells.set(figureId, cellFormula(sheet.name, column, row).replace(/^.*!/u, ''));
    this.sheets.set(sheet.name, cells);
  }

  /** A figure's value in a formula: its cell, a percentage (held in percent) as the fraction arithmetic needs. */
  private refOf(sheet: string, figureId: string): string {
    const local = this.sheets.get(sheet)?.get(figureId);
    const row = this.reference.rows.get(figureId);
    if (local === undefined && row === undefined) throw new Error(`internal: figure "${figureId}" has no cell on the ${this.reference.sheet} sheet`);
    const ref = local ?? cellFormula(this.reference.sheet, this.reference.column, row ?? 0);
    return this.dataset.figures.find((f) => f.id === figureId)?.unit === '%' ? `(${ref}/100)` : ref;
  }

  /**
   * A cell showing figure `figureId` anywhere but the All figures table: a formula reading the
   * table's value, times `factor` where the cell shows it in another scale (億元 as CNY bn is ×0.1),
   * so that an edit of the table's value reaches every cell that shows the figure. The table is the
   * one place each value is written.
   */
  value(figureId: string, factor = 1): FormulaCell {
    const row = this.reference.rows.get(figureId);
    const figure = this.dataset.figures.find((f) => f.id === figureId);
    if (row === undefined || figure === undefined) throw new Error(`internal: figure "${figureId}" has no cell on the ${this.reference.sheet} sheet`);
    const ref = cellFormula(this.reference.sheet, this.reference.column, row);
    return factor === 1 ? { formula: ref, result: figure.value } : { formula: `${ref}*${clean(factor)}`, result: clean(figure.value * factor) };
  }

  /** The derived figure as a formula on `sheet`, its result computed from the dataset as the cells hold it. */
  formula(sheet: Worksheet, calc: Calc): FormulaCell {
    return { formula: spreadsheetFormula(calc, (id) => this.refOf(sheet.name, id)), result: evaluate(calc, this.dataset) };
  }
}
