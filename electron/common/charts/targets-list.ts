import { figureChart } from './build';

/** Every target the article sets, each a lower bound. */
export const targetsList = figureChart({
  id: 'targets-list',
  page: 'targets',
  kind: 'kpi',
  title: 'chart.targets-list.title',
  figures: [{ id: 'new-national-hte-2026' }, { id: 'sci-tech-plan-projects-2026' }, { id: 'tech-transfer-2026' }, { id: 'leader-enterprise-service' }],
});
