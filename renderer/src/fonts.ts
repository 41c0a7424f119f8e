import type { Lang } from '../../electron/common/i18n/languages';

/** The bundled subsets (see fonts.css): Traditional glyphs for zh-Hant and English, Simplified for zh-Hans. */
export function fontFamily(lang: Lang): string {
  return lang === 'zh-Hans' ? 'Lvyuan Sans SC' : 'Lvyuan Sans TC';
}

/** Resolves once both weights of the language's font are ready, so charts never draw with a fallback. */
export async function loadFonts(lang: Lang): Promise<void> {
  const family = fontFamily(lang);
  await Promise.all([document.fonts.load(`400 16px "${family}"`, '綠园A1'), document.fonts.load(`700 16px "${family}"`, '綠园A1')]);
}
