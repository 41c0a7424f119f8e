import { figureChart } from './build';

/** The 2025 certification training and coaching drive behind the record 68 certifications. */
export const hteTraining = figureChart({
  id: 'hte-training',
  page: 'innovation',
  kind: 'bar',
  title: 'chart.hte-training.title',
  valueAxis: 'chart.hte-training.axisY',
  figures: [{ id: 'hte-training-onsite' }, { id: 'hte-training-online' }, { id: 'hte-training-enterprises' }, { id: 'hte-application-coaching' }],
});
