import type { Lang } from '../../electron/common/i18n/languages';
import { profile } from '../../electron/common/i18n/profiles';

/** The bundled subset (see fonts.css) with the language's glyphs. */
export function fontFamily(lang: Lang): string {
  return profile(lang).fontFamily;
}

const settled = new Set<Lang>();
const loading = new Map<Lang, Promise<void>>();

async function loadBothWeights(lang: Lang): Promise<void> {
  const family = fontFamily(lang);
  try {
    await Promise.all([document.fonts.load(`400 16px "${family}"`, '綠园A1'), document.fonts.load(`700 16px "${family}"`, '綠园A1')]);
  } finally {
    // A font that failed to load is not waited for again: the text then shows in a fallback.
    settled.add(lang);
  }
}

/**
 * Resolves once both weights of the language's font are ready, so charts never draw with a fallback.
 * One load per language: later calls get the same promise, resolved at once if it has settled.
 */
export function loadFonts(lang: Lang): Promise<void> {
  const known = loading.get(lang);
  if (known) return known;
  const load = loadBothWeights(lang);
  loading.set(lang, load);
  return load;
}

/** Whether loadFonts has finished for the language, loaded or not: nothing left to wait for. */
export function fontsSettled(lang: Lang): boolean {
  return settled.has(lang);
}
