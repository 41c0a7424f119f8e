import { useEffect, useState } from 'react';
import type { Lang } from '../../electron/common/i18n/languages';
import { profile } from '../../electron/common/i18n/profiles';
import { settledCache } from './settled-cache';

/** The bundled subset (see fonts.css) with the language's glyphs. */
export function fontFamily(lang: Lang): string {
  return profile(lang).fontFamily;
}

// A font that failed to load is not waited for again: the text then shows in a fallback.
const fonts = settledCache((lang: Lang) => {
  const family = fontFamily(lang);
  return Promise.all([document.fonts.load(`400 16px "${family}"`, '綠园A1'), document.fonts.load(`700 16px "${family}"`, '綠园A1')]).then(
    () => undefined,
    () => undefined,
  );
});

/**
 * Resolves once both weights of the language's font are ready (or failed), so charts never draw with
 * a fallback while the font is coming. One load per language.
 */
export function loadFonts(lang: Lang): Promise<void> {
  return fonts.request(lang);
}

/** Whether loadFonts has finished for the language, loaded or not: nothing left to wait for. */
export function fontsSettled(lang: Lang): boolean {
  return fonts.has(lang);
}

/**
 * Loads the faces that hold `text`'s characters, both weights. The bundled subsets are split: the
 * report's own text in a small file loaded first, the rest of the common characters in a file the
 * browser fetches only for a page that uses them (fonts.css, unicode-range). A canvas does not wait
 * for such a fetch: it draws with a fallback, so whatever draws text on a canvas asks here first.
 */
export function loadFontsFor(lang: Lang, text: string): Promise<void> {
  const family = fontFamily(lang);
  const sample = [...new Set(text)].join('');
  return Promise.all([document.fonts.load(`400 16px "${family}"`, sample), document.fonts.load(`700 16px "${family}"`, sample)]).then(
    () => undefined,
    () => undefined,
  );
}

/** A number that grows each time the document finishes loading a font: canvases drawn before redraw with it. */
export function useFontLoads(): number {
  const [loads, setLoads] = useState(0);
  useEffect(() => {
    const onDone = () => setLoads((n) => n + 1);
    document.fonts.addEventListener('loadingdone', onDone);
    return () => document.fonts.removeEventListener('loadingdone', onDone);
  }, []);
  return loads;
}
