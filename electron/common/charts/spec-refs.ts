import type { ChartSpec } from './spec';

/**
 * What a chart spec refers to, without zod: the renderer reads specs (interpret.ts) and must not
 * bundle the schema that validated them in the main process.
 */

/** Every figure id a spec names, drawn, stated, in a derived value or in its words, in order of first mention. */
export function specFigureIds(spec: ChartSpec): string[] {
  const ids: string[] = [];
  const add = (id: string) => {
    if (!ids.includes(id)) ids.push(id);
  };
  const refs = (texts: readonly (Record<string, string> | undefined)[]) => {
    for (const text of texts) for (const value of Object.values(text ?? {})) for (const match of value.matchAll(REF)) add(match[1] ?? '');
  };
  const drawn = 'figures' in spec ? (spec.figures ?? []) : [];
  for (const ref of drawn) {
    add(ref.figure);
    refs([ref.detail]);
  }
  if (spec.kind === 'multiples') for (const panel of spec.panels) panel.figures.forEach(add);
  for (const ref of spec.annotations ?? []) add(ref.figure);
  const derivedIds = new Set((spec.derived ?? []).map((d) => d.id));
  for (const derived of spec.derived ?? []) for (const match of derived.calc.matchAll(/\{([^}]+)\}/gu)) add((match[1] ?? '').trim());
  refs(spec.notes ?? []);
  return ids.filter((found) => !derivedIds.has(found));
}

/** {figure-id} or {figure-id.period} in a chart's words. */
export const REF = /\{([a-z0-9]+(?:-[a-z0-9]+)*)(?:\.(period))?\}/gu;
