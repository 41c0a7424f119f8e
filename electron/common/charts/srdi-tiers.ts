import { t } from '../i18n/messages';
import { figureById, figureChart } from './build';

const TIERS = ['little-giants-national', 'srdi-provincial', 'srdi-municipal'] as const;

/** The three 專精特新 tiers, their total, and the base that the article's +833% implies. */
export const srdiTiers = figureChart({
  id: 'srdi-tiers',
  page: 'innovation',
  kind: 'bar',
  title: 'chart.srdi-tiers.title',
  valueAxis: 'chart.srdi-tiers.axisY',
  figures: TIERS.map((id) => ({ id })),
  annotations: [{ id: 'srdi-total-growth' }],
  derived: (dataset, lang) => {
    const total = TIERS.reduce((sum, id) => sum + figureById(dataset, id).value, 0);
    const growth = figureById(dataset, 'srdi-total-growth');
    return [
      { label: t(lang, 'chart.srdi-tiers.totalLabel'), value: total, unit: '戶', formula: t(lang, 'chart.srdi-tiers.totalFormula'), period: '2025', digits: 0 },
      { label: t(lang, 'chart.srdi-tiers.baseLabel'), value: total / (1 + growth.value / 100), unit: '戶', formula: t(lang, 'chart.srdi-tiers.baseFormula'), period: '2021', digits: 0 },
    ];
  },
});
