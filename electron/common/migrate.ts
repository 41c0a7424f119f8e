/**
 * Report files of earlier schema versions, brought to the current one before validation. Version 1
 * (the app's dataset file until the report became a file of its own) had one source, a district and
 * sections with labels, and no charts: its charts were code. Migrated, it keeps every figure and
 * gets its charts from the grammar's proposal (charts/propose.ts).
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function fromVersion1(v1: Json): Json {
  const source = isObject(v1.source) ? v1.source : {};
  const sourceId = typeof source.id === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(source.id) ? source.id : 'article';
  // The pattern (2+2+2) was a chart's data in version 1; it is not carried over: a chart of its own now holds such text.
  const rest = Object.fromEntries(Object.entries(v1).filter(([key]) => !['source', 'district', 'sections', 'pattern', 'figures'].includes(key)));
  const { district, sections, figures } = v1;
  return {
    ...rest,
    schemaVersion: 2,
    meta: {
      title: isObject(source.title) ? source.title : undefined,
      area: district,
      languages: ['zh-Hant', 'zh-Hans', 'en'],
      sources: [
        {
          id: sourceId,
          title: source.title,
          author: source.author,
          published: typeof source.asOf === 'string' ? source.asOf : undefined,
          script: source.language,
          ...(source.covers === undefined ? {} : { covers: source.covers }),
          ...(source.file === undefined ? {} : { file: source.file }),
        },
      ],
    },
    sections: Array.isArray(sections)
      ? sections.map((s: unknown) =>
          isObject(s) ? { id: s.id, title: s.label, ...(s.articleHeading === undefined ? {} : { articleHeading: s.articleHeading }) } : s,
        )
      : sections,
    figures,
    charts: [],
  };
}

/** The report in the current schema version, or as it was where its version is not one this app migrates. */
export function migrateReport(raw: unknown): unknown {
  if (isObject(raw) && raw.schemaVersion === 1) return fromVersion1(raw);
  return raw;
}
