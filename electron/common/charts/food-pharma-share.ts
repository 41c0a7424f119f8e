import { t } from '../i18n/messages';
import { figureById, figureChart } from './build';

/** 26.9% of industrial output; the remainder is the app's arithmetic and says so. */
export const foodPharmaShare = figureChart({
  id: 'food-pharma-share',
  page: 'pillar',
  kind: 'doughnut',
  title: 'chart.food-pharma-share.title',
  figures: [{ id: 'food-pharma-output-share' }],
  derived: (dataset, lang) => {
    const share = figureById(dataset, 'food-pharma-output-share');
    return [{ label: t(lang, 'chart.food-pharma-share.other'), value: 100 - share.value, unit: '%', formula: t(lang, 'chart.food-pharma-share.formula'), period: share.period, digits: 1 }];
  },
});
