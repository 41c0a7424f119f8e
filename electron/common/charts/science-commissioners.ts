import { figureChart } from './build';

/** University experts placed in firms under the science commissioner scheme. */
export const scienceCommissioners = figureChart({
  id: 'science-commissioners',
  page: 'policy',
  kind: 'bar',
  title: 'chart.science-commissioners.title',
  valueAxis: 'chart.science-commissioners.axisY',
  figures: [{ id: 'sci-tech-commissioner-experts' }, { id: 'sci-tech-commissioner-host-firms' }, { id: 'sci-tech-commissioners-funded' }],
});
