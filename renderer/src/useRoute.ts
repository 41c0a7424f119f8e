import { useCallback, useEffect, useState } from 'react';
import type { Lang } from '../../electron/common/i18n/languages';
import { currentRoute, rememberLang, type Route } from './route';

export function useRoute(): [Route, (lang: Lang) => void] {
  const [route, setRoute] = useState<Route>(currentRoute);
  useEffect(() => {
    const update = () => setRoute(currentRoute());
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
  return [route, setLang];
}
