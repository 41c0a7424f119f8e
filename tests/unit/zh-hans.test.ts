import { describe, expect, it } from 'vitest';
import { catalog } from '../../electron/common/i18n/messages';
import { OVERRIDES, TAIWAN_WORDS, localizedTexts, toMainland } from '../../scripts/zh-hans.mjs';
import { rawDataset } from './helpers';

/** What OpenCC 'twp' → 'cn' itself gets wrong in this app's text, and scripts/zh-hans.mjs overrides. */
const OPENCC_MISTAKES = ['保存格', '演示文稿', '指针', '内核', '枚举', '脱机', '数据源'];

const dataset = localizedTexts(rawDataset());
const catalogTexts = (lang: 'zh-Hant' | 'zh-Hans') => Object.entries(catalog(lang)).map(([key, text]) => ({ where: key, text }));
const datasetTexts = (lang: 'zh-Hant' | 'zh-Hans') => dataset.map(({ path, text }) => ({ where: path, text: text[lang] ?? '' }));

/** Where a text's 「」 and 『』 are not paired and nested as zh-Hant has them: 『』 inside 「」, 「」 inside 『』. */
function quoteNestingProblem(text: string): string | undefined {
  const open: string[] = [];
  for (const ch of text) {
    if (ch === '「' || ch === '『') {
      const expected = open.at(-1) === '「' ? '『' : '「';
      if (ch !== expected) return `${ch} where ${expected} belongs`;
      open.push(ch);
    } else if (ch === '」' || ch === '』') {
      const opener = open.pop();
      if (opener !== (ch === '」' ? '「' : '『')) return `${ch} closes ${opener ?? 'nothing'}`;
    }
  }
  return open.length > 0 ? `${open.join('')} left open` : undefined;
}

describe('mainland zh-Hans (scripts/zh-hans.mjs)', () => {
  it('converts Taiwan wording to mainland words, with the reviewed overrides', () => {
    expect(toMainland('匯出 Excel…')).toBe('导出 Excel…');
    expect(toMainland('在資料夾中顯示')).toBe('在文件夹中显示');
    expect(toMainland('正由其他程式開啟。請關閉該檔案後再匯出')).toBe('正由其他程序打开。请关闭该文件后再导出');
    expect(toMainland('由這些儲存格繪製')).toBe('由这些单元格绘制');
    expect(toMainland('活頁簿已儲存為 {path}')).toBe('工作簿已保存为 {path}');
    expect(toMainland('簡報設定無效')).toBe('演示设置无效');
    expect(toMainland('攻克全鈉液流電池核心技術')).toBe('攻克全钠液流电池核心技术');
    for (const [hant, hans] of OVERRIDES) expect(toMainland(hant), hant).toBe(hans);
  });

  it('keeps the overrides it was reviewed with: each one, written out, whatever the list says now', () => {
    // Fixed here, not read from OVERRIDES: deleting an override and regenerating the catalog must fail.
    for (const [hant, hans] of [
      ['要取代「r.xlsx」嗎？', '要替换“r.xlsx”吗？'],
      ['主要指標', '主要指标'],
      ['開始簡報', '开始演示'],
      ['資料夾是唯讀的', '文件夹是只读的'],
      ['按空白鍵暫停', '按空格键暂停'],
      ['由這些儲存格繪製', '由这些单元格绘制'],
      ['另見第 {row} 列', '另见第 {row} 行'],
      ['只能用連字號', '只能用连字符'],
    ] as const)
      expect(toMainland(hant), hant).toBe(hans);
  });

  it('quotes with “” and nested ‘’, and titles with 《》', () => {
    expect(toMainland('「較『十四五』初期增長367%」')).toBe('“较‘十四五’初期增长367%”');
    expect(toMainland('來源：{author}〈{title}〉')).toBe('来源：{author}《{title}》');
    expect(toMainland('《文集〈篇名〉》')).toBe('《文集〈篇名〉》');
  });

  it('leaves no Taiwan or Hong Kong wording, and none of OpenCC’s wrong guesses, in the zh-Hans catalog and dataset', () => {
    const found = [...catalogTexts('zh-Hans'), ...datasetTexts('zh-Hans')].flatMap(({ where, text }) =>
      [...TAIWAN_WORDS, ...OPENCC_MISTAKES].filter((word) => text.includes(word)).map((word) => `${where}: ${word} in "${text}"`),
    );
    expect(found).toEqual([]);
  });

  it('finds 『』 only inside 「」 in the zh-Hant catalog and dataset', () => {
    const wrong = [...catalogTexts('zh-Hant'), ...datasetTexts('zh-Hant')].flatMap(({ where, text }) => {
      const problem = quoteNestingProblem(text);
      return problem ? [`${where}: ${problem} in "${text}"`] : [];
    });
    expect(wrong).toEqual([]);
    expect(quoteNestingProblem('「較「十四五」初期」')).toBe('「 where 『 belongs');
  });
});
