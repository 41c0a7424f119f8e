import { t } from '../i18n/messages';
import { figure, over, plus, sum } from './calc';
import { annotationLabel, axisTitle, derive, derivedPoint, derivedRow, figureById, figurePoint, figureRow, seriesModel, sharedScale, type DerivedValue } from './build';
import type { ChartDefinition } from './model';

const TIERS = ['little-giants-national', 'srdi-provincial', 'srdi-municipal'] as const;

/**
 * The three 專精特新 tiers as the parts of one stacked bar: the whole is drawn by its parts, never
 * as a bar beside them. Their sum and the base that the article's +833% implies are the app's
 * arithmetic: stated beside the bar with their formulas.
 */
export const srdiTiers: ChartDefinition = {
  id: 'srdi-tiers',
  page: 'innovation',
  build(dataset, lang) {
    const tiers = TIERS.map((id) => figureById(dataset, id));
    const growth = figureById(dataset, 'srdi-total-growth');
    const total = sum(...tiers.map((tier) => figure(tier.id)));
    const derived: DerivedValue[] = [
      derive(dataset, { label: t(lang, 'chart.srdi-tiers.totalLabel'), calc: total, unit: '戶', formula: t(lang, 'chart.srdi-tiers.totalFormula'), period: '2025', digits: 0 }),
      derive(dataset, { label: t(lang, 'chart.srdi-tiers.baseLabel'), calc: over(total, plus(1, figure(growth.id))), unit: '戶', formula: t(lang, 'chart.srdi-tiers.baseFormula'), period: '2021', digits: 0 }),
    ];
    const scale = sharedScale(lang, tiers);
    const category = t(lang, 'chart.srdi-tiers.category');
    const title = t(lang, 'chart.srdi-tiers.title');
    return seriesModel(
      { id: this.id, page: this.page, lang, title },
      'stacked',
      tiers.map((figure) => ({ name: figure.label[lang], points: [figurePoint(figure, lang, { category, ...(scale ? { scale } : {}) })] })),
      [...tiers.map((figure) => figureRow(figure, lang)), figureRow(growth, lang), ...derived.map((d) => derivedRow(d, lang))],
      {
        valueAxis: axisTitle(lang, 'chart.srdi-tiers.axisY', scale),
        annotations: [figurePoint(growth, lang, { category: annotationLabel(growth, lang) }), ...derived.map((d) => derivedPoint(d, lang))],
        notes: [t(lang, 'chart.srdi-tiers.note')],
      },
    );
  },
};
