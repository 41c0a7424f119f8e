/**
 * Paragraphs, sentences and clauses as offset ranges into the text. A quote is a clause (between
 * commas); a status word holds for its sentence; a time word for its paragraph. The ends are found
 * once per text and looked up by binary search: a long line without punctuation (a bulletin's table
 * flattened) must not make each figure scan it again.
 */
export type Range = { start: number; end: number };

const CLAUSE_END = /[，,。；;！？!?\n：:]/u;
const SENTENCE_END = /[。；;！？!?\n]/u;
/** A quote longer than this is cut around its figure: a clause that long is a table, not a clause. */
const LONGEST_QUOTE = 160;

/** A comma between digits (1,509,403) separates thousands, not clauses. */
function ends(text: string, i: number, end: RegExp): boolean {
  const ch = text[i] ?? '';
  if (!end.test(ch)) return false;
  return !(ch === ',' && /\d/u.test(text[i - 1] ?? '') && /^\d{3}(?!\d)/u.test(text.slice(i + 1, i + 5)));
}

type Ends = { text: string; clause: number[]; sentence: number[] };
/** The last two texts' ends: extraction asks of the article and of its Simplified copy in turn. */
const cache: Ends[] = [];

/** The offsets of every clause end and sentence end in the text, in order. */
function endsOf(text: string): Ends {
  const hit = cache.find((entry) => entry.text === text);
  if (hit) return hit;
  const clause: number[] = [];
  const sentence: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (ends(text, i, CLAUSE_END)) clause.push(i);
    if (ends(text, i, SENTENCE_END)) sentence.push(i);
  }
  const made = { text, clause, sentence };
  cache.unshift(made);
  cache.length = Math.min(cache.length, 2);
  return made;
}

/** The range between the end before `at` and the end at or after it. */
function between(list: readonly number[], at: number, length: number): Range {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((list[mid] ?? Infinity) < at) low = mid + 1;
    else high = mid;
  }
  // list[low] is the first end at or after `at`.
  const stop = list[low] ?? length;
  const before = low > 0 ? (list[low - 1] ?? -1) : -1;
  return { start: before + 1, end: stop };
}

/** The clause around `at`, its spaces and list marks trimmed; a very long one cut around `at`. */
export function clauseAt(text: string, at: number): Range {
  const range = trim(text, between(endsOf(text).clause, at, text.length));
  if (range.end - range.start <= LONGEST_QUOTE) return range;
  return trim(text, { start: Math.max(range.start, at - LONGEST_QUOTE / 2), end: Math.min(range.end, at + LONGEST_QUOTE / 2) });
}

export function sentenceAt(text: string, at: number): Range {
  return trim(text, between(endsOf(text).sentence, at, text.length));
}

function trim(text: string, range: Range): Range {
  let { start, end } = range;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return { start, end };
}
