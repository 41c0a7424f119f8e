import { figureChart } from './build';

/** The certification training: attendances and firms are counted apart, a card each. */
export const hteTraining = figureChart({
  id: 'hte-training',
  page: 'innovation',
  kind: 'kpi',
  title: 'chart.hte-training.title',
  figures: [{ id: 'hte-training-onsite' }, { id: 'hte-training-online' }, { id: 'hte-training-enterprises' }, { id: 'hte-application-coaching' }],
});
