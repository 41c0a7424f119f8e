import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../electron/common/extract/figures';

/**
 * Each rule of figure extraction, on sentences written for it: what an analyst would see proposed,
 * as "value unit qualifier status period". No sentence is from the development set.
 */
function found(text: string, date = '2025-03-01'): string[] {
  return extractFigures(text, { date }).figures.map((f) => [f.printed, f.unit, f.qualifier, f.status, f.period ?? '-'].join(' '));
}

describe('a figure is a number with a unit', () => {
  it.each([
    ['全区工业总产值突破300亿元。', ['300 亿元 over actual 2025']],
    ['2024年12月31日，咨询电话12345678，文号〔2024〕15号。', []],
    ['一是加快项目建设，二是优化营商环境。', []],
    ['1、工业增长较快。2、服务业稳定。', []],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('the magnitude word stays in the unit, as printed', () => {
  it.each([
    ['形成百亿元产业集群。', ['100 亿元 exact actual 2025']],
    ['營業額達四兆四千五百八十九億元。', ['44589 億元 exact actual 2025']],
    ['常住人口54.8万人。', ['54.8 万人 exact actual 2025']],
    ['地区生产总值 2060.35 亿 元，新增就业 4.53*万人。', ['2060.35 亿元 exact actual 2025', '4.53 万人 exact actual 2025']],
    ['装机容量3万千瓦。', ['3 万千瓦 exact actual 2025']],
    ['增幅为百分之三點五。', ['3.5 % exact actual 2025']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('lists, ranges and words for numbers', () => {
  it.each([
    ['三地分别新增企业3、5、7家。', ['3 家 exact actual 2025', '5 家 exact actual 2025', '7 家 exact actual 2025']],
    ['增速高于全国0.7、全省2.3个百分点。', ['0.7 个百分点 exact actual 2025', '2.3 个百分点 exact actual 2025']],
    ['投资8.5亿元至10亿元。', ['8.5~10 亿元 range actual 2025']],
    ['投资8.5至10亿元。', ['8.5~10 亿元 range actual 2025']],
    ['毛利率16%-37%。', ['16~37 % range actual 2025']],
    ['排名上升1~2位。', ['1~2 位 range actual 2025']],
    ['工业产值实现翻番。', ['2 倍 exact actual 2025']],
    ['经济总量翻两番。', ['4 倍 exact actual 2025']],
    ['三次产业结构比为0.4:28.3:71.3。', ['0.4 % exact actual 2025', '28.3 % exact actual 2025', '71.3 % exact actual 2025']],
    ['人口自然增长率-2.45‰。', ['-2.45 ‰ exact actual 2025']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it('never reads 个百分点 as %', () => {
    expect(found('城镇化率提高0.56个百分点。')).toEqual(['0.56 个百分点 exact actual 2025']);
  });
});

describe('ranks', () => {
  it.each([
    ['增速居全省第3位。', ['3 位 exact actual 2025']],
    ['完成率排名全市第2。', ['2 位 exact actual 2025']],
    ['增速居全市首位。', ['1 位 exact actual 2025']],
    ['投资增速排名全市第一。', ['1 位 exact actual 2025']],
    ['排名前进1位。', ['1 位 exact actual 2025']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('what is not a figure', () => {
  it.each([
    ['第二批入选企业公布，二期工程开工。'],
    ['用3个月时间完成整改，连续5年保持增长。'],
    ['编制“十四五”规划，坚定拥护“两个确立”。'],
    ['建设“三个强”，学习十二届六次全会精神。'],
    ['培育一批龙头企业，一个个项目落地见效。'],
    ['每千人拥有医生若干。'],
    ['呈两位数增长。'],
  ])('%s', (text) => expect(found(text)).toEqual([]));
});

describe('qualifiers', () => {
  it.each([
    ['企业超过100家。', 'over'],
    ['营收突破50亿元。', 'over'],
    ['专利逾30项。', 'over'],
    ['新增企业30家以上。', 'at_least'],
    ['至少开展1次服务。', 'at_least'],
    ['增速不低于8%。', 'at_least'],
    ['服务企业300余户。', 'plus'],
    ['新建项目20多个。', 'plus'],
    ['投资约5亿元。', 'approx'],
    ['占比近30%。', 'approx'],
    ['增长5%左右。', 'approx'],
    ['打造千亿级产业。', 'level'],
    ['赤字不超过3%。', 'at_most'],
    ['单笔10亿元以下。', 'at_most'],
    ['误差5%以内。', 'at_most'],
    ['从业人员不足2万人。', 'at_most'],
  ])('%s → %s', (text, qualifier) => expect(extractFigures(text, { date: '2025-03-01' }).figures.map((f) => f.qualifier)).toEqual([qualifier]));
});

describe('status', () => {
  it.each([
    ['预计全年增长5%。', 'expected'],
    ['预期达到6%。', 'expected'],
    ['有望突破10亿元。', 'expected'],
    ['目标增长7%。', 'target'],
    ['力争新增20家。', 'target'],
    ['确保完成30亿元。', 'target'],
    ['计划投资5亿元。', 'target'],
    ['年内将新增10家企业。', 'target'],
    ['2027年高新技术企业达到300家。', 'target'],
    ['申报科技发展计划项目24项。', 'actual'],
    ['服务业增长好于预期，营收增长6%。', 'actual'],
  ])('%s → %s', (text, status) => expect(extractFigures(text, { date: '2025-03-01' }).figures.map((f) => f.status)).toEqual([status]));

  it('keeps a colon-led list of targets to the end of its paragraph', () => {
    expect(found('主要预期目标是：地区生产总值增长6%；工业增加值增长8%。\n全年实际增长5%。', '2025-06-20')).toEqual([
      '6 % exact target 2025',
      '8 % exact target 2025',
      '5 % exact actual 2025',
    ]);
  });

  it('reads a text of a year’s first months that names no year as a review of the year before, its targets as this year’s', () => {
    expect(found('预计全年地区生产总值增长5.5%。\n今年的主要预期目标是：地区生产总值增长6%。', '2025-01-20')).toEqual([
      '5.5 % exact expected 2024',
      '6 % exact target 2025',
    ]);
  });
});

describe('periods', () => {
  it('reads years, halves, quarters, month ranges and spans, each holding to the end of its paragraph', () => {
    expect(found('2024年，全区生产总值增长5%。上半年增长4%，一季度增长3%，前三季度增长4.5%，1-11月增长4.8%。全年增长5.2%。', '2025-02-01')).toEqual([
      '5 % exact actual 2024',
      '4 % exact actual 2024-H1',
      '3 % exact actual 2024-Q1',
      '4.5 % exact actual 2024-Q1/2024-Q3',
      '4.8 % exact actual 2024-01/2024-11',
      '5.2 % exact actual 2024',
    ]);
  });

  it('never takes the base of a comparison as the period', () => {
    expect(found('2024年，工业增加值比2023年增长6%，较上年同期提高1个百分点。', '2025-02-01')).toEqual([
      '6 % exact actual 2024',
      '1 个百分点 exact actual 2024',
    ]);
  });

  it('reads the plans and spans of years', () => {
    expect(found('“十四五”期间，投资增长30%。\n2021—2025年累计投资100亿元。', '2025-12-01')).toEqual([
      '30 % exact actual 2021/2025',
      '100 亿元 exact actual 2021/2025',
    ]);
    expect(found('“十五五”时期新增企业500家。', '2025-12-01')).toEqual(['500 家 exact target 2026/2030']);
  });

  it('adds 1911 to a Taiwan calendar year, in digits or in Chinese', () => {
    expect(found('113年營業額為10億元。\n一一三年出口20億元。', '2025-01-10')).toEqual(['10 億元 exact actual 2024', '20 億元 exact actual 2024']);
  });

  it('takes 全年 from the text and 今年 from the publication date', () => {
    expect(found('2024年统计公报。\n全年实现营收30亿元。', '2025-04-01')).toEqual(['30 亿元 exact actual 2024']);
    expect(found('今年一季度，营收增长5.5%。', '2023-04-20')).toEqual(['5.5 % exact actual 2023-Q1']);
  });

  it('gives a point in time its own sentence only', () => {
    expect(found('2019/20年度總收入預計為6261億元。本港財政儲備至2020年3月底預計為11784億元。經營開支預計為5015億元。', '2019-02-27')).toEqual([
      '6261 億元 exact expected 2019-04/2020-03',
      '11784 億元 exact expected 2020-03',
      '5015 億元 exact expected 2019-04/2020-03',
    ]);
  });
});

describe('both scripts', () => {
  it('reads Traditional as Simplified, and gives the unit and quote as printed', () => {
    const [figure] = extractFigures('規上工業增加值同比增長8.4%，社會消費品零售總額實現303.1億元。', { date: '2023-04-20' }).figures.slice(1);
    expect(figure).toMatchObject({ value: 303.1, unit: '億元', quote: { text: '社會消費品零售總額實現303.1億元' }, label: '社會消費品零售總額' });
  });

  it('keeps quotes at their offsets in the article', () => {
    const text = '前言。\n全區實現地區生產總值664.3億元，增長5.5%。';
    for (const figure of extractFigures(text, { date: '2023' }).figures) expect(text.slice(figure.quote.start, figure.quote.end)).toBe(figure.quote.text);
  });
});

describe('labels from the clause', () => {
  const labels = (text: string) => extractFigures(text, { date: '2025' }).figures.map((f) => f.label);

  it('drops the words that only link a number (实现, 达到, 超过…)', () => {
    expect(labels('全区实现地区生产总值391亿元，工业总产值突破561.3亿元。')).toEqual(['全区地区生产总值', '工业总产值']);
  });

  it('gives a change the subject of the clause before it', () => {
    expect(labels('第二产业增加值1210.4亿元，可比增长4.5%。')).toEqual(['第二产业增加值', '第二产业增加值 可比增长']);
  });

  it('pairs the items before 分别 with the numbers after it, sharing a common tail', () => {
    expect(labels('零售业、住宿业、餐饮业分别增长2.6%、12%、2.4%。')).toEqual(['零售业增长', '住宿业增长', '餐饮业增长']);
    expect(labels('一、二、三产业对经济增长的贡献率分别为0.2%、10.9%、88.9%。')).toEqual([
      '一产业对经济增长的贡献率',
      '二产业对经济增长的贡献率',
      '三产业对经济增长的贡献率',
    ]);
  });
});

describe('forms seen in releases from Taiwan, Hong Kong and Macau', () => {
  it.each([
    ['外銷訂單七二九．二億美元，年增三十九．五％。', ['729.2 億美元 exact actual 2025', '39.5 % exact actual 2025']],
    ['新來澳人士一千○三十四人，按季減少一名。', ['1034 人 exact actual 2025', '1 名 exact actual 2025']],
    ['國外淨需求的貢獻為負3.50個百分點。', ['-3.5 個百分點 exact actual 2025']],
    ['以美國二八四．五億美元居冠。', ['284.5 億美元 exact actual 2025', '1 位 exact actual 2025']],
    ['預期將首度站上七千億美元大關、年增逾兩成。', ['7000 億美元 at_least expected 2025', '2 成 over expected 2025']],
    ['經濟部預估十二月接單金額七二〇億至七四〇億美元。', ['720~740 億美元 range expected 2025-12']],
    ['首三位根本死因分別是腫瘤(二百四十七人)。', ['247 人 exact actual 2025']],
    ['3项指标增速全市第一。', ['3 项 exact actual 2025', '1 位 exact actual 2025']],
  ])('%s', (text, expected) => expect(found(text, '2025-06-01')).toEqual(expected));

  it('reads 首三季 and 元至九月 as periods, and 同季 as the quarter last named', () => {
    expect(found('今年第三季新生嬰兒一千四百○八名。\n同季死亡人數為五百七十人。\n首三季死亡人數共有一千六百五十人。', '2020-11-01')).toEqual([
      '1408 名 exact actual 2020-Q3',
      '570 人 exact actual 2020-Q3',
      '1650 人 exact actual 2020-Q1/2020-Q3',
    ]);
    expect(found('元至九月，全县固定资产投资105亿元。', '2018-11-16')).toEqual(['105 亿元 exact actual 2018-01/2018-09']);
  });
});

describe('forecasts, frames and bare magnitudes', () => {
  it('marks only the number a forecast word names as expected', () => {
    expect(found('第4季經濟成長率為1.84%，比11月預測的1.72%高出0.12個百分點。', '2025-01-24')).toEqual([
      '1.84 % exact actual 2024-Q4',
      '1.72 % exact expected 2024-Q4',
      '0.12 個百分點 exact actual 2024-Q4',
    ]);
  });

  it('lets the narrowest period of a paragraph frame the next one, not a 今年 said after it', () => {
    expect(found('經濟部公布十一月外銷訂單729.2億美元，今年外銷訂單預期站上七千億美元。\n資訊通信接單年增69.4%。', '2025-12-24')).toEqual([
      '729.2 億美元 exact actual 2025-11',
      '7000 億美元 at_least expected 2025',
      '69.4 % exact actual 2025-11',
    ]);
  });

  it('reads 前11月 as the months to date, and 56.7亿 with no unit after it as an amount in 亿', () => {
    expect(found('前11月外销订单6666.5亿美元。', '2025-12-24')).toEqual(['6666.5 亿美元 exact actual 2025-01/2025-11']);
    expect(found('元至九月，全县完成生产总值56.7亿，增长7.5%。', '2018-11-16')).toEqual([
      '56.7 亿 exact actual 2018-01/2018-09',
      '7.5 % exact actual 2018-01/2018-09',
    ]);
  });
});

describe('lists of periods and qualifiers, and other printed forms', () => {
  it('pairs periods listed before 分别 with the numbers after it', () => {
    expect(found('2023年第1季、第2季及第3季的按年實質變動分別修訂至32.3%、100.9%及120.4%。', '2024-03-01')).toEqual([
      '32.3 % exact actual 2023-Q1',
      '100.9 % exact actual 2023-Q2',
      '120.4 % exact actual 2023-Q3',
    ]);
  });

  it('holds a qualifier before a list’s first item for the rest', () => {
    expect(found('兩業分別增加約5968億元與5963億元。', '2025-06-01')).toEqual(['5968 億元 approx actual 2025', '5963 億元 approx actual 2025']);
  });

  it('reads a middle dot between digits as a point, and a rate per mu as a unit', () => {
    expect(found('医疗保健类价格上涨1·8%，平均投资强度232.55万元/亩。', '2023-03-10')).toEqual(['1.8 % exact actual 2023', '232.55 万元/亩 exact actual 2023']);
  });
});

describe('labels across clauses', () => {
  it('gives a comparison the whole label of the change before it', () => {
    expect(extractFigures('全区实现增加值3029.6亿元，可比增长5.8%，快于全市0.8个百分点。', { date: '2025' }).figures.map((f) => f.label)).toEqual([
      '全区增加值',
      '全区增加值 可比增长',
      '全区增加值 可比增长 快于全市',
    ]);
  });
});

describe('trillions, ranks by 名, rates and plans early in a year', () => {
  it.each([
    ['苏州外贸总额2.81万亿元。', ['2.81 万亿元 exact actual 2025']],
    ['作为全国唯二的4.5万亿量级外贸城市。', ['4.5 万亿 level actual 2025']],
    ['进出口总额首次突破万亿元大关。', ['1 万亿元 over actual 2025']],
    ['香港澳門排第三名。', ['3 位 exact actual 2025']],
    ['國人平均每出國1趟會支出5萬5541元。', ['55541 元 exact actual 2025']],
    ['生產總值下降百分二。', ['2 % exact actual 2025']],
    ['9月訪港人次接近330萬，按年增幅為8%。', ['330 萬 approx actual 2025-09', '8 % exact actual 2025-09']],
  ])('%s', (text, expected) => expect(found(text, '2025-10-15')).toEqual(expected));

  it('dates a plan’s end (“十三五”末) by its last year', () => {
    expect(found('从“十三五”末上海领先超4000亿元。', '2026-01-20')).toEqual(['4000 亿元 over actual 2020']);
  });

  it('reads the current year’s figures in a text of its first two months as plans', () => {
    expect(found('2026年，实施重大项目1900多个，完成投资2500亿元以上。', '2026-02-09')).toEqual(['1900 个 plus target 2026', '2500 亿元 at_least target 2026']);
  });
});

describe('words of statistics offices', () => {
  it('reads a provisional estimate (臨時估計) as what happened, and 預算達成率 as no forecast', () => {
    expect(found('今年8月的零售業總銷貨價值的臨時估計為324億元。', '2023-09-30')).toEqual(['324 億元 exact actual 2023-08']);
    expect(found('今年第一季預算達成率15.1%。', '2025-05-06')).toEqual(['15.1 % exact actual 2025-Q1']);
  });

  it('reads 112Q1 and 首季 as quarters, 过 as over, 或以上 as at least', () => {
    expect(found('次低為112Q1的15.9%。', '2025-05-06')).toEqual(['15.9 % exact actual 2023-Q1']);
    expect(found('首季新動工項目266個。', '2023-06-16')).toEqual(['266 個 exact actual 2023-Q1']);
    expect(found('新增投资过千万元入园企业8户，总投资50亿元或以上的有11个。', '2024-07-31')).toEqual([
      '1000 万元 over actual 2024',
      '8 户 exact actual 2024',
      '50 亿元 at_least actual 2024',
      '11 个 exact actual 2024',
    ]);
  });

  it('does not take the firms a campaign aims at (对接目标企业) for a target', () => {
    expect(found('精准对接目标企业，开展招商活动18场次。', '2024-07-31')).toEqual(['18 场次 exact actual 2024']);
  });
});

describe('the periods of bases and of parts after 今年', () => {
  it('dates the number right after a comparison’s base by that base', () => {
    expect(found('第二季總投資3491.8億元，較首季的3295.3億元多196.5億元。', '2023-06-16')).toEqual([
      '3491.8 億元 exact actual 2023-Q2',
      '3295.3 億元 exact actual 2023-Q1',
      '196.5 億元 exact actual 2023-Q2',
    ]);
  });

  it('gives a part right after 今年 the year 今年 names, not the text’s', () => {
    expect(found('國庫於113年收入4771億元。\n今年第一季稅課收入3865億元。', '2025-05-06')).toEqual([
      '4771 億元 exact actual 2024',
      '3865 億元 exact actual 2025-Q1',
    ]);
  });

  it('reads 截至8月底的3個月 as the three months to August', () => {
    expect(found('截至8月底的3個月，零售業總銷貨價值下跌3.8%。', '2023-09-30')).toEqual(['3.8 % exact actual 2023-06/2023-08']);
  });
});

describe('lists of short lines under headings', () => {
  it('holds a heading’s span and goals for the lines under it, and 拟 as a plan', () => {
    const text =
      '一、2025年工作回顾\n\n过去5年\n\n国内生产总值年均增长5.4%\n\n二、“十五五”时期主要目标和重大任务\n\n全社会研发经费投入年均增长7%以上\n\n人均预期寿命提高到80岁\n\n劳动年龄人口平均受教育年限提高到11.7年\n\n三、2026年安排\n\n拟发行超长期特别国债1.3万亿元';
    expect(found(text, '2026-03-05')).toEqual([
      '5.4 % exact actual 2021/2025',
      '7 % at_least target 2026/2030',
      '80 岁 exact target 2026/2030',
      '11.7 年 exact target 2026/2030',
      '1.3 万亿元 exact target 2026',
    ]);
  });

  it('reads no figure in a time of day (10:16 人民日报)', () => {
    expect(found('2026-03-05 10:16 人民日报客户端', '2026-03-05')).toEqual([]);
  });
});

describe('periods listed in one clause, and more printed forms', () => {
  it('pairs 一季度、上半年、前三季度和全年 with the numbers after 分别, labelled by what they measure', () => {
    const figures = extractFigures('2021年，一季度、上半年、前三季度和全年GDP增速分别为18.8%、9.6%、8.7%和6.2%。', { date: '2022-07-18' }).figures;
    expect(figures.map((f) => `${f.printed} ${f.period ?? ''} ${f.label}`)).toEqual([
      '18.8 2021-Q1 GDP增速',
      '9.6 2021-H1 GDP增速',
      '8.7 2021-Q1/2021-Q3 GDP增速',
      '6.2 2021 GDP增速',
    ]);
  });

  it.each([
    ['电力电缆42748千米。', ['42748 千米 exact actual 2025']],
    ['三次产业结构调整为2.5∶37.3∶60.2。', ['2.5 % exact actual 2025', '37.3 % exact actual 2025', '60.2 % exact actual 2025']],
    ['食品飲料批發業增加9成2。', ['9.2 成 exact actual 2025']],
    ['平均每6人有1人從事農業。', []],
    ['新开工过亿元项目30个。', ['1 亿元 over actual 2025', '30 个 exact actual 2025']],
    ['佔整體近三成。', ['3 成 approx actual 2025']],
  ])('%s', (text, expected) => expect(found(text, '2025-06-01')).toEqual(expected));

  it('reads a completed amount after a plan’s words as what was done', () => {
    expect(found('工業項目年度計劃投資385.4億元，累計完成投資193.74億元。', '2023-05-17')).toEqual([
      '385.4 億元 exact target 2023',
      '193.74 億元 exact actual 2023',
    ]);
  });
});

describe('the year of a paragraph without one', () => {
  it('ends a number at a comma that is not a thousands separator (第八，2016年)', () => {
    expect(found('2015年位居第八，2016年位居第七。', '2017-12-20')).toEqual(['8 位 exact actual 2015', '7 位 exact actual 2016']);
  });

  it('is the text’s year (its dated event), not a year of history named in the paragraph before', () => {
    expect(
      found('2017年12月16日，排名揭晓，长沙县位居第六名。\n2015年位居第八，2016年挺进前七强。\n1-10月，全县完成工业总产值2415.8亿元。', '2017-12-20'),
    ).toEqual(['6 位 exact actual 2017', '8 位 exact actual 2015', '2415.8 亿元 exact actual 2017-01/2017-10']);
  });
});
