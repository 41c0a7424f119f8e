import { describe, expect, it } from 'vitest';
import { BOM } from '../../electron/common/csv';
import { LANGS } from '../../electron/common/i18n/languages';
import { t } from '../../electron/common/i18n/messages';
import { figuresCsv } from '../../electron/services/workbook/csv';
import { TAIWAN_WORDS } from '../../scripts/zh-hans.mjs';
import { rawDataset } from './helpers';
import { loadedReport, readBack, reportFor } from './report-helpers';

function csvLines(lang: (typeof LANGS)[number]): string[] {
  return figuresCsv(rawDataset(), lang).slice(1).trim().split('\r\n');
}

describe('CSV of all figures', () => {
  it('has a BOM, a header and one row per figure with qualifier and quote', () => {
    const dataset = rawDataset();
    const csv = figuresCsv(dataset, 'en');
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(dataset.figures.length + 1);
    expect(lines).toContain(
      'new-national-hte-2026,2026 targets,Newly certified national high-tech enterprises,30,firms,at least,Target,2026,≥ 30,努力實現新認定國家高新技術企業30戶以上',
    );
  });

  it('heads every column in the export language', () => {
    expect(csvLines('zh-Hant')[0]).toBe('數據編號,章節,指標,數值,單位,限定,狀態,時期,顯示為,原文');
    expect(csvLines('en')[0]).toBe('Figure id,Section,Figure,Value,Unit,Qualifier,Status,Period,As shown,Original text');
    for (const lang of LANGS) {
      const header = csvLines(lang)[0]!.split(',');
      expect(header, lang).toEqual([
        t(lang, 'report.col.id'),
        t(lang, 'report.col.section'),
        t(lang, 'table.figure'),
        t(lang, 'table.value'),
        t(lang, 'table.unit'),
        t(lang, 'table.qualifier'),
        t(lang, 'table.status'),
        t(lang, 'table.period'),
        t(lang, 'report.col.shownAs'),
        t(lang, 'table.source'),
      ]);
      if (lang !== 'en') for (const cell of header) expect(cell, `${lang}: ${cell}`).toMatch(/\p{Script=Han}/u);
    }
  });

  it('names each figure’s section by its label in the language, not its id', () => {
    const dataset = rawDataset();
    expect(csvLines('zh-Hant')).toContain(
      'new-national-hte-2026,2026年目標,新認定國家高新技術企業,30,戶,以上,目標,2026年,30戶以上,努力實現新認定國家高新技術企業30戶以上',
    );
    for (const lang of LANGS) {
      const sections = csvLines(lang)
        .slice(1)
        .map((line) => line.split(',')[1]);
      expect(new Set(sections), lang).toEqual(new Set(dataset.sections.map((s) => s.title[lang])));
    }
  });

  it('writes zh-Hans in mainland usage, the article’s quotes aside', () => {
    const quotes = new Set(rawDataset().figures.map((f) => f.source.quote));
    const cells = csvLines('zh-Hans')
      .flatMap((line) => line.split(','))
      .filter((cell) => !quotes.has(cell.replace(/^"|"$/gu, '')));
    expect(cells.flatMap((cell) => TAIWAN_WORDS.filter((word) => cell.includes(word)).map((word) => `${word} in ${cell}`))).toEqual([]);
  });

  it('neutralises a label that would run as a formula', () => {
    const dataset = rawDataset();
    dataset.figures[0]!.label.en = '=HYPERLINK("http://evil")';
    expect(figuresCsv(dataset, 'en')).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });
});

describe('the CSV and the workbook agree', () => {
  it.each(LANGS)('%s: every figure has the same value and unit in both (a percentage in percent)', async (lang) => {
    const dataset = loadedReport();
    const csv = figuresCsv(dataset, lang)
      .slice(1)
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => parseCsvLine(line));
    const workbook = await readBack((await reportFor(lang)).xlsx);
    const all = workbook.getWorksheet(t(lang, 'report.sheet.allFigures'))!;
    const rows = new Map<string, [unknown, unknown]>();
    all.eachRow((row) => {
      const id = row.getCell(1).text;
      if (dataset.figures.some((f) => f.id === id)) rows.set(id, [row.getCell(4).value, row.getCell(5).value]);
    });
    expect(rows.size).toBe(dataset.figures.length);
    for (const [id, , , value, unit] of csv) {
      const [xlsxValue, xlsxUnit] = rows.get(id ?? '') ?? [];
      expect([Number(value), unit], `${lang} ${id}`).toEqual([xlsxValue, xlsxUnit]);
    }
    const percent = dataset.figures.find((f) => f.unit === '%')!;
    expect(rows.get(percent.id)?.[0], 'a percentage in percent').toBe(percent.value);
  });
});

/** One CSV line's fields (RFC 4180: a quoted field may hold commas and doubled quotes). */
function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i] ?? '';
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}
