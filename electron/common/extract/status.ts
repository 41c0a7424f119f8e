import type { ExtractQualifier, ExtractStatus } from './figures';
import type { Range } from './clauses';

/**
 * A figure's qualifier from the words before it, and its status from its clause, its sentence and
 * its paragraph: 预计 expected, 目标/力争/确保/计划/将 target, 过往 actual.
 */
export const BEFORE_QUALIFIERS: ReadonlyArray<readonly [RegExp, ExtractQualifier]> = [
  // 至少开展1次, 不少于新增5家: a verb may stand between the bound and its number.
  [/(?:不超过|不高于|不多于|不足|不到|至多|最多)\p{Script=Han}{0,2}$/u, 'at_most'],
  [/(?:至少|不低于|不少于|最少)\p{Script=Han}{0,2}$/u, 'at_least'],
  [/(?:站上|站稳)(?:了)?$/u, 'at_least'],
  [/(?:超过|超出|超|突破|逾|多于|(?<![超经通不])过)(?:了)?$/u, 'over'],
  [/(?:约|大约|近|将近|接近|约合)(?:为|占|达到?|有|计)?$/u, 'approx'],
];

const EXPECTED = /(?<![于超符合出])(?:预计|预期(?![^，。；,;]{0,4}目标|数|值|的|寿命)|预估(?![数值的])|预测(?![数值的])|有望|预算(?=为|将|约|总额|中))/u;
/** 预测数的18.52%, 预测的1.72%: the forecast is the number right after these words, and only it. */
const FORECAST_VALUE = /(?:预测|预估|预期)(?:数|值)?的?[(（]?$/u;
/** Words that put a figure in the past (过往1%-2%的增长水平): it is actual whatever the sentence plans. */
const PAST = /(?:过往|以往|过去|历史上)[^，。；,;]{0,4}$/u;
/** 计划 as a verb (计划投资, 计划新增), not a noun (科技发展计划项目); 将 and 会 before a verb of change. */
const TARGET =
  /(?<!对接|锁定|瞄准|服务)目标(?!企业|客户|市场|群体|人群|导向|任务完成)|力争|拟(?=发行|安排|新增|投资|建设|实施|下达|用于|按)|(?:全力|着力|加快|努力|致力于?|奋力)(?:打造|建设|建成|培育)|确保|规划(?=建设|新建|布局|打造)|(?<!占年|占全年|占|的|按|完成|超)计划(?![^，。；,;]{0,4}(?:总额|任务|项目))(?=[\d一二三四五六七八九十]|投资|总投资|新增|完成|实现|建设|建成|开工|引进|培育|打造|达到|用|于|在|到|年内|全年|每年)|将(?:[^，。；,;]{0,8}?)(?:达到?|实现|新增|突破|超过|增长|增至|完成|建成|提升|提高|形成|带动|新建|培育|打造|增加|减少|控制|保持|投入|超)|(?<![社议机大协学工委年])会(?=增至|达到|达|录得|新增|增加|减少|超过|突破)/u;
/** 目标 as a goal, not as the firms a campaign aims at (对接目标企业). */
const TARGET_WORD = /(?<!对接|锁定|瞄准|服务)目标(?!企业|客户|市场|群体|人群|导向)/u;
/** A list led by a colon (主要预期目标是：…；…) keeps its status to the paragraph's end. */
const LIST_STATUS = /(?:目标|计划|预期|力争|任务)[^。\n]{0,6}[:：]/u;

/** 第N / 首位 after words that rank: 排名第一, 位居全省第二, 居全市首位. */

/** The status its words give a figure at `start` (the rules' copy `s`): before any rule of periods. */
export function statusOf(s: string, start: number, sentence: Range, clause: Range): { status: ExtractStatus; leading: string; ownClause: string } {
  const paragraphStart = s.lastIndexOf('\n', start - 1) + 1;
  // 预计全年…, 力争…: a status word that opens a paragraph holds for all of it, as a colon-led list's does.
  const opening = /^[^。；\n]{0,6}(?:预计|预期|力争|确保|目标)/u.test(s.slice(paragraphStart, paragraphStart + 12));
  const heading = headingAbove(s, paragraphStart);
  const listLead = opening ? { index: 0 } : LIST_STATUS.exec(s.slice(paragraphStart, start));
  const leading = s.slice(listLead ? paragraphStart + listLead.index : sentence.start, start);
  const ownClause = s.slice(clause.start, clause.end);
  let status: ExtractStatus = 'actual';
  // A heading that names goals (“十五五”时期主要目标…) holds for the lines under it.
  const headed = heading !== undefined && TARGET_WORD.test(heading) ? 'target' : heading !== undefined && EXPECTED.test(heading) ? 'expected' : undefined;
  if (PAST.test(s.slice(clause.start, start))) status = 'actual';
  else if (FORECAST_VALUE.test(s.slice(Math.max(clause.start, start - 8), start))) status = 'expected';
  else if (EXPECTED.test(leading) || EXPECTED.test(ownClause)) status = 'expected';
  // 累计完成投资193.74亿元 after a plan's words in the sentence: what was done, not the plan.
  else if (/累计完成|已完成|实际完成|实际使用/u.test(ownClause) && !TARGET_WORD.test(ownClause)) status = 'actual';
  else if (TARGET.test(leading) || TARGET_WORD.test(ownClause)) status = 'target';
  else if (headed !== undefined) status = headed;
  return { status, leading, ownClause };
}

/** The nearest heading line above a paragraph (一、…), if the lines between are all short ones under it. */
function headingAbove(s: string, paragraphStart: number): string | undefined {
  let end = paragraphStart - 1;
  // A list under a heading is a screenful of lines at most; the walk stops there on any text.
  for (let lines = 0; end > 0 && lines < 80; lines++) {
    const start = s.lastIndexOf('\n', end - 1) + 1;
    const line = s.slice(start, end).trim();
    if (line !== '' && /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)])/u.test(line)) return line;
    // Only lists of short lines sit under such a heading; a paragraph of prose ends its reach.
    if (line.length > 60 || /。/u.test(line)) return undefined;
    end = start - 1;
  }
  return undefined;
}
