/**
 * Paragraphs, sentences and clauses as offset ranges into the text. A quote is a clause (between
 * commas); a status word holds for its sentence; a time word for its paragraph.
 */
export type Range = { start: number; end: number };

const CLAUSE_END = /[，,。；;！？!?\n：:]/u;
const SENTENCE_END = /[。；;！？!?\n]/u;

/** A comma between digits (1,509,403) separates thousands, not clauses. */
function ends(text: string, i: number, end: RegExp): boolean {
  const ch = text[i] ?? '';
  if (!end.test(ch)) return false;
  return !(ch === ',' && /\d/u.test(text[i - 1] ?? '') && /^\d{3}(?!\d)/u.test(text.slice(i + 1, i + 5)));
}

function rangeAround(text: string, at: number, end: RegExp): Range {
  let start = at;
  while (start > 0 && !ends(text, start - 1, end)) start--;
  let stop = at;
  while (stop < text.length && !ends(text, stop, end)) stop++;
  return { start, end: stop };
}

/** The clause around `at`, its spaces and list marks trimmed. */
export function clauseAt(text: string, at: number): Range {
  return trim(text, rangeAround(text, at, CLAUSE_END));
}

export function sentenceAt(text: string, at: number): Range {
  return trim(text, rangeAround(text, at, SENTENCE_END));
}

export function paragraphAt(text: string, at: number): Range {
  return rangeAround(text, at, /\n/u);
}

function trim(text: string, range: Range): Range {
  let { start, end } = range;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return { start, end };
}
