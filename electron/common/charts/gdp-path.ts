import { scaleFor } from '../format';
import { t } from '../i18n/messages';
import { axisTitle, figureById, figurePoint, figureRow, seriesModel, sharedScale } from './build';
import type { ChartDefinition } from './model';

/**
 * GDP at the two ends of the plan period. The article prints no year in between, so the chart
 * has exactly two points on a year axis and draws nothing it would have to invent.
 */
export const gdpPath: ChartDefinition = {
  id: 'gdp-path',
  page: 'overview',
  build(dataset, lang) {
    const ends = [figureById(dataset, 'gdp-2020'), figureById(dataset, 'gdp-2025')];
    const scale = sharedScale(lang, ends) ?? scaleFor('億元', lang);
    const points = ends.map((figure) => ({ ...figurePoint(figure, lang, { category: figure.period, scale }), x: Number(figure.period) }));
    const title = t(lang, 'chart.gdp-path.title');
    return seriesModel(
      { id: this.id, page: this.page, lang, title },
      'line',
      [{ name: t(lang, 'chart.gdp-path.series'), points }],
      ends.map((figure) => figureRow(figure, lang)),
      {
        subtitle: t(lang, 'chart.gdp-path.subtitle'),
        categoryAxis: t(lang, 'chart.gdp-path.axisX'),
        valueAxis: axisTitle(lang, 'chart.gdp-path.axisY', scale),
      },
    );
  },
};
