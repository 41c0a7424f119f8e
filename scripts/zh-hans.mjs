// zh-Hans in mainland usage, from the Taiwan-style zh-Hant that the catalogs and the dataset are
// written in. `npm run i18n` (scripts/i18n.mjs) writes every zh-Hans text with toMainland, and the
// unit tests check the files against it, so no zh-Hans text is converted by hand.
//
// Three steps:
//   1. OpenCC from 'twp' (Taiwan, with its phrases) to 'cn': characters and words, 匯出 → 导出,
//      資料夾 → 文件夹, 程式 → 程序, 儲存 → 保存, 設定 → 设置, 檔案 → 文件, 開啟 → 打开, 磁碟 → 磁盘 …
//   2. OVERRIDES below, for the words where that phrase table is wrong for this app's text or
//      leaves Taiwan wording in place. An override's zh-Hant word is cut out of the text before
//      OpenCC runs and its mainland word put in as written, so OpenCC never sees it.
//   3. Punctuation: 「」 → “”, nested 『』 → ‘’; a title in 〈〉 (Taiwan's mark for an article's
//      title) → 《》, while a 〈〉 nested inside 《》 stays as mainland usage has it.
import * as OpenCC from 'opencc-js';

const opencc = OpenCC.Converter({ from: 'twp', to: 'cn' });

/**
 * [zh-Hant as written in the sources, mainland zh-Hans]. Reviewed against every catalog message
 * and every dataset text; a new text that reads as Taiwan wording after conversion gets its entry
 * here, with the reason. Where entries overlap, the longest match wins.
 */
export const OVERRIDES = Object.freeze([
  // Quarters and month ranges in a period. Taiwan writes 2025年第1季 and 1至11月; mainland statistics
  // write 2025年一季度, 前三季度 and 1—11月 (the quarter's number is the profile's: 一, 三).
  ['年第{quarter}季', '年{quarter}季度'],
  ['前{to}季', '前{to}季度'],
  ['第{from}至{to}季', '第{from}至第{to}季度'],
  ['{from}至{to}月', '{from}—{to}月'],
  // A spreadsheet's rows and columns. Taiwan says 列 for a row and 欄 for a column; mainland says 行
  // and 列, so 列 cannot be left as it is. Only the phrases the messages use are mapped.
  ['} 列', '} 行'],
  ['上一列', '上一行'],
  // A measure (figures on one axis share it). Hong Kong and Taiwan say 量度; mainland says 度量. An id is 编号.
  ['量度', '度量'],
  ['代號', '编号'],
  ['以下欄', '以下列'],
  // A hyphen. OpenCC keeps Taiwan's 连字号; mainland says 连字符.
  ['連字號', '连字符'],
  // A spreadsheet cell. OpenCC turns 儲存 into 保存 and gives 保存格; Excel and WPS say 单元格.
  ['儲存格', '单元格'],
  // An Excel workbook. OpenCC keeps Taiwan's 活页簿; mainland Excel says 工作簿.
  ['活頁簿', '工作簿'],
  // The kiosk slideshow (開始簡報, 退出簡報, 簡報設定). OpenCC gives 演示文稿, which is a
  // PowerPoint file, not a show that is running: 开始演示, 退出演示, 演示设置.
  ['簡報', '演示'],
  // A read-only folder. OpenCC keeps Taiwan's 唯读; mainland Windows says 只读.
  ['唯讀', '只读'],
  // The space bar. OpenCC keeps Taiwan's 空白键; mainland says 空格键.
  ['空白鍵', '空格键'],
  // Replacing an existing file (要取代「…」嗎？, the 取代 button). OpenCC keeps 取代, which in
  // mainland means to supplant; file dialogs say 替换. No text here uses 取代 in that other sense.
  ['取代', '替换'],
  // An indicator (主要指標, the 指標 column). OpenCC gives 指针, a pointer; mainland keeps 指标.
  ['指標', '指标'],
  // The article's 核心技術, 核心部件. OpenCC gives 内核 (an OS kernel); mainland keeps 核心.
  ['核心', '核心'],
  // The article's 《…》等文件, official documents. OpenCC gives 文档 (a computer file); mainland keeps 文件.
  ['文件', '文件'],
  // "Lists" in prose (句中先列舉…). OpenCC gives 枚举, the programming term; mainland keeps 列举.
  ['列舉', '列举'],
  // The article's 線上同步學習, beside 現場參與. OpenCC gives 在线; mainland says 线上 / 线下.
  ['線上', '线上'],
  // The app works offline. OpenCC gives 脱机 (an old printer term); mainland apps say 离线.
  ['離線', '离线'],
  // Where the figures come from. OpenCC gives 数据源, a database term; mainland keeps 资料来源.
  ['資料來源', '资料来源'],
]);

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const overridden = new Map(OVERRIDES);
const overridePattern = new RegExp(
  `(${[...overridden.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})`,
  'u',
);

const QUOTES = { '「': '“', '」': '”', '『': '‘', '』': '’' };

/** 「」 → “”, 『』 → ‘’; 〈〉 → 《》 unless it is nested inside a title already. */
function mainlandPunctuation(text) {
  // The closing mark owed to each title mark still open, innermost last.
  const closers = [];
  let out = '';
  for (const ch of text) {
    if (ch in QUOTES) {
      out += QUOTES[ch];
    } else if (ch === '《' || ch === '〈') {
      const outermost = closers.length === 0;
      closers.push(outermost ? '》' : '〉');
      out += outermost ? '《' : '〈';
    } else if (ch === '》' || ch === '〉') {
      out += closers.pop() ?? ch;
    } else {
      out += ch;
    }
  }
  return out;
}

/**
 * Taiwan and Hong Kong wording in simplified characters, which mainland zh-Hans never holds outside a
 * verbatim quote of the article: the mainland says 导出, 保存, 文件夹, 文件, 打开, 程序, 磁盘, 演示,
 * 设置, 工作簿, 单元格, 只读, 空格键, 命令行, 加载, 打印, 窗口, 屏幕, 网络, 信息, 软件, 用户, and
 * quotes with “” and ‘’. The tests look for these in the catalog, the dataset, the viewer, the
 * CSV and the workbook.
 */
export const TAIWAN_WORDS = Object.freeze([
  '汇出',
  '储存',
  '资料夹',
  '档案',
  '开启',
  '程式',
  '磁碟',
  '简报',
  '设定',
  '活页簿',
  '储存格',
  '唯读',
  '空白键',
  '命令列',
  '载入',
  '列印',
  '视窗',
  '萤幕',
  '网路',
  '资讯',
  '软体',
  '使用者',
  '「',
  '」',
  '『',
  '』',
]);

/** One zh-Hant (Taiwan-style) text in mainland zh-Hans. */
export function toMainland(text) {
  // split with a capturing group: even pieces are plain text, odd pieces are override words.
  const pieces = text.split(overridePattern).map((piece, i) => (i % 2 === 1 ? overridden.get(piece) : opencc(piece)));
  return mainlandPunctuation(pieces.join(''));
}

/**
 * Every object in a JSON value (the dataset) that holds a text per language, known by its "zh-Hant"
 * string, with where it sits ("figures[3].label"). The i18n script writes the "zh-Hans" of each of
 * them; the tests check each of them.
 */
export function localizedTexts(value, path = '') {
  if (Array.isArray(value)) return value.flatMap((item, i) => localizedTexts(item, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  if (typeof value['zh-Hant'] === 'string') return [{ path, text: value }];
  return Object.entries(value).flatMap(([key, child]) => localizedTexts(child, path ? `${path}.${key}` : key));
}
