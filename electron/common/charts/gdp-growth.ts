import { t } from '../i18n/messages';
import { figureById, figureChart } from './build';

/** The article's "over 7%" beside the nominal rate its own two GDP values imply. */
export const gdpGrowth = figureChart({
  id: 'gdp-growth',
  page: 'overview',
  kind: 'bar',
  title: 'chart.gdp-growth.title',
  valueAxis: 'chart.gdp-growth.axisY',
  figures: [{ id: 'gdp-growth-avg' }],
  notes: ['chart.gdp-growth.note'],
  derived: (dataset, lang) => {
    const start = figureById(dataset, 'gdp-2020');
    const end = figureById(dataset, 'gdp-2025');
    const years = Number(end.period) - Number(start.period);
    return [
      {
        label: t(lang, 'chart.gdp-growth.derivedLabel'),
        value: ((end.value / start.value) ** (1 / years) - 1) * 100,
        unit: '%',
        formula: t(lang, 'chart.gdp-growth.formula'),
        period: `${Number(start.period) + 1}/${end.period}`,
      },
    ];
  },
});
