import { figureChart } from './build';

/** Smart and digital transformation: projects and firms counted apart, a card each. */
export const digitalTransformation = figureChart({
  id: 'digital-transformation',
  page: 'green',
  kind: 'kpi',
  title: 'chart.digital-transformation.title',
  figures: [{ id: 'smart-digital-projects' }, { id: 'provincial-digital-workshops' }, { id: 'national-demo-pilots' }],
});
