import { t } from '../i18n/messages';
import { figureRow, textModel } from './build';
import type { ChartDefinition } from './model';

/** Where the article has words and few numbers: each emerging industry with its enterprises. */
export const emergingIndustries: ChartDefinition = {
  id: 'emerging-industries',
  page: 'emerging',
  build(dataset, lang) {
    const industries = dataset.industries.filter((industry) => !industry.pillar);
    const ids = new Set(industries.map((i) => i.id));
    const text = industries.map((industry) => {
      const enterprises = dataset.enterprises.filter((e) => e.industry === industry.id).map((e) => e.label[lang]);
      return {
        heading: industry.label[lang],
        body: industry.description?.[lang] ?? t(lang, 'chart.noFigures'),
        ...(industry.summary ? { summary: industry.summary[lang] } : {}),
        ...(enterprises.length > 0 ? { items: enterprises } : {}),
      };
    });
    const rows = dataset.figures.filter((f) => f.industry !== undefined && ids.has(f.industry)).map((f) => figureRow(f, lang));
    return textModel({ id: this.id, page: this.page, lang, title: t(lang, 'chart.emerging-industries.title') }, text, rows);
  },
};
