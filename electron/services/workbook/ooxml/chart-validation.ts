import type { AnchorPoint, CellRef, NativeChartSpec, ColumnRange, PackageProperties, PointStyle, SeriesSpec } from '../chart-spec';

/** Checks the chart specs before anything is written, so that a bad one names itself instead of breaking the file. */

function rangeLength(range: ColumnRange): number {
  return range.lastRow - range.firstRow + 1;
}

const isCount = (n: number): boolean => Number.isInteger(n) && n >= 0;
const isIndex = (n: number): boolean => Number.isInteger(n) && n >= 1;
const isColour = (c: string | undefined): boolean => c === undefined || /^[0-9A-Fa-f]{6}$/u.test(c);

function styleProblem(style: PointStyle | undefined): string | undefined {
  if (style === undefined || (isColour(style.fill) && isColour(style.dashedOutline))) return undefined;
  return `colours must be 'RRGGBB', got ${JSON.stringify(style)}`;
}

function cellProblem(ref: CellRef): string | undefined {
  return isIndex(ref.row) && isIndex(ref.column) ? undefined : `invalid cell ${JSON.stringify(ref)}`;
}

function rangeProblem(range: ColumnRange): string | undefined {
  const ok = isIndex(range.column) && isIndex(range.firstRow) && isIndex(range.lastRow) && range.lastRow >= range.firstRow;
  return ok ? undefined : `invalid cell range ${JSON.stringify(range)}`;
}

/** The caches must match their ranges cell for cell, or the chart shows one thing and the cells another. */
function cacheProblem({ categories, values, labelFormats, points }: SeriesSpec): string | undefined {
  const cells = rangeLength(values.ref);
  if (categories.cached.length !== rangeLength(categories.ref))
    return `${categories.cached.length} cached categories for a range of ${rangeLength(categories.ref)} cells`;
  if (values.cached.length !== cells) return `${values.cached.length} cached values for a range of ${cells} cells`;
  if (rangeLength(categories.ref) !== cells) return 'the categories and values ranges differ in length';
  if (!values.cached.every((v) => v === null || Number.isFinite(v))) return 'a cached value is not a finite number';
  if (labelFormats !== undefined && labelFormats.length !== cells) return `${labelFormats.length} label formats for a range of ${cells} cells`;
  if ((points?.length ?? 0) > cells) return 'more point styles than values';
  return undefined;
}

function seriesProblem(series: SeriesSpec): string | undefined {
  const problem =
    rangeProblem(series.categories.ref) ??
    rangeProblem(series.values.ref) ??
    cellProblem(series.name.ref) ??
    cacheProblem(series) ??
    styleProblem(series.style) ??
    series.points?.map(styleProblem).find((p) => p !== undefined);
  return problem === undefined ? undefined : `series "${series.name.cached}": ${problem}`;
}

function anchorProblem(from: AnchorPoint, to: AnchorPoint): string | undefined {
  const fields = [from.column, from.row, from.columnOffset, from.rowOffset, to.column, to.row, to.columnOffset, to.rowOffset];
  if (!fields.every(isCount)) return `anchor cells and offsets must be whole numbers ≥ 0`;
  if (to.column < from.column || to.row < from.row) return 'anchor ends before it starts';
  return undefined;
}

function specProblem(spec: NativeChartSpec, sheets: Map<string, string>): string | undefined {
  if (!sheets.has(spec.sheetName)) return `sheet "${spec.sheetName}" is not in the workbook (sheets: ${[...sheets.keys()].join(', ')})`;
  if (spec.series.length === 0) return 'it has no series';
  return spec.series.map(seriesProblem).find((p) => p !== undefined) ?? anchorProblem(spec.from, spec.to);
}

export function validate(charts: readonly NativeChartSpec[], sheets: Map<string, string>, properties: PackageProperties): void {
  charts.forEach((spec, i) => {
    const problem = specProblem(spec, sheets);
    if (problem !== undefined) throw new Error(`Chart ${i + 1} "${spec.title}": ${problem}`);
  });
  if (!/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/u.test(properties.language)) throw new Error(`Invalid language tag "${properties.language}"`);
}
