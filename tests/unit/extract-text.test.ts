import { describe, expect, it } from 'vitest';
import { articleText, formatOfName, isHeading, joinBrokenLines, markdownToText } from '../../electron/common/extract/article-text';
import { datelineOf } from '../../electron/common/extract/dateline';
import { scriptOf, simplifiedCopy } from '../../electron/common/extract/script';
import { suggestSections, titleLine } from '../../electron/common/extract/sections';
import { extractFigures } from '../../electron/common/extract/figures';

describe('an article as text', () => {
  it('makes HTML plain: block elements are lines, scripts and styles go, entities are decoded', () => {
    const html =
      '<html><head><title>綠園區經濟</title><style>p{}</style></head><body><h1>一、綜合</h1><p>生產總值&nbsp;391億元&#65292;增長6%</p><script>alert(1)</script><table><tr><td>工業</td><td>561.3</td></tr></table></body></html>';
    expect(articleText(html, 'html')).toBe('綠園區經濟\n一、綜合\n生產總值 391億元，增長6%\n 工業  561.3');
  });

  it('makes Markdown plain', () => {
    expect(markdownToText('# 标题\n\n**全区**生产总值[391亿元](http://x)。\n- 工业增长7%')).toBe('标题\n\n全区生产总值391亿元。\n工业增长7%');
  });

  it('joins lines broken mid-sentence, across a blank line too, but not headings', () => {
    expect(joinBrokenLines('一、综合\n全区实现地区生产总值2060.35亿元，按不变价格\n计算，比上年增长6.0%。\n二、工业')).toBe(
      '一、综合\n全区实现地区生产总值2060.35亿元，按不变价格计算，比上年增长6.0%。\n二、工业',
    );
    expect(joinBrokenLines('工业总产值突破561.3亿元，国家级高新技术企业达176户，科技成果\n\n转化94项。')).toBe(
      '工业总产值突破561.3亿元，国家级高新技术企业达176户，科技成果转化94项。',
    );
  });

  it('tells headings from sentences', () => {
    expect(['一、经济运行稳中有进', '（二）工业生产', '第三章 发展目标', '消费市场'].map(isHeading)).toEqual([true, true, true, true]);
    expect(['全区经济运行总体平稳，工业增长较快。', '增长5.5%，高于全国。'].map(isHeading)).toEqual([false, false]);
  });

  it('knows a file format by its name', () => {
    expect(['a.HTML', 'b.htm', 'c.md', 'd.markdown', 'e.txt', 'f'].map(formatOfName)).toEqual(['html', 'html', 'md', 'md', 'txt', 'txt']);
  });
});

describe('scripts', () => {
  it('copies Traditional text to Simplified at the same length, so offsets stay', () => {
    const text = '規上工業增加值同比增長8.4%，高於全國0.7、全省2.3個百分點。預計臺灣後裡';
    const copy = simplifiedCopy(text);
    expect(copy.length).toBe(text.length);
    expect(copy.startsWith('规上工业增加值同比增长8.4%，高于全国')).toBe(true);
  });

  it('tells the article’s script', () => {
    expect(scriptOf('規上工業增加值同比增長8.4%')).toBe('zh-Hant');
    expect(scriptOf('规上工业增加值同比增长8.4%')).toBe('zh-Hans');
  });
});

describe('a dateline', () => {
  it.each([
    ['重庆市开州区统计局 2024年4月29日\n正文', '2024-04-29'],
    ['发布日期:2022-06-23 16:00\n正文', '2022-06-23'],
    ['正文没有日期。', undefined],
    ['2024年13月40日', undefined],
  ])('%s', (text, date) => expect(datelineOf(text)).toBe(date));
});

describe('sections from headings', () => {
  it('puts each figure under the heading above it, and the lead under the article’s title', () => {
    const text = '2024年统计公报\n全年生产总值增长5%。\n一、工业\n工业增长6%。\n二、消费\n零售额增长4%。';
    const { figures } = extractFigures(text, { date: '2025' });
    const title = titleLine(text) ?? '';
    expect(title).toBe('2024年统计公报');
    const { sections, sectionOf } = suggestSections(text, figures, title);
    expect(sections.map((s) => s.title)).toEqual(['2024年统计公报', '工业', '消费']);
    expect(sectionOf).toEqual(['section-1', 'section-2', 'section-3']);
  });
});

describe('untrusted markup', () => {
  it('decodes no entity into a control character or an invalid code point', () => {
    expect(articleText('<p>a&#1114112;b&#0;c&#27;d&#x41;e&#xD800;</p>', 'html')).toBe('a\uFFFDb\uFFFDc\uFFFDdAe\uFFFD');
  });

  it('keeps a lone < as text and drops comments, scripts and styles whole, even unclosed', () => {
    expect(articleText('<p>增长5% < 6%</p><!-- note --><script>x=1</script><style>p{}</style>end<!-- open', 'html')).toBe('增长5% < 6%\nend');
    expect(articleText('a < b', 'html')).toBe('a < b');
  });

  it('leaves unclosed Markdown marks as they are', () => {
    expect(articleText('[link without end **bold', 'md')).toBe('[link without end **bold');
    expect(articleText('```\ncode\n```\n正文增长5%', 'md')).toBe('正文增长5%');
  });
});
