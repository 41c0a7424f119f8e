import en from './messages.en.json' with { type: 'json' };
import zhHans from './messages.zh-Hans.json' with { type: 'json' };
import zhHant from './messages.zh-Hant.json' with { type: 'json' };
import type { Lang } from './languages';

/** Every UI and chart string. zh-Hans is generated from zh-Hant by `npm run i18n` (scripts/zh-hans.mjs: mainland usage). */
export type MessageKey = keyof typeof zhHant;

const CATALOGS: Record<Lang, Record<MessageKey, string>> = { 'zh-Hant': zhHant, 'zh-Hans': zhHans, en };

export type Params = Readonly<Record<string, string | number>>;

/** The message in `lang`, with {name} placeholders filled from params. */
export function t(lang: Lang, key: MessageKey, params: Params = {}): string {
  return CATALOGS[lang][key].replace(/\{(\w+)\}/gu, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** For keys built from data (a unit or qualifier name); undefined where the catalog has none. */
export function tMaybe(lang: Lang, key: string, params: Params = {}): string | undefined {
  return key in CATALOGS[lang] ? t(lang, key as MessageKey, params) : undefined;
}

export function catalog(lang: Lang): Readonly<Record<MessageKey, string>> {
  return CATALOGS[lang];
}
