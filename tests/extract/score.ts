import * as OpenCC from 'opencc-js';

/**
 * The development set's scorer. A proposal pairs with at most one ground-truth figure, in text
 * order. Values are equal within 1e-9 relative once the magnitude word is folded out of the unit
 * (20 亿元 = 2×10⁹ 元); units are compared across scripts (億元 = 亿元); a period by the months it
 * spans (2025-Q1/2025-Q3 = 2025-01/2025-09). "Whole" is value, unit, qualifier, status and period all right.
 */
export type Row = { value: number; upper?: number; unit: string; qualifier: string; status: string; period: string; what?: string };

const toCn = OpenCC.Converter({ from: 't', to: 'cn' });

/** A ground-truth TSV (value unit qualifier status period what; # lines are comments). */
export function readTruth(tsv: string): Row[] {
  const rows: Row[] = [];
  for (const line of tsv.split(/\r?\n/u)) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [value = '', unit = '', qualifier = '', status = '', period = '', what = ''] = line.split('\t');
    const [low = '', high] = value.split('~');
    rows.push({
      value: Number(low),
      ...(high === undefined ? {} : { upper: Number(high) }),
      unit: unit.trim(),
      qualifier: qualifier.trim(),
      status: status.trim(),
      period: period.trim(),
      what,
    });
  }
  return rows;
}

const MAGNITUDES: ReadonlyArray<readonly [string, number]> = [
  ['万亿', 1e12],
  ['千亿', 1e11],
  ['百亿', 1e10],
  ['千万', 1e7],
  ['百万', 1e6],
  ['十万', 1e5],
  ['亿', 1e8],
  ['万', 1e4],
  ['兆', 1e12],
];

/** The unit without its magnitude word, in Simplified script, and the factor that word stood for. */
export function foldUnit(unit: string): { base: string; factor: number } {
  const cn = toCn(unit.replace(/％/gu, '%'));
  for (const [word, factor] of MAGNITUDES) if (cn.startsWith(word) && cn.length > word.length) return { base: cn.slice(word.length), factor };
  return { base: cn, factor: 1 };
}

function sameNumber(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

export function sameValueUnit(truth: Row, proposal: Row): boolean {
  const t = foldUnit(truth.unit);
  const p = foldUnit(proposal.unit);
  if (t.base !== p.base) return false;
  if (!sameNumber(truth.value * t.factor, proposal.value * p.factor)) return false;
  if ((truth.upper === undefined) !== (proposal.upper === undefined)) return false;
  return truth.upper === undefined || proposal.upper === undefined || sameNumber(truth.upper * t.factor, proposal.upper * p.factor);
}

/** A period as the months it spans: 2025-Q1/2025-Q3 and 2025-01/2025-09 are one span, written two ways. */
function months(period: string): string {
  const point = (p: string): [number, number] | undefined => {
    const m = /^(\d{4})(?:-(?:H([12])|Q([1-4])|(\d{2})))?$/u.exec(p);
    if (!m) return undefined;
    const base = Number(m[1]) * 12;
    if (m[2] !== undefined) return [base + (Number(m[2]) - 1) * 6, base + Number(m[2]) * 6 - 1];
    if (m[3] !== undefined) return [base + (Number(m[3]) - 1) * 3, base + Number(m[3]) * 3 - 1];
    if (m[4] !== undefined) return [base + Number(m[4]) - 1, base + Number(m[4]) - 1];
    return [base, base + 11];
  };
  const [a = '', b] = period.split('/');
  const from = point(a);
  const to = b === undefined ? from : point(b);
  return from && to ? `${from[0]}-${to[1]}` : period;
}

export function samePeriod(a: string, b: string): boolean {
  return a === b || months(a) === months(b);
}

export function sameWhole(truth: Row, proposal: Row): boolean {
  return (
    sameValueUnit(truth, proposal) && truth.qualifier === proposal.qualifier && truth.status === proposal.status && samePeriod(truth.period, proposal.period)
  );
}

export type Pairing = { matched: number; missed: Row[]; extra: Row[] };

/** Pairs in text order: each truth row takes the first unpaired proposal that matches it. */
export function pair(truth: readonly Row[], proposals: readonly Row[], match: (t: Row, p: Row) => boolean): Pairing {
  const taken = new Set<number>();
  const missed: Row[] = [];
  let matched = 0;
  for (const row of truth) {
    const i = proposals.findIndex((p, index) => !taken.has(index) && match(row, p));
    if (i < 0) missed.push(row);
    else {
      taken.add(i);
      matched++;
    }
  }
  return { matched, missed, extra: proposals.filter((_, index) => !taken.has(index)) };
}

export type Score = { truth: number; proposed: number; valueUnit: Pairing; whole: Pairing };

export function score(truth: readonly Row[], proposals: readonly Row[]): Score {
  return { truth: truth.length, proposed: proposals.length, valueUnit: pair(truth, proposals, sameValueUnit), whole: pair(truth, proposals, sameWhole) };
}

export function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}
