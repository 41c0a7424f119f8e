import { useCallback, useEffect, useState } from 'react';
import { isLang, type Lang } from '../../electron/common/i18n/languages';
import { readAddress, type Route } from './route';

const LANG_KEY = 'lvyuan.lang';

function storedLang(): Lang | undefined {
  try {
    const value = localStorage.getItem(LANG_KEY);
    return isLang(value) ? value : undefined;
  } catch {
    return undefined; // storage can be disabled; the choice then lasts for the session
  }
}

/**
 * The route of the window's address. An address that names a page or chart that does not exist is
 * corrected in place (replaceState: Back never returns to it, and no hashchange follows).
 */
export function currentRoute(): Route {
  const { route, fixed } = readAddress(window.location, storedLang());
  if (fixed) {
    const url = new URL(window.location.href);
    url.search = fixed.search;
    url.hash = fixed.hash;
    window.history.replaceState(window.history.state, '', url);
  }
  return route;
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
  window.history.replaceState(window.history.state, '', url);
}

/** Puts `hash` in the address in place of the current one (Back never returns to it), and reads the route again. */
function replaceHash(hash: string): void {
  const url = new URL(window.location.href);
  url.hash = hash;
  window.history.replaceState(window.history.state, '', url);
}

export function useRoute(): [Route, (lang: Lang) => void, (hash: string) => void] {
  const [route, setRoute] = useState<Route>(currentRoute);
  useEffect(() => {
    // A fragment navigation fires both events: the second finds the same route and renders nothing.
    const update = () => {
      const next = currentRoute();
      setRoute((now) => (now.page === next.page && now.chart === next.chart && now.lang === next.lang ? now : next));
    };
    window.addEventListener('hashchange', update);
    window.addEventListener('popstate', update);
    return () => {
      window.removeEventListener('hashchange', update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  const setLang = useCallback((lang: Lang) => {
    rememberLang(lang);
    setRoute(currentRoute());
  }, []);
  const correct = useCallback((hash: string) => {
    replaceHash(hash);
    setRoute(currentRoute());
  }, []);
  return [route, setLang, correct];
}
