/*
 * How a message shows a value that came from a file or a command line. A message names the bad
 * value so that it can be found, but never repeats all of it: a 10 MB quote would otherwise give a
 * 10 MB message on stderr, in the log and on the kiosk's slide. Control and bidirectional
 * characters are escaped, so that a value can neither break a message's line nor turn its text around.
 */

/** C0 and C1 controls, bidi controls, line and paragraph separators, lone surrogates: shown as \uXXXX. */
function unsafe(code: number): boolean {
  return (
    code <= 0x1f ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x61c ||
    code === 0x200e ||
    code === 0x200f ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    (code >= 0xd800 && code <= 0xdfff)
  );
}

function showChar(ch: string, quoted: boolean): string {
  const escaped = quoted ? JSON.stringify(ch).slice(1, -1) : ch;
  const code = escaped.charCodeAt(0);
  return escaped.length === 1 && unsafe(code) ? `\\u${code.toString(16).padStart(4, '0')}` : escaped;
}

/** The leading pieces whose lengths add up to at most `budget`. */
function take(pieces: readonly string[], budget: number): { taken: string[]; cut: boolean } {
  const taken: string[] = [];
  let used = 0;
  for (const piece of pieces) {
    if (used + piece.length > budget) return { taken, cut: true };
    taken.push(piece);
    used += piece.length;
  }
  return { taken, cut: false };
}

/**
 * A value as a message shows it: a string in double quotes (JSON escapes), cut after about `max`
 * characters with its length said (`"aaaa…" (10485760 characters)`); a number, boolean or null as
 * itself; an object or an array by its kind.
 */
export function excerpt(value: unknown, max = 80): string {
  if (typeof value === 'string') {
    // Only the first few characters are looked at, however long the string.
    const { taken, cut } = take(
      Array.from(value.slice(0, max * 2 + 2), (ch) => showChar(ch, true)),
      max,
    );
    return cut ? `"${taken.join('')}…" (${value.length} characters)` : `"${taken.join('')}"`;
  }
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object' && value !== null) return 'an object';
  if (typeof value === 'function' || typeof value === 'symbol') return `a ${typeof value}`;
  return clip(String(value), max);
}

/** What a value is, to say what was given instead of the object or list expected: null, a list, a string… */
export function kindOf(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (input === undefined) return 'missing';
  return typeof input === 'object' ? 'an object' : `a ${typeof input}`;
}

/**
 * A path or a name as a message shows it, unquoted: whole when short, else cut in the middle to
 * about `max` characters, keeping its start and its end (`/home/me/…/reports/kiosk.json`).
 */
export function clip(text: string, max = 120): string {
  const shown = (part: string) => Array.from(part, (ch) => showChar(ch, false));
  if (text.length <= max) {
    const whole = take(shown(text), max);
    if (!whole.cut) return whole.taken.join('');
  }
  const startBudget = Math.floor((max - 1) * 0.3);
  const endBudget = max - 1 - startBudget;
  const start = take(shown(text.slice(0, startBudget * 2 + 2)), startBudget).taken;
  const end = take(shown(text.slice(-(endBudget * 2 + 2))).reverse(), endBudget).taken.reverse();
  return `${start.join('')}…${end.join('')}`;
}
