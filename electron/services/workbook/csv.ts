import { toCsv } from '../../common/csv';
import type { Dataset } from '../../common/dataset';
import type { Lang } from '../../common/i18n/languages';
import { allFiguresHeader, allFiguresRow } from './figure-rows';

/** Every figure of the dataset as CSV (UTF-8 with BOM, formula injection neutralised by toCsv). */
export function figuresCsv(dataset: Dataset, lang: Lang): string {
  return toCsv([allFiguresHeader(lang), ...dataset.figures.map((f) => allFiguresRow(f, lang, dataset))]);
}
