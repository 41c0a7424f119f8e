// The summary every benchmark prints: median, p90, min, max and the count, over one list of timings.
// A quantile q is the value at index floor(q × n) of the sorted list (the upper median for an even n).
export function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { median: at(0.5), p90: at(0.9), min: s[0], max: s.at(-1), n: s.length };
}
