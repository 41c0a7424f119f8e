import type { Lang } from '../i18n/languages';
import { t } from '../i18n/messages';
import { profile } from '../i18n/profiles';
import type { ChartModel } from './model';

/** "label: text", with the language's colon (full-width in Chinese). */
export function labelled(lang: Lang, label: string, text: string): string {
  return `${label}${profile(lang).colon}${text}`;
}

/** The figures a chart states as text beside it (e.g. "Growth …: 833%"). */
export function annotationLines(model: ChartModel): string[] {
  return model.annotations.map((a) => labelled(model.lang, a.category, a.display));
}

/**
 * One line per derived value the chart draws, "* category: Derived: formula", for places with no
 * table or sources panel to show the formula (a workbook's chart block, a kiosk slide).
 */
export function derivedLines(model: ChartModel): string[] {
  return model.series
    .flatMap((s) => s.points)
    .flatMap((p) => (p?.derived ? [`* ${labelled(model.lang, p.category, t(model.lang, 'figure.derivedNote', { formula: p.derived.formula }))}`] : []));
}
