import { t } from '../i18n/messages';
import { derive, figureById, figureChart } from './build';
import { figure, minus, over, power } from './calc';

/**
 * The article's "over 7%", and beside it, as a derived note with its formula, the nominal rate its own
 * two GDP values imply: a different measure, never on one axis with the article's rate.
 */
export const gdpGrowth = figureChart({
  id: 'gdp-growth',
  page: 'overview',
  kind: 'kpi',
  title: 'chart.gdp-growth.title',
  figures: [{ id: 'gdp-growth-avg' }],
  notes: ['chart.gdp-growth.note'],
  derived: (dataset, lang) => {
    const start = figureById(dataset, 'gdp-2020');
    const end = figureById(dataset, 'gdp-2025');
    const years = Number(end.period) - Number(start.period);
    return [
      derive(dataset, {
        label: t(lang, 'chart.gdp-growth.derivedLabel'),
        calc: minus(power(over(figure(end.id), figure(start.id)), over(1, years)), 1),
        unit: '%',
        formula: t(lang, 'chart.gdp-growth.formula'),
        period: `${Number(start.period) + 1}/${end.period}`,
      }),
    ];
  },
});
