import { SECTION_IDS, type SectionId } from '../../electron/common/vocabulary';
import { isLang, type Lang } from '../../electron/common/i18n/languages';

/** #/<page-id>, with the language from ?lang=…, else the last choice, else the article's own. */
export type PageId = SectionId | 'kiosk';
export type Route = { page: PageId; lang: Lang };

const LANG_KEY = 'lvyuan.lang';

function pageFromHash(hash: string): PageId {
  const id = hash.replace(/^#\/?/u, '').split(/[/?]/u)[0] ?? '';
  return id === 'kiosk' || (SECTION_IDS as readonly string[]).includes(id) ? (id as PageId) : 'overview';
}

function storedLang(): Lang | undefined {
  try {
    const value = localStorage.getItem(LANG_KEY);
    return isLang(value) ? value : undefined;
  } catch {
    return undefined; // storage can be disabled; the choice then lasts for the session
  }
}

export function currentRoute(): Route {
  const fromQuery = new URLSearchParams(window.location.search).get('lang');
  return { page: pageFromHash(window.location.hash), lang: isLang(fromQuery) ? fromQuery : (storedLang() ?? 'zh-Hant') };
}

/** Remembers the language and puts it in the address, without reloading the page. */
export function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // see storedLang
  }
  const url = new URL(window.location.href);
  url.searchParams.set('lang', lang);
  window.history.replaceState(null, '', url);
}

export function pageHref(page: PageId): string {
  return `#/${page}`;
}
