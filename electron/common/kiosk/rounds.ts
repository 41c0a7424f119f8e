import { LANGS, type Lang } from '../i18n/languages';
import type { KioskSettings } from './settings';

/**
 * The language of a round of slides: the setting; with "cycle", the viewer's language first and the
 * next one each round; with none, the viewer's. Kept apart from settings.ts so the renderer does
 * not bundle zod.
 */
export function langOfRound(setting: KioskSettings['lang'], viewerLang: Lang, round: number): Lang {
  if (setting === 'cycle') return LANGS[(LANGS.indexOf(viewerLang) + round) % LANGS.length] ?? viewerLang;
  return setting ?? viewerLang;
}
