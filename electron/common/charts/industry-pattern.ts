import { t } from '../i18n/messages';
import type { ChartDefinition } from './model';

/** The article's 2+2+2 pattern: 做强兩車, 做大兩新, 布局兩空, each with its two industries. */
export const industryPattern: ChartDefinition = {
  id: 'industry-pattern',
  page: 'emerging',
  build(dataset, lang) {
    const label = (id: string) => dataset.industries.find((i) => i.id === id)?.label[lang] ?? id;
    const text = dataset.pattern.groups.map((group) => ({
      heading: group.label[lang],
      body: group.industries.map(label).join(lang === 'en' ? ', ' : '、'),
      items: group.industries.map(label),
    }));
    const title = t(lang, 'chart.industry-pattern.title');
    return {
      id: this.id,
      page: this.page,
      kind: 'text',
      lang,
      title,
      description: `${title}. ${text.map((block) => `${block.heading}: ${block.body}`).join(lang === 'en' ? '; ' : '；')}`,
      categories: [],
      series: [],
      annotations: [],
      rows: [],
      notes: [],
      text,
    };
  },
};
