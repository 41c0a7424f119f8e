import type { Range } from './clauses';
import { timeWords } from './periods';

/**
 * A figure's label from its clause, in the article's words: the clause up to the number, without
 * the words that only link it (实现, 达到, 为, 约, 超过…). A clause that starts with a change
 * (增长5%, 同比下降) takes the subject of the clause before it in the same sentence.
 */
const LINKS =
  /(?:实现|达到|达|完成|为|是|共计|共|有|约|大约|近|将近|接近|不超过|不高于|不多于|超过|超|突破|逾|至少|不低于|不少于|不足|不到|至多|最多|分别为|分别|累计|合计|总计|的|了|已|在|到|至|由|从|占比|占)+$/u;
const CHANGE_START = /^(?:同比|可比|比上年|较上年|比|较|增长|下降|增加|减少|提高|提升|回落|上升|降低|拉动|高于|低于|快于|慢于|占|其中)/u;

/**
 * 零售业、住宿业、餐饮业分别增长2.6%、12%、2.4%: the nth item before 分别 names the nth number after
 * it, with the words between 分别 and the numbers (增长). Items that share a tail (一、二、三产业) take it.
 */
function respectiveLabel(text: string, simplified: string, clause: Range, figureStart: number): string | undefined {
  const within = simplified.slice(clause.start, figureStart).indexOf('分别');
  if (within < 0) return undefined;
  const at = clause.start + within;
  const numbers = [...simplified.slice(at + 2, clause.end).matchAll(/-?\d+(?:\.\d+)?/gu)].map((m) => at + 2 + m.index);
  const index = numbers.findIndex((start) => start >= figureStart - 1);
  const items: Range[] = [];
  let start = clause.start;
  for (let i = clause.start; i <= at; i++) {
    if (i === at || /[、和及与]/u.test(simplified[i] ?? '')) {
      items.push({ start, end: i });
      start = i + 1;
    }
  }
  if (items.length < 2 || items.length !== numbers.length || index < 0 || index >= items.length) return undefined;
  const item = items[index];
  const last = items.at(-1);
  if (item === undefined || last === undefined) return undefined;
  const words = (r: Range): string => text.slice(r.start, r.end).trim();
  // 一季度、上半年、前三季度和全年GDP增速分别为…: the items are periods; the label is what they measure.
  const lastWords = timeWords(simplified.slice(last.start, last.end), false);
  const periodsOnly = items.slice(0, -1).every((r) => {
    const found = timeWords(simplified.slice(r.start, r.end).trim(), false);
    return found.length === 1 && found[0]?.end === simplified.slice(r.start, r.end).trim().length;
  });
  if (periodsOnly && lastWords[0]?.start === 0) return text.slice(last.start + lastWords[0].end, last.end).trim();
  const others = items.slice(0, -1).map((r) => words(r).length);
  // 一、二、三产业对全区经济的贡献率: the short items share what follows the last one's own head.
  const head = Math.max(...others);
  const tail = others.every((n) => n <= 2) && words(last).length > head + 1 ? words(last).slice(head) : '';
  const verbEnd = numbers[0] ?? figureStart;
  const verb = trimLinks(simplified, at + 2, verbEnd);
  const own = item === last ? words(item) : `${words(item)}${tail}`;
  return `${own}${text.slice(verb.start, verb.end)}`.trim();
}

/**
 * `before` is the figure of the clause just before in the same sentence, if any: a change takes its
 * whole label (全区实现增加值 可比增长 → … 快于全市), not only its clause's first words.
 */
export function labelOf(text: string, simplified: string, clause: Range, figureStart: number, before?: { label: string; clause: Range }): string {
  const respective = respectiveLabel(text, simplified, clause, figureStart);
  if (respective !== undefined && respective.length >= 2) return respective;
  // In a list (分别新增3、5、7家) every item takes the words before the first number.
  let end = figureStart;
  for (let i = clause.start; i < figureStart; i++)
    if (/\d/u.test(simplified[i] ?? '')) {
      if (i - clause.start >= 2) end = i;
      break;
    }
  const own = trimLinks(simplified, clause.start, end);
  let label = text.slice(own.start, own.end);
  const change = label.length < 2 || CHANGE_START.test(simplified.slice(own.start, own.end));
  if (change && before !== undefined && before.label !== '' && /^[，,]\s*$/u.test(simplified.slice(before.clause.end, clause.start))) {
    label = `${before.label} ${label}`.trim();
  } else if (change) {
    // The subject is in the clause before (第二产业增加值1210.4亿元，可比增长4.5%).
    let at = clause.start - 1;
    while (at > 0 && /[，,]/u.test(simplified[at] ?? '')) {
      let start = at;
      while (start > 0 && !/[，,。；;！？!?\n：:]/u.test(simplified[start - 1] ?? '')) start--;
      const subjectEnd = firstNumber(simplified, start, at);
      const subject = trimLinks(simplified, start, subjectEnd);
      if (subject.end - subject.start >= 2) {
        label = `${text.slice(subject.start, subject.end)} ${label}`.trim();
        break;
      }
      at = start - 1;
    }
  }
  return (
    label
      // 全区实现增加值 is 全区增加值: the verb of its clause is no part of what it measures.
      .replace(/^(全[市区县省国區縣國]?)?(?:实现|實現|累计完成|累計完成|完成)/u, '$1')
      .replace(/\s+/gu, ' ')
      .replace(/[、，,：:（(\s]+$/u, '')
      .trim()
  );
}

function firstNumber(s: string, start: number, end: number): number {
  for (let i = start; i < end; i++) if (/\d/u.test(s[i] ?? '')) return i;
  return end;
}

function trimLinks(s: string, start: number, end: number): Range {
  let stop = end;
  while (stop > start && /[\s*]/u.test(s[stop - 1] ?? '')) stop--;
  const head = s.slice(start, stop);
  const linked = LINKS.exec(head);
  if (linked) stop -= linked[0].length;
  let from = start;
  while (from < stop && /[\s、（(“"「]/u.test(s[from] ?? '')) from++;
  return { start: from, end: stop };
}
