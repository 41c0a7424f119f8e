import { t, type MessageKey } from '../i18n/messages';
import { axisTitle, derivedPoint, derivedRow, figureById, figurePoint, figureRow, seriesModel, type DerivedValue } from './build';
import type { ChartDefinition, Point } from './model';

/**
 * Each 2026 target beside the closest actual the article gives. Technology transfer has only a
 * five-year total, so its actual is the derived yearly average, labelled as such.
 */
const PAIRS: readonly { category: MessageKey; actual: string; target: string; average?: { years: number; formula: MessageKey; label: MessageKey } }[] = [
  { category: 'chart.targets-vs-actuals.hte', actual: 'hte-certified-2025', target: 'new-national-hte-2026' },
  { category: 'chart.targets-vs-actuals.projects', actual: 'sci-tech-projects-applied-2024', target: 'sci-tech-plan-projects-2026' },
  {
    category: 'chart.targets-vs-actuals.transfer',
    actual: 'tech-achievements-transferred',
    target: 'tech-transfer-2026',
    average: { years: 5, formula: 'chart.targets-vs-actuals.transferFormula', label: 'chart.targets-vs-actuals.transferAverage' },
  },
];

export const targetsVsActuals: ChartDefinition = {
  id: 'targets-vs-actuals',
  page: 'targets',
  build(dataset, lang) {
    const categories = PAIRS.map((pair) => t(lang, pair.category));
    const derived: DerivedValue[] = [];
    const actuals: Point[] = PAIRS.map((pair, i) => {
      const figure = figureById(dataset, pair.actual);
      if (!pair.average) return figurePoint(figure, lang, { category: categories[i] ?? '' });
      const average: DerivedValue = {
        label: t(lang, pair.average.label),
        value: figure.value / pair.average.years,
        unit: figure.unit,
        formula: t(lang, pair.average.formula),
        period: figure.period,
        digits: 1,
      };
      derived.push(average);
      return derivedPoint(average, lang, categories[i]);
    });
    const targets = PAIRS.map((pair, i) => figurePoint(figureById(dataset, pair.target), lang, { category: categories[i] ?? '' }));
    return seriesModel(
      { id: this.id, page: this.page, lang, title: t(lang, 'chart.targets-vs-actuals.title') },
      'bar',
      [
        { name: t(lang, 'chart.targets-vs-actuals.actual'), points: actuals },
        { name: t(lang, 'chart.targets-vs-actuals.target'), points: targets },
      ],
      [
        ...PAIRS.flatMap((pair) => [figureRow(figureById(dataset, pair.actual), lang), figureRow(figureById(dataset, pair.target), lang)]),
        ...derived.map((d) => derivedRow(d, lang)),
      ],
      { valueAxis: axisTitle(lang, 'chart.targets-vs-actuals.axisY', undefined), notes: [t(lang, 'chart.targets-vs-actuals.note')] },
    );
  },
};
