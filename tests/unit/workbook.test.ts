import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { NativeKind } from '../../electron/common/charts/kinds';
import { chartsOnPage } from '../../electron/common/charts/registry';
import { formatFigure, formatPeriod, qualifierLabel, unitLabel } from '../../electron/common/format';
import { LANGS, type Lang } from '../../electron/common/i18n/languages';
import { t } from '../../electron/common/i18n/messages';
import { buildReport } from '../../electron/services/report/report';
import { TAIWAN_WORDS } from '../../scripts/zh-hans.mjs';
import { rawDataset } from './helpers';
import { EXPORTED_AT, nativeChartModels, parseRef, readBack, reportFor, text, unescapeXml, unzip } from './report-helpers';

const dataset = rawDataset();
/** What each native kind's chart part says it is: a new native kind needs its line here. */
const PLOT_OF: Record<NativeKind, string> = {
  bar: '<c:barDir val="col"/>',
  hbar: '<c:barDir val="bar"/>',
  stacked: '<c:grouping val="stacked"/>',
  slope: '<c:lineChart>',
  multiples: '<c:barDir val="col"/>',
  doughnut: '<c:doughnutChart>',
};

function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

function sheetNames(lang: Lang): string[] {
  return [
    t(lang, 'report.sheet.cover'),
    t(lang, 'report.sheet.summary'),
    ...dataset.sections.map((s) => s.label[lang]),
    t(lang, 'report.sheet.allFigures'),
    t(lang, 'report.sheet.sources'),
    t(lang, 'report.sheet.notes'),
  ];
}

describe('the report workbook', () => {
  for (const lang of LANGS) {
    describe(lang, () => {
      it('has the cover, summary, a sheet per viewer page, all figures, sources and notes', async () => {
        const workbook = await readBack((await reportFor(lang)).xlsx);
        const names = workbook.worksheets.map((s) => s.name);
        expect(names).toEqual(sheetNames(lang));
        for (const name of names) expect(name).toMatch(/^[^[\]:*?/\\]{1,31}$/u);
        const cover = rowsOf(workbook.worksheets[0]!);
        expect(cover[0]).toEqual([t(lang, 'app.title')]);
        expect(cover).toContainEqual([t(lang, 'sources.article'), dataset.source.title[lang]]);
        expect(cover).toContainEqual([t(lang, 'sources.author'), dataset.source.author[lang]]);
        expect(cover).toContainEqual([t(lang, 'report.exported'), '2026-11-26 10:00 UTC']);
        expect(cover).toContainEqual([t(lang, 'report.datasetVersion'), dataset.version]);
      });

      it('lists every figure with its value, unit and qualifier as the dataset has them', async () => {
        const workbook = await readBack((await reportFor(lang)).xlsx);
        const all = workbook.getWorksheet(t(lang, 'report.sheet.allFigures'))!;
        const byId = new Map(rowsOf(all).slice(1).map((row) => [String(row[0]), row]));
        expect(byId.size).toBe(dataset.figures.length);
        for (const f of dataset.figures) {
          expect(byId.get(f.id), f.id).toEqual([f.id, dataset.sections.find((s) => s.id === f.section)!.label[lang], f.label[lang], f.value, unitLabel(f.unit, lang), qualifierLabel(f.qualifier, lang), t(lang, `status.${f.status}`), formatPeriod(f.period, lang), formatFigure(f, lang), f.source.quote]);
        }
        expect(all.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
        expect(all.autoFilter).toBeTruthy();
        const sources = rowsOf(workbook.getWorksheet(t(lang, 'report.sheet.sources'))!);
        for (const f of dataset.figures) expect(sources).toContainEqual([f.id, f.label[lang], f.source.quote]);
      });

      it('puts each page’s figures on its sheet, and each chart’s data beside a native chart', async () => {
        const { xlsx } = await reportFor(lang);
        const workbook = await readBack(xlsx);
        for (const section of dataset.sections) {
          const sheet = workbook.getWorksheet(section.label[lang])!;
          const rows = rowsOf(sheet);
          for (const model of chartsOnPage(section.id).map((c) => c.build(dataset, lang))) {
            for (const row of model.rows) {
              const found = rows.find((r) => r[0] === model.title && r[1] === (row.figureId ?? '') && r[2] === row.label);
              expect(found, `${section.id}: ${model.title} / ${row.label}`).toEqual(expect.arrayContaining([row.value, row.unitLabel, row.qualifierLabel, row.display]));
            }
          }
          expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 });
        }
      });

      it('draws every bar, line and doughnut chart natively from the sheet’s cells', async () => {
        const { xlsx, charts } = await reportFor(lang);
        const zip = await unzip(xlsx);
        const workbook = await readBack(xlsx);
        const chartXml = await Promise.all(Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/u.test(p)).map((p) => text(zip, p)));
        const models = nativeChartModels(lang, dataset);
        expect(charts).toBe(models.length);
        expect(chartXml).toHaveLength(models.length);
        const cellValue = (ref: string, i: number) => {
          const r = parseRef(unescapeXml(ref));
          return workbook.getWorksheet(r.sheet)!.getCell(r.firstRow + i, r.column).value;
        };
        for (const model of models) {
          const xml = chartXml.find((x) => unescapeXml([...x.matchAll(/<a:t>([^<]*)<\/a:t>/gu)].map((m) => m[1]).join('')).includes(model.title));
          expect(xml, `native chart for ${model.id}`).toBeDefined();
          const sheetName = dataset.sections.find((s) => s.id === model.page)!.label[lang];
          const series = [...xml!.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/gu)].map((m) => m[1] ?? '');
          expect(series).toHaveLength(model.series.length);
          series.forEach((ser, s) => {
            const refs = [...ser.matchAll(/<c:f>([^<]*)<\/c:f>/gu)].map((m) => m[1] ?? '');
            expect(refs).toHaveLength(3);
            for (const ref of refs) expect(parseRef(unescapeXml(ref)).sheet).toBe(sheetName);
            const [name, categories, values] = refs as [string, string, string];
            expect(cellValue(name, 0)).toBe(model.series.length === 1 ? (model.valueAxis ?? model.series[0]?.name) : model.series[s]?.name);
            model.categories.forEach((category, i) => {
              expect(cellValue(categories, i)).toBe(category);
              expect(cellValue(values, i) ?? null, `${model.id} ${category}`).toBe(model.series[s]?.points[i]?.value ?? null);
            });

            // The labels show each value as the article states it (超7%, ≥ 30, 5.49%*), from the "As shown" cells.
            const shown = model.categories.map((_, i) => model.series[s]?.points[i]?.display ?? '');
            const range = /<c15:datalabelsRange><c15:f>([^<]*)<\/c15:f><c15:dlblRangeCache><c:ptCount val="(\d+)"\/>([\s\S]*?)<\/c15:dlblRangeCache>/u.exec(ser);
            expect(range, `${model.id}: labels range`).not.toBeNull();
            const [labelsRef, count, cache] = [range?.[1] ?? '', range?.[2], range?.[3] ?? ''];
            expect(parseRef(unescapeXml(labelsRef)).sheet).toBe(sheetName);
            expect(Number(count)).toBe(shown.length);
            const cached = [...cache.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/gu)].map((m) => unescapeXml(m[2] ?? ''));
            expect(cached, `${model.id} label cache`).toEqual(shown);
            shown.forEach((display, i) => expect(cellValue(labelsRef, i) ?? '', `${model.id} label cell ${i}`).toBe(display));
            const fields = [...ser.matchAll(/<c:dLbl><c:idx val="(\d+)"\/>[\s\S]*?<a:fld [^>]*type="CELLRANGE">[\s\S]*?<a:t>([^<]*)<\/a:t>/gu)];
            expect(fields.map((m) => [Number(m[1]), unescapeXml(m[2] ?? '')]), `${model.id} point labels`).toEqual(shown.flatMap((d, i) => (d === '' ? [] : [[i, d]])));
            expect(ser).toMatch(/<c:dLbls>[\s\S]*<c:showVal val="0"\/><c:showCatName val="0"\/>[\s\S]*<c15:showDataLabelsRange val="1"\/><\/c:ext><\/c:extLst><\/c:dLbls>/u);
            if (model.id === 'gdp-growth' && lang !== 'en') expect(cached).toEqual(['超7%', '5.49%*']);
          });
          expect(xml).toContain(PLOT_OF[model.kind as NativeKind]);
        }
      });

      it('sets the document language, title and creator', async () => {
        const zip = await unzip((await reportFor(lang)).xlsx);
        const core = await text(zip, 'docProps/core.xml');
        expect(core).toContain(`<dc:language>${lang}</dc:language>`);
        expect(unescapeXml(core)).toContain(`<dc:title>${t(lang, 'app.title')} · ${dataset.source.title[lang]}</dc:title>`);
        expect(unescapeXml(core)).toContain(`<dc:creator>${t(lang, 'app.title')}</dc:creator>`);
      });
    });
  }

  it('writes zh-Hans in mainland usage: no Taiwan wording outside the article’s verbatim quotes', async () => {
    const workbook = await readBack((await reportFor('zh-Hans')).xlsx);
    const quotes = new Set(dataset.figures.map((f) => f.source.quote));
    const found: string[] = [];
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          const text = cell.text;
          if (quotes.has(text)) return;
          for (const word of TAIWAN_WORDS) if (text.includes(word)) found.push(`${sheet.name}!${cell.address}: ${word} in "${text}"`);
        }),
      );
    }
    expect(found).toEqual([]);
  });

  it('plans the printed pages so that no native chart is cut by a page break', async () => {
    const zip = await unzip((await reportFor('en')).xlsx);
    let checked = 0;
    for (const sheetPart of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/u.test(p))) {
      const rels = zip.file(sheetPart.replace('worksheets/', 'worksheets/_rels/') + '.rels');
      const drawing = rels && /Target="\.\.\/drawings\/(drawing\d+\.xml)"/u.exec(await rels.async('string'))?.[1];
      if (!drawing) continue;
      const breaks = [...(await text(zip, sheetPart)).matchAll(/<brk id="(\d+)"/gu)].map((m) => Number(m[1]));
      const anchors = [...(await text(zip, `xl/drawings/${drawing}`)).matchAll(/<xdr:from>.*?<xdr:row>(\d+)<\/xdr:row>.*?<xdr:to>.*?<xdr:row>(\d+)<\/xdr:row>/gsu)];
      expect(breaks.length).toBeGreaterThan(0);
      for (const [, from, to] of anchors) {
        // A break with id b falls between rows b and b + 1 (1-based); anchors count rows from 0.
        expect(breaks.filter((b) => b > Number(from) && b <= Number(to)), `${sheetPart} chart rows ${from}–${to}`).toEqual([]);
        checked += 1;
      }
    }
    expect(checked).toBe(nativeChartModels('en', dataset).length);
  });

  it('keeps every content type and relationship consistent', async () => {
    const zip = await unzip((await reportFor('zh-Hant')).xlsx);
    const types = await text(zip, '[Content_Types].xml');
    const parts = Object.keys(zip.files).filter((p) => !zip.files[p]?.dir);
    for (const part of parts.filter((p) => /^xl\/(charts|drawings)\/[^/]+\.xml$/u.test(p))) expect(types, part).toContain(`PartName="/${part}"`);
    for (const rels of parts.filter((p) => p.endsWith('.rels'))) {
      const base = rels.replace(/_rels\/[^/]*\.rels$/u, '');
      for (const [, target, mode] of (await text(zip, rels)).matchAll(/Target="([^"]+)"(?: TargetMode="(\w+)")?/gu)) {
        if (mode === 'External') continue;
        const resolved = target!.startsWith('/') ? target!.slice(1) : new URL(target!, `http://x/${base}`).pathname.slice(1);
        expect(parts, `${rels} → ${target}`).toContain(resolved);
      }
    }
  });

  it('writes no formula, and text starting with = + - @ stays text', async () => {
    const hostile = rawDataset();
    hostile.figures[0]!.label.en = '=HYPERLINK("http://evil","x")';
    hostile.figures[1]!.label.en = '@SUM(1)';
    const workbook = await readBack((await buildReport({ dataset: hostile, lang: 'en', exportedAt: EXPORTED_AT })).xlsx);
    const texts: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type, `${sheet.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
          texts.push(cell.text);
        }),
      ),
    );
    expect(texts.some((s) => s.includes('HYPERLINK'))).toBe(true);
    for (const s of texts) expect(s).not.toMatch(/^[=+@]/u);
  });

  it('lists every derived figure with its formula on the notes sheet', async () => {
    const workbook = await readBack((await reportFor('en')).xlsx);
    const notes = rowsOf(workbook.getWorksheet('Notes')!);
    expect(notes.map((r) => r[5])).toContain('fifth root of (391 ÷ 299.3) − 1');
  });
});
