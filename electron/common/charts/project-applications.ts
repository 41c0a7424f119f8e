import { figureChart } from './build';

/** Project applications and proposals: counts of different things, a card each. */
export const projectApplications = figureChart({
  id: 'project-applications',
  page: 'policy',
  kind: 'kpi',
  title: 'chart.project-applications.title',
  figures: [
    { id: 'sci-tech-projects-applied-2024' },
    { id: 'enterprises-municipal-proposals' },
    { id: 'municipal-project-proposals' },
    { id: 'provincial-project-proposals' },
    { id: 'technology-demands-submitted' },
    { id: 'post-subsidy-reviews' },
  ],
});
