import { describe, expect, it } from 'vitest';
import { chartsOnPage } from '../../electron/common/charts/registry';
import { chartHref, correctForReport, documentTitle, FIRST_SECTION, isSectionPage, pageHref, readAddress, sectionOf } from '../../renderer/src/route';
import { rawDataset } from './helpers';

/** The bundled report: which sections and charts exist is its to say. */
const report = rawDataset();
const { sections } = report;
const sectionIds = sections.map((s) => s.id);
const first = sectionIds[0]!;

const at = (hash: string, search = '') => readAddress({ search, hash });
/** The hash App puts once the report has come, for the route an address is read as. */
const corrected = (hash: string, search = '') => correctForReport(at(hash, search).route, report);

describe('reading an address', () => {
  it('reads every section of the report, the kiosk and the print view, in the language of ?lang=', () => {
    expect(sectionIds).toEqual(['overview', 'pillar', 'emerging', 'innovation', 'policy', 'green', 'targets']);
    for (const page of [...sectionIds, 'kiosk', 'print']) {
      expect(at(`#/${page}`, '?lang=en')).toEqual({ route: { page, chart: undefined, lang: 'en' } });
      expect(correctForReport(at(`#/${page}`).route, report), page).toBeUndefined();
    }
  });

  it('reads every chart on its own page, with the query before the hash as today', () => {
    expect(report.charts.length).toBeGreaterThan(0);
    for (const chart of report.charts) {
      expect(at(chartHref(chart.section, chart.id), '?lang=zh-Hans')).toEqual({ route: { page: chart.section, chart: chart.id, lang: 'zh-Hans' } });
      expect(corrected(chartHref(chart.section, chart.id)), chart.id).toBeUndefined();
    }
    expect(at('#/innovation/srdi-tiers', '?lang=en&interval=5').route).toEqual({ page: 'innovation', chart: 'srdi-tiers', lang: 'en' });
  });

  it('opens on the report’s first section with no hash, and leaves that address alone', () => {
    for (const hash of ['', '#', '#/']) {
      expect(at(hash)).toEqual({ route: { page: FIRST_SECTION, chart: undefined, lang: 'zh-Hant' } });
      expect(corrected(hash)).toBeUndefined();
    }
    expect(sectionOf(FIRST_SECTION, report)).toBe('overview');
    expect(sectionOf('innovation', report)).toBe('innovation');
    // Another report's first section, not a fixed one.
    expect(sectionOf(FIRST_SECTION, { sections: [sections[3]!, sections[0]!] })).toBe('innovation');
  });

  it('takes the language from ?lang=, else the remembered one, else the article’s', () => {
    expect(readAddress({ search: '?lang=en', hash: '#/overview' }, 'zh-Hans').route.lang).toBe('en');
    expect(readAddress({ search: '?lang=fr', hash: '#/overview' }, 'zh-Hans').route.lang).toBe('zh-Hans');
    expect(readAddress({ search: '', hash: '#/overview' }).route.lang).toBe('zh-Hant');
  });

  it('sends a malformed address to the first section, with no hash', () => {
    for (const hash of ['#/Overview', '#//overview', '#/nope!', '#/-x']) {
      expect(at(hash, '?lang=en'), hash).toEqual({ route: { page: FIRST_SECTION, chart: undefined, lang: 'en' }, fixed: { search: '?lang=en', hash: '' } });
      expect(corrected(hash, '?lang=en'), hash).toBeUndefined();
    }
  });

  it('sends a section the report does not have to its first section, once the report has come', () => {
    // Before the report is known, a well-formed page is read as asked: it may be one of the report's.
    expect(at('#/nope', '?lang=en')).toEqual({ route: { page: 'nope', chart: undefined, lang: 'en' } });
    expect(at('#nope', '?lang=en')).toEqual({ route: { page: 'nope', chart: undefined, lang: 'en' }, fixed: { search: '?lang=en', hash: '#/nope' } });
    for (const hash of ['#/nope', '#/nope/srdi-tiers', '#nope', '#/nope/x/y']) {
      expect(corrected(hash, '?lang=en'), hash).toBe(`#/${first}`);
    }
    // Another report's sections decide: its first, and a page it has.
    const other = {
      sections: [
        { ...sections[1]!, id: 'industry' },
        { ...sections[0]!, id: 'nope' },
      ],
      charts: [],
    };
    expect(correctForReport(at('#/overview').route, other)).toBe('#/industry');
    expect(correctForReport(at('#/nope').route, other)).toBeUndefined();
  });

  it('shows the page of an unknown chart, or of a chart on another page, and corrects the address to the page', () => {
    const fixedTo = (page: string) => ({ search: '?lang=en', hash: `#/${page}` });
    expect(at('#/overview/nope/x', '?lang=en')).toEqual({ route: { page: 'overview', chart: undefined, lang: 'en' }, fixed: fixedTo('overview') });
    expect(at('#/innovation/srdi-tiers/more', '?lang=en').fixed).toEqual(fixedTo('innovation'));
    expect(at('#/innovation/', '?lang=en').fixed).toEqual(fixedTo('innovation'));
    expect(at('#innovation', '?lang=en').fixed).toEqual(fixedTo('innovation'));
    expect(at('#/kiosk/srdi-tiers', '?lang=en')).toEqual({ route: { page: 'kiosk', chart: undefined, lang: 'en' }, fixed: fixedTo('kiosk') });
    expect(at('#/print/srdi-tiers', '?lang=en').fixed).toEqual(fixedTo('print'));
    // Which charts a page has is the report's: corrected once it has come.
    expect(at('#/innovation/nope', '?lang=en')).toEqual({ route: { page: 'innovation', chart: 'nope', lang: 'en' } });
    expect(corrected('#/innovation/nope')).toBe('#/innovation');
    expect(corrected('#/overview/srdi-tiers')).toBe('#/overview');
    expect(corrected('#/innovation/srdi-tiers')).toBeUndefined();
  });

  it('keeps the query exactly as it was when only the hash is corrected', () => {
    expect(at('#/Nope', '?interval=0.5&lang=en').fixed).toEqual({ search: '?interval=0.5&lang=en', hash: '' });
    expect(at('#nope', '?interval=0.5&lang=en').fixed).toEqual({ search: '?interval=0.5&lang=en', hash: '#/nope' });
    expect(at('#/Nope').fixed).toEqual({ search: '', hash: '' });
    // The report's correction is a hash alone: the query is not the report's to change.
    expect(corrected('#/nope', '?interval=0.5&lang=en')).toBe(`#/${first}`);
  });

  it('moves a query written after the hash to its place before it', () => {
    expect(at('#/innovation/srdi-tiers?lang=en')).toEqual({
      route: { page: 'innovation', chart: 'srdi-tiers', lang: 'en' },
      fixed: { search: '?lang=en', hash: '#/innovation/srdi-tiers' },
    });
    // The one after the hash is the more specific: it wins.
    expect(at('#/kiosk?lang=en&interval=5', '?lang=zh-Hans')).toEqual({
      route: { page: 'kiosk', chart: undefined, lang: 'en' },
      fixed: { search: '?lang=en&interval=5', hash: '#/kiosk' },
    });
    expect(at('#?lang=en').fixed).toEqual({ search: '?lang=en', hash: '' });
  });

  it('writes addresses that it reads back unchanged', () => {
    for (const page of sectionIds) {
      expect(at(pageHref(page)).fixed).toBeUndefined();
      expect(corrected(pageHref(page))).toBeUndefined();
      const charts = chartsOnPage(report, page);
      expect(charts.length, page).toBeGreaterThan(0);
      for (const chart of charts) {
        expect(at(chartHref(page, chart.id)).fixed).toBeUndefined();
        expect(corrected(chartHref(page, chart.id))).toBeUndefined();
      }
    }
  });

  it('tells a section of the report from the app’s own pages', () => {
    for (const page of [...sectionIds, FIRST_SECTION]) expect(isSectionPage(page), page).toBe(true);
    for (const page of ['kiosk', 'print']) expect(isSectionPage(page), page).toBe(false);
  });
});

describe('the document title', () => {
  it('names the page, then the app, then the app in the other script', () => {
    expect(documentTitle('innovation', 'zh-Hant', sections)).toBe('科技創新 · 綠園統計報告 · Lüyuan Report');
    expect(documentTitle('innovation', 'zh-Hans', sections)).toBe('科技创新 · 绿园统计报告 · Lüyuan Report');
    expect(documentTitle('innovation', 'en', sections)).toBe('Innovation · Lüyuan Report · 綠園統計報告');
    expect(documentTitle(FIRST_SECTION, 'en', sections)).toBe(`${sections[0]!.title.en} · Lüyuan Report · 綠園統計報告`);
  });

  it('names the presentation in the kiosk', () => {
    expect(documentTitle('kiosk', 'zh-Hant', sections)).toBe('簡報 · 綠園統計報告 · Lüyuan Report');
    expect(documentTitle('kiosk', 'en')).toBe('Presentation · Lüyuan Report · 綠園統計報告');
  });

  it('names the app alone before the dataset has loaded', () => {
    expect(documentTitle('overview', 'en')).toBe('Lüyuan Report · 綠園統計報告');
  });
});
