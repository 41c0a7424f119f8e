import type { Dataset, Section } from '../../electron/common/dataset';
import { isLang, type Lang } from '../../electron/common/i18n/languages';
import { t } from '../../electron/common/i18n/messages';

/**
 * Addresses, without the DOM (useRoute.ts reads and corrects the window's address):
 *   ?lang=en#/<page>             a page: a section of the report, the kiosk, or the print view
 *   ?lang=en#/<page>/<chart-id>  a page with one of its charts brought into view and focused
 * The language is the query before the hash; one written after it (#/innovation?lang=en) is moved
 * there. Without ?lang=, the last choice, else the article's own. Which sections and charts exist
 * is the report's to say: an address is read before the report has come, and corrected once it has
 * (correctForReport).
 */
/** A section's id, FIRST_SECTION for the report's first (an address without a page), 'kiosk' or 'print'. */
export type PageId = string;

/** The page an address without one shows: the report's first section. */
export const FIRST_SECTION = '';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** Pages that are not a section of the dataset, and so have no charts of their own to address. */
const OWN_PAGES: readonly string[] = ['kiosk', 'print'];
export type Route = { page: PageId; chart?: string | undefined; lang: Lang };

/** The two parts of an address that a route is read from, as in window.location. */
export type Address = { search: string; hash: string };

export type ReadAddress = {
  route: Route;
  /**
   * Where the address should be instead (put there with history.replaceState, so Back never returns
   * to it): a page or chart that does not exist, or a query after the hash. Undefined when it is fine.
   */
  fixed?: Address;
};

/** Whether a page is a section of the report (or its first), with charts of its own. */
export function isSectionPage(id: PageId): boolean {
  return !OWN_PAGES.includes(id);
}

/** The page and chart a hash path names, and the path it should have. */
function target(path: string): { page: PageId; chart?: string; path: string } {
  // No hash (or just "#/") is the first section, as the app opens; it is not an error to correct.
  if (path === '' || path === '/') return { page: FIRST_SECTION, path };
  const [first = '', ...rest] = path.replace(/^\//u, '').split('/');
  if (!ID.test(first)) return { page: FIRST_SECTION, path: '' };
  const [chart, ...more] = rest;
  const named = chart !== undefined && ID.test(chart) && !OWN_PAGES.includes(first) && more.length === 0;
  return named ? { page: first, chart, path: `/${first}/${chart}` } : { page: first, path: `/${first}` };
}

/**
 * Where the address should be once the report has come: a section it does not have goes to its first
 * section (#/<first>), a chart not on the page to the page. Undefined when the route exists.
 */
export function correctForReport(route: Route, report: Pick<Dataset, 'sections' | 'charts'>): string | undefined {
  if (!isSectionPage(route.page) || route.page === FIRST_SECTION) return undefined;
  const first = report.sections[0]?.id ?? '';
  if (!report.sections.some((s) => s.id === route.page)) return `#/${first}`;
  if (route.chart !== undefined && !report.charts.some((c) => c.id === route.chart && c.section === route.page)) return `#/${route.page}`;
  return undefined;
}

/** The section a page shows: itself, or the report's first for an address without one. */
export function sectionOf(page: PageId, report: Pick<Dataset, 'sections'>): string {
  return page === FIRST_SECTION ? (report.sections[0]?.id ?? '') : page;
}

function withQuestionMark(query: string): string {
  return query === '' ? '' : `?${query}`;
}

/** The route an address asks for, and the address to put in its place when it asks for what does not exist. */
export function readAddress(address: Address, remembered?: Lang): ReadAddress {
  const raw = address.hash.replace(/^#/u, '');
  const queryAt = raw.indexOf('?');
  const path = queryAt < 0 ? raw : raw.slice(0, queryAt);
  const hashQuery = queryAt < 0 ? '' : raw.slice(queryAt + 1);
  const params = new URLSearchParams(address.search);
  for (const [name, value] of new URLSearchParams(hashQuery)) params.set(name, value);
  const asked = params.get('lang');
  const found = target(path);
  const route: Route = { page: found.page, chart: found.chart, lang: isLang(asked) ? asked : (remembered ?? 'zh-Hant') };
  if (found.path === path && queryAt < 0) return { route };
  // The query is rewritten only when the hash carried one; otherwise it stays exactly as it was.
  const search = queryAt < 0 ? address.search : withQuestionMark(params.toString());
  return { route, fixed: { search, hash: found.path === '' ? '' : `#${found.path}` } };
}

export function pageHref(page: PageId): string {
  return `#/${page}`;
}

/** The address of one chart: its page, scrolled to the chart, with the chart's card focused. */
export function chartHref(page: string, chart: string): string {
  return `#/${page}/${chart}`;
}

/** "科技創新 · 綠園統計報告 · Lüyuan Report": the page (or the presentation), the app, the app in the other script. */
export function documentTitle(page: PageId | undefined, lang: Lang, sections: readonly Section[] = []): string {
  const pageLabel =
    page === 'kiosk'
      ? t(lang, 'kiosk.label')
      : page === 'print'
        ? t(lang, 'print.title')
        : (sections.find((s) => s.id === page)?.title[lang] ?? sections[0]?.title[lang]);
  return [pageLabel, t(lang, 'app.title'), t(lang, 'app.otherTitle')].filter((part) => part !== undefined && part !== '').join(' · ');
}
