import { formatFigure, formatPeriod } from '../format';
import { t } from '../i18n/messages';
import { figureById, figurePoint, figureRow, seriesModel } from './build';
import type { ChartDefinition } from './model';

const KPIS = ['gdp-2025', 'industrial-output', 'national-high-tech-enterprises', 'tech-contract-turnover', 'district-area'] as const;

/** The overview's headline cards; GDP carries its starting value from the article beneath it. */
export const overviewKpis: ChartDefinition = {
  id: 'overview-kpis',
  page: 'overview',
  build(dataset, lang) {
    const start = figureById(dataset, 'gdp-2020');
    const points = KPIS.map((id) => {
      const figure = figureById(dataset, id);
      const detail = id === 'gdp-2025' ? t(lang, 'chart.overview-kpis.from', { from: formatFigure(start, lang), period: formatPeriod(start.period, lang) }) : undefined;
      return figurePoint(figure, lang, detail ? { detail } : {});
    });
    const title = t(lang, 'chart.overview-kpis.title');
    // The 2020 value follows GDP 2025 in the table, as it does on the GDP card.
    const rows = KPIS.flatMap((id) => (id === 'gdp-2025' ? [figureById(dataset, id), start] : [figureById(dataset, id)])).map((figure) => figureRow(figure, lang));
    return seriesModel({ id: this.id, page: this.page, lang, title }, 'kpi', [{ name: title, points }], rows);
  },
};
