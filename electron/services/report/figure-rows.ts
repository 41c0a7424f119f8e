import type { Dataset } from '../../common/dataset';
import { formatFigure, formatPeriod, qualifierLabel, unitLabel } from '../../common/format';
import type { Lang } from '../../common/i18n/languages';
import { t } from '../../common/i18n/messages';

type Figure = Dataset['figures'][number];

/** The "all figures" table, shared by the workbook sheet and the CSV so that both say the same. */
export function allFiguresHeader(lang: Lang): string[] {
  return ['id', 'section', t(lang, 'table.figure'), t(lang, 'table.value'), t(lang, 'table.unit'), t(lang, 'table.qualifier'), t(lang, 'table.status'), t(lang, 'table.period'), 'display', t(lang, 'table.source')];
}

export function allFiguresRow(f: Figure, lang: Lang): (string | number)[] {
  return [f.id, f.section, f.label[lang], f.value, unitLabel(f.unit, lang), qualifierLabel(f.qualifier, lang), t(lang, `status.${f.status}`), formatPeriod(f.period, lang), formatFigure(f, lang), f.source.quote];
}
