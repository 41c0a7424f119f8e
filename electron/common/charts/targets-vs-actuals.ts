import type { Figure } from '../dataset';
import { t, type MessageKey } from '../i18n/messages';
import { figure, over } from './calc';
import { axisTitle, derive, derivedPoint, derivedRow, figureById, figurePoint, figureRow, panelsModel, sharedScale, type DerivedValue } from './build';
import type { ChartDefinition, Panel } from './model';

/**
 * Each 2026 target in a small chart of its own, beside the latest actual of the same measure where
 * the article gives one. Technology transfer has only a five-year total of a wider scope: its
 * panel shows the target alone, the total and its derived yearly average are stated beside it.
 */
const PANELS: readonly { title: MessageKey; axis: MessageKey; actual?: string; target: string }[] = [
  { title: 'chart.targets-vs-actuals.hte', axis: 'chart.targets-vs-actuals.axisFirms', actual: 'hte-certified-2025', target: 'new-national-hte-2026' },
  { title: 'chart.targets-vs-actuals.projects', axis: 'chart.targets-vs-actuals.axisProjects', actual: 'sci-tech-projects-applied-2024', target: 'sci-tech-plan-projects-2026' },
  { title: 'chart.targets-vs-actuals.transfer', axis: 'chart.targets-vs-actuals.axisItems', target: 'tech-transfer-2026' },
];

export const targetsVsActuals: ChartDefinition = {
  id: 'targets-vs-actuals',
  page: 'targets',
  build(dataset, lang) {
    const categoryOf = (figure: Figure) =>
      t(lang, figure.status === 'target' ? 'chart.targets-vs-actuals.targetOf' : 'chart.targets-vs-actuals.actualOf', { year: figure.period });
    const figuresOf = (panel: (typeof PANELS)[number]) => [...(panel.actual ? [figureById(dataset, panel.actual)] : []), figureById(dataset, panel.target)];
    const panels: Panel[] = PANELS.map((panel) => {
      const figures = figuresOf(panel);
      const scale = sharedScale(lang, figures);
      const points = figures.map((figure) => figurePoint(figure, lang, { category: categoryOf(figure), ...(scale ? { scale } : {}) }));
      return { title: t(lang, panel.title), valueAxis: axisTitle(lang, panel.axis, undefined), categories: points.map((p) => p.category), series: [{ name: t(lang, panel.title), points }] };
    });
    const transferred = figureById(dataset, 'tech-achievements-transferred');
    const average: DerivedValue = derive(dataset, {
      label: t(lang, 'chart.targets-vs-actuals.transferAverage'),
      calc: over(figure(transferred.id), 5),
      unit: transferred.unit,
      formula: t(lang, 'chart.targets-vs-actuals.transferFormula'),
      period: transferred.period,
      digits: 1,
    });
    return panelsModel(
      { id: this.id, page: this.page, lang, title: t(lang, 'chart.targets-vs-actuals.title') },
      panels,
      [...PANELS.flatMap((panel) => figuresOf(panel).map((figure) => figureRow(figure, lang))), figureRow(transferred, lang), derivedRow(average, lang)],
      {
        annotations: [figurePoint(transferred, lang, { category: t(lang, 'chart.targets-vs-actuals.transferTotal') }), derivedPoint(average, lang)],
        notes: [t(lang, 'chart.targets-vs-actuals.note')],
      },
    );
  },
};
