import type { SectionId } from '../dataset';
import { digitalTransformation } from './digital-transformation';
import { emergingFigures } from './emerging-figures';
import { emergingIndustries } from './emerging-industries';
import { foodPharmaShare } from './food-pharma-share';
import { gdpGrowth } from './gdp-growth';
import { gdpPath } from './gdp-path';
import { greenManufacturing } from './green-manufacturing';
import { hteTraining } from './hte-training';
import { htePipeline } from './hte-pipeline';
import { industryPattern } from './industry-pattern';
import { matchmaking } from './matchmaking';
import type { ChartDefinition } from './model';
import { overviewKpis } from './overview-kpis';
import { pillarGrowth } from './pillar-growth';
import { pillarHighlights } from './pillar-highlights';
import { pillarScale } from './pillar-scale';
import { policyFunds } from './policy-funds';
import { policyReforms } from './policy-reforms';
import { projectApplications } from './project-applications';
import { scienceCommissioners } from './science-commissioners';
import { srdiTiers } from './srdi-tiers';
import { targetsList } from './targets-list';
import { targetsVsActuals } from './targets-vs-actuals';
import { techTransferItems } from './tech-transfer-items';
import { techTransferValue } from './tech-transfer-value';

/** Every chart, in reading order. Pages, the kiosk playlist and the workbook all follow this list. */
export const CHARTS: readonly ChartDefinition[] = [
  overviewKpis,
  gdpPath,
  gdpGrowth,
  pillarScale,
  pillarGrowth,
  foodPharmaShare,
  pillarHighlights,
  emergingFigures,
  emergingIndustries,
  industryPattern,
  htePipeline,
  srdiTiers,
  techTransferItems,
  techTransferValue,
  hteTraining,
  policyFunds,
  projectApplications,
  matchmaking,
  scienceCommissioners,
  policyReforms,
  greenManufacturing,
  digitalTransformation,
  targetsVsActuals,
  targetsList,
];

export function chartsOnPage(page: SectionId): ChartDefinition[] {
  return CHARTS.filter((chart) => chart.page === page);
}

export function chartById(id: string): ChartDefinition | undefined {
  return CHARTS.find((chart) => chart.id === id);
}
