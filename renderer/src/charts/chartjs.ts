import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  SubTitle,
  Title,
  Tooltip,
} from 'chart.js';
import { barMarks } from './plugins/bar-marks';
import { doughnutCentre } from './plugins/doughnut-centre';
import { pointLabels } from './plugins/point-labels';

// The only module that loads chart.js. Only the pieces the app draws are registered, and the app's
// own plugins once for every chart: each draws only where a chart's options name it.
Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  DoughnutController,
  ArcElement,
  Legend,
  Title,
  SubTitle,
  Tooltip,
);
Chart.register(barMarks, pointLabels, doughnutCentre);

export { Chart };

/**
 * The ids of the Chart.js charts that exist right now. The kiosk shows them so that its tests can
 * check the same charts live on, updated in place, rather than a constant number being re-created.
 */
export function liveChartIds(): string[] {
  return Object.keys(Chart.instances);
}
