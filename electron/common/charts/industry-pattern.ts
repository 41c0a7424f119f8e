import { t } from '../i18n/messages';
import { profile } from '../i18n/profiles';
import { textModel } from './build';
import type { ChartDefinition } from './model';

/** The article's 2+2+2 pattern: 做强兩車, 做大兩新, 布局兩空, each with its two industries. */
export const industryPattern: ChartDefinition = {
  id: 'industry-pattern',
  page: 'emerging',
  build(dataset, lang) {
    const label = (id: string) => dataset.industries.find((i) => i.id === id)?.label[lang] ?? id;
    const text = dataset.pattern.groups.map((group) => ({
      heading: group.label[lang],
      body: group.industries.map(label).join(profile(lang).listSeparator),
      items: group.industries.map(label),
    }));
    return textModel({ id: this.id, page: this.page, lang, title: t(lang, 'chart.industry-pattern.title') }, text);
  },
};
