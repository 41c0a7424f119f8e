import { figureChart } from './build';

/** 智改數轉: provincial project library, digital workshops and national pilots. */
export const digitalTransformation = figureChart({
  id: 'digital-transformation',
  page: 'green',
  kind: 'bar',
  title: 'chart.digital-transformation.title',
  valueAxis: 'chart.digital-transformation.axisY',
  figures: [{ id: 'smart-digital-projects' }, { id: 'provincial-digital-workshops' }, { id: 'national-demo-pilots' }],
});
