import { t } from '../i18n/messages';
import { derive, figureById, figureChart } from './build';
import { figure, minus } from './calc';

/** 26.9% of industrial output; the remainder is the app's arithmetic and says so. */
export const foodPharmaShare = figureChart({
  id: 'food-pharma-share',
  page: 'pillar',
  kind: 'doughnut',
  title: 'chart.food-pharma-share.title',
  figures: [{ id: 'food-pharma-output-share' }],
  derived: (dataset, lang) => {
    const share = figureById(dataset, 'food-pharma-output-share');
    return [derive(dataset, { label: t(lang, 'chart.food-pharma-share.other'), calc: minus(1, figure(share.id)), unit: '%', formula: t(lang, 'chart.food-pharma-share.formula'), period: share.period, digits: 1 })];
  },
});
