import { figureChart } from './build';

/** Science commissioners: experts, host firms and funded commissioners, a card each. */
export const scienceCommissioners = figureChart({
  id: 'science-commissioners',
  page: 'policy',
  kind: 'kpi',
  title: 'chart.science-commissioners.title',
  figures: [{ id: 'sci-tech-commissioner-experts' }, { id: 'sci-tech-commissioner-host-firms' }, { id: 'sci-tech-commissioners-funded' }],
});
