import { quoteOf } from '../../common/sources';
import type { Dataset } from '../../common/dataset';
import { formatFigure, formatPeriod, qualifierLabel, unitLabel } from '../../common/format';
import type { Lang } from '../../common/i18n/languages';
import { figureColumns } from '../../common/figure-columns';
import { t } from '../../common/i18n/messages';

type Figure = Dataset['figures'][number];

/** The Excel Table of every figure: its name in formulas, the same in every language; what reads a workbook back finds it by. */
export const FIGURES_TABLE = 'AllFigures';

/**
 * The "all figures" table, shared by the workbook sheet and the CSV so that both say the same. Every
 * header and every word in it is in the export language; the figure id is the one identifier kept.
 */
export function allFiguresHeader(lang: Lang): string[] {
  const [id = '', ...rest] = figureColumns(lang);
  return [id, t(lang, 'report.col.section'), ...rest];
}

/** One figure's row: its section by the section's label in the language (概覽, not "overview"). */
export function allFiguresRow(f: Figure, lang: Lang, dataset: Pick<Dataset, 'sections'>): (string | number)[] {
  const section = dataset.sections.find((s) => s.id === f.section)?.title[lang] ?? f.section;
  return [
    f.id,
    section,
    f.label[lang],
    f.value,
    unitLabel(f.unit, lang),
    qualifierLabel(f.qualifier, lang),
    t(lang, `status.${f.status}`),
    formatPeriod(f.period, lang),
    formatFigure(f, lang),
    quoteOf(f, lang),
  ];
}
