import { describe, expect, it } from 'vitest';
import { CHARTS, chartsOnPage } from '../../electron/common/charts/registry';
import { SECTION_IDS } from '../../electron/common/vocabulary';
import { chartHref, documentTitle, pageHref, readAddress } from '../../renderer/src/route';
import { rawDataset } from './helpers';

const { sections } = rawDataset();

const at = (hash: string, search = '') => readAddress({ search, hash });

describe('reading an address', () => {
  it('reads every page and the kiosk, in the language of ?lang=', () => {
    for (const page of [...SECTION_IDS, 'kiosk'] as const) {
      expect(at(`#/${page}`, '?lang=en')).toEqual({ route: { page, chart: undefined, lang: 'en' } });
    }
  });

  it('reads every chart on its own page, with the query before the hash as today', () => {
    for (const chart of CHARTS) {
      expect(at(chartHref(chart.page, chart.id), '?lang=zh-Hans')).toEqual({ route: { page: chart.page, chart: chart.id, lang: 'zh-Hans' } });
    }
    expect(at('#/innovation/srdi-tiers', '?lang=en&interval=5').route).toEqual({ page: 'innovation', chart: 'srdi-tiers', lang: 'en' });
  });

  it('opens on the overview with no hash, and leaves that address alone', () => {
    for (const hash of ['', '#', '#/']) expect(at(hash)).toEqual({ route: { page: 'overview', chart: undefined, lang: 'zh-Hant' } });
  });

  it('takes the language from ?lang=, else the remembered one, else the article’s', () => {
    expect(readAddress({ search: '?lang=en', hash: '#/overview' }, 'zh-Hans').route.lang).toBe('en');
    expect(readAddress({ search: '?lang=fr', hash: '#/overview' }, 'zh-Hans').route.lang).toBe('zh-Hans');
    expect(readAddress({ search: '', hash: '#/overview' }).route.lang).toBe('zh-Hant');
  });

  it('sends an unknown page to the overview and corrects the address', () => {
    for (const hash of ['#/nope', '#/nope/srdi-tiers', '#nope', '#/Overview', '#//overview']) {
      expect(at(hash, '?lang=en'), hash).toEqual({ route: { page: 'overview', chart: undefined, lang: 'en' }, fixed: { search: '?lang=en', hash: '#/overview' } });
    }
  });

  it('shows the page of an unknown chart, or of a chart on another page, and corrects the address to the page', () => {
    const fixedTo = (page: string) => ({ search: '?lang=en', hash: `#/${page}` });
    expect(at('#/overview/nope/x', '?lang=en')).toEqual({ route: { page: 'overview', chart: undefined, lang: 'en' }, fixed: fixedTo('overview') });
    expect(at('#/innovation/nope', '?lang=en')).toEqual({ route: { page: 'innovation', chart: undefined, lang: 'en' }, fixed: fixedTo('innovation') });
    expect(at('#/overview/srdi-tiers', '?lang=en').fixed).toEqual(fixedTo('overview'));
    expect(at('#/innovation/srdi-tiers/more', '?lang=en').fixed).toEqual(fixedTo('innovation'));
    expect(at('#/innovation/', '?lang=en').fixed).toEqual(fixedTo('innovation'));
    expect(at('#innovation', '?lang=en').fixed).toEqual(fixedTo('innovation'));
    expect(at('#/kiosk/srdi-tiers', '?lang=en')).toEqual({ route: { page: 'kiosk', chart: undefined, lang: 'en' }, fixed: fixedTo('kiosk') });
  });

  it('keeps the query exactly as it was when only the hash is corrected', () => {
    expect(at('#/nope', '?interval=0.5&lang=en').fixed).toEqual({ search: '?interval=0.5&lang=en', hash: '#/overview' });
    expect(at('#/nope').fixed).toEqual({ search: '', hash: '#/overview' });
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
    for (const page of SECTION_IDS) {
      expect(at(pageHref(page)).fixed).toBeUndefined();
      for (const chart of chartsOnPage(page)) expect(at(chartHref(page, chart.id)).fixed).toBeUndefined();
    }
  });
});

describe('the document title', () => {
  it('names the page, then the app, then the app in the other script', () => {
    expect(documentTitle('innovation', 'zh-Hant', sections)).toBe('科技創新 · 綠園統計報告 · Lüyuan Report');
    expect(documentTitle('innovation', 'zh-Hans', sections)).toBe('科技创新 · 绿园统计报告 · Lüyuan Report');
    expect(documentTitle('innovation', 'en', sections)).toBe('Innovation · Lüyuan Report · 綠園統計報告');
  });

  it('names the presentation in the kiosk', () => {
    expect(documentTitle('kiosk', 'zh-Hant', sections)).toBe('簡報 · 綠園統計報告 · Lüyuan Report');
    expect(documentTitle('kiosk', 'en')).toBe('Presentation · Lüyuan Report · 綠園統計報告');
  });

  it('names the app alone before the dataset has loaded', () => {
    expect(documentTitle('overview', 'en')).toBe('Lüyuan Report · 綠園統計報告');
  });
});
