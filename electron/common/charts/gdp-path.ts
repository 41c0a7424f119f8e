import { scaleFor } from '../format';
import { t } from '../i18n/messages';
import { axisTitle, figureById, figurePoint, figureRow, seriesModel, sharedScale } from './build';
import type { ChartDefinition } from './model';

/**
 * GDP at the two ends of the plan period. The article prints no year in between, so the chart is
 * a slope between exactly those two years: nothing on the axis it would have to invent.
 */
export const gdpPath: ChartDefinition = {
  id: 'gdp-path',
  page: 'overview',
  build(dataset, lang) {
    const ends = [figureById(dataset, 'gdp-2020'), figureById(dataset, 'gdp-2025')];
    const scale = sharedScale(lang, ends) ?? scaleFor('億元', lang);
    const points = ends.map((figure) => figurePoint(figure, lang, { category: t(lang, 'period.year', { year: figure.period }), scale }));
    const title = t(lang, 'chart.gdp-path.title');
    return seriesModel(
      { id: this.id, page: this.page, lang, title },
      'slope',
      [{ name: t(lang, 'chart.gdp-path.series'), points }],
      ends.map((figure) => figureRow(figure, lang)),
      {
        subtitle: t(lang, 'chart.gdp-path.subtitle'),
        valueAxis: axisTitle(lang, 'chart.gdp-path.axisY', scale),
      },
    );
  },
};
