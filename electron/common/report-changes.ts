import type { Dataset, Figure } from './dataset';

/**
 * What opening a report changed against the one shown before: the figures added, removed and
 * changed (old → new). Kept as the figures' own values, so that the panel that lists them says them
 * in the language on screen.
 */

/** A figure's value as a change shows it: enough to format it in any language. */
export type ChangedValue = Pick<Figure, 'value' | 'unit' | 'qualifier' | 'stated'>;

export type FigureChange = { id: string; label: Figure['label']; before?: ChangedValue; after?: ChangedValue };

export type ReportChanges = { added: FigureChange[]; removed: FigureChange[]; changed: FigureChange[] };

function valueOf(figure: Figure): ChangedValue {
  return { value: figure.value, unit: figure.unit, qualifier: figure.qualifier, ...(figure.stated ? { stated: figure.stated } : {}) };
}

function differs(a: Figure, b: Figure): boolean {
  return a.value !== b.value || a.unit !== b.unit || a.qualifier !== b.qualifier || a.status !== b.status || a.period !== b.period;
}

export function reportChanges(before: Pick<Dataset, 'figures'>, after: Pick<Dataset, 'figures'>): ReportChanges {
  const old = new Map(before.figures.map((f) => [f.id, f]));
  const now = new Map(after.figures.map((f) => [f.id, f]));
  return {
    added: after.figures.filter((f) => !old.has(f.id)).map((f) => ({ id: f.id, label: f.label, after: valueOf(f) })),
    removed: before.figures.filter((f) => !now.has(f.id)).map((f) => ({ id: f.id, label: f.label, before: valueOf(f) })),
    changed: after.figures.flatMap((f) => {
      const was = old.get(f.id);
      return was && differs(was, f) ? [{ id: f.id, label: f.label, before: valueOf(was), after: valueOf(f) }] : [];
    }),
  };
}

export function hasChanges(changes: ReportChanges): boolean {
  return changes.added.length + changes.removed.length + changes.changed.length > 0;
}
