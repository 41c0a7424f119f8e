import type { Lang } from '../i18n/languages';
import { t } from '../i18n/messages';
import { profile } from '../i18n/profiles';
import { drawnPoints } from './axes';
import type { ChartModel } from './model';

/** "label: text", with the language's colon (full-width in Chinese). */
export function labelled(lang: Lang, label: string, text: string): string {
  return `${label}${profile(lang).colon}${text}`;
}

/** The article's figures a chart states as text beside it ("Growth …: 833%", "of which national: 7"). */
export function annotationLines(model: ChartModel): string[] {
  return model.annotations.filter((a) => !a.derived).map((a) => labelled(model.lang, a.category, a.display));
}

/**
 * One line per number the app derived, drawn or stated beside the chart, in plain notation:
 * "* Implied nominal annual growth = fifth root of (391 ÷ 299.3) − 1 ≈ 5.49%". Each derived value appears once,
 * with its formula, wherever no table or tooltip shows it (a slide, a PNG, a workbook block).
 */
export function derivedLines(model: ChartModel): string[] {
  return [...drawnPoints(model), ...model.annotations].flatMap((p) =>
    p.derived
      ? [
          t(model.lang, 'figure.derivedLine', {
            label: p.category,
            formula: p.derived.formula,
            sign: p.derived.approximate ? '≈' : '=',
            value: p.derived.shown,
          }),
        ]
      : [],
  );
}

/** Everything said beside a chart, in the order every surface shows it: annotations, notes, derived values. */
export function besideLines(model: ChartModel): string[] {
  return [...annotationLines(model), ...model.notes, ...derivedLines(model)];
}
