import { figureChart } from './build';

/** Science and technology project applications and reviews, 2024 and 2025. */
export const projectApplications = figureChart({
  id: 'project-applications',
  page: 'policy',
  kind: 'hbar',
  title: 'chart.project-applications.title',
  valueAxis: 'chart.project-applications.axisY',
  categoryWithPeriod: true,
  figures: [
    { id: 'sci-tech-projects-applied-2024' },
    { id: 'enterprises-municipal-proposals' },
    { id: 'municipal-project-proposals' },
    { id: 'provincial-project-proposals' },
    { id: 'technology-demands-submitted' },
    { id: 'post-subsidy-reviews' },
  ],
});
