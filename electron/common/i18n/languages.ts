/** The three languages every label, UI string and export exists in. zh-Hant is the article's own. */
export const LANGS = ['zh-Hant', 'zh-Hans', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** A text given in every language. */
export type Localized = Record<Lang, string>;
