import type { LivePart } from './live-text';
import { lineRanges } from './widths';

/**
 * A paragraph written one line to a row, each line's cell running on over the empty cells beside
 * it: a wrapped paragraph would have to be merged across the sheet, and merged cells break sorting,
 * filtering, screen readers and copy-paste. Lines break at words (widths.ts), never inside a value,
 * so a line that states one stays a formula over its cell (live-text.ts) and follows an edit.
 */
export function lineParts(parts: readonly LivePart[], room: number): LivePart[][] {
  const spans: { part: LivePart; start: number; end: number }[] = [];
  let at = 0;
  for (const part of parts) {
    const text = typeof part === 'string' ? part : part.shown;
    spans.push({ part, start: at, end: at + text.length });
    at += text.length;
  }
  const text = spans.map(({ part }) => (typeof part === 'string' ? part : part.shown)).join('');
  const kept = spans.filter(({ part }) => typeof part !== 'string').map(({ start, end }) => [start, end] as const);
  return lineRanges(text, room, kept).map(([start, end]) =>
    spans.flatMap(({ part, start: from, end: to }): LivePart[] => {
      if (to <= start || from >= end) return [];
      // A value is never cut (it is a kept run); words are cut where the line starts and ends.
      if (typeof part !== 'string') return [part];
      return [part.slice(Math.max(start, from) - from, Math.min(end, to) - from)];
    }),
  );
}
