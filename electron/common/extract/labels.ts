import type { Range } from './clauses';

/**
 * A figure's label from its clause, in the article's words: the clause up to the number, without
 * the words that only link it (实现, 达到, 为, 约, 超过…). A clause that starts with a change
 * (增长5%, 同比下降) takes the subject of the clause before it in the same sentence.
 */
const LINKS =
  /(?:实现|达到|达|完成|为|是|共计|共|有|约|大约|近|将近|接近|不超过|不高于|不多于|超过|超|突破|逾|至少|不低于|不少于|不足|不到|至多|最多|分别为|分别|累计|合计|总计|的|了|已|在|到|至|由|从|占比|占)+$/u;
const CHANGE_START = /^(?:同比|可比|比上年|较上年|比|较|增长|下降|增加|减少|提高|提升|回落|上升|降低|拉动|高于|低于|快于|慢于|占|其中)/u;

export function labelOf(text: string, simplified: string, clause: Range, figureStart: number): string {
  // In a list (分别新增3、5、7家) every item takes the words before the first number.
  let end = figureStart;
  for (let i = clause.start; i < figureStart; i++)
    if (/\d/u.test(simplified[i] ?? '')) {
      if (i - clause.start >= 2) end = i;
      break;
    }
  const own = trimLinks(simplified, clause.start, end);
  let label = text.slice(own.start, own.end);
  if (label.length < 2 || CHANGE_START.test(simplified.slice(own.start, own.end))) {
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
  return label.replace(/\s+/gu, ' ').trim();
}

function firstNumber(s: string, start: number, end: number): number {
  for (let i = start; i < end; i++) if (/[\d一二三四五六七八九十百千两]/u.test(s[i] ?? '')) return i;
  return end;
}

function trimLinks(s: string, start: number, end: number): Range {
  let stop = end;
  const head = s.slice(start, stop);
  const linked = LINKS.exec(head);
  if (linked) stop -= linked[0].length;
  let from = start;
  while (from < stop && /[\s、（(“"「]/u.test(s[from] ?? '')) from++;
  return { start: from, end: stop };
}
