/** The words where OpenCC's Taiwan → mainland conversion is overridden: [zh-Hant, mainland zh-Hans]. */
export const OVERRIDES: readonly (readonly [hant: string, hans: string])[];
/** Taiwan/Hong Kong wording that mainland zh-Hans text never holds outside a verbatim quote of the article. */
export const TAIWAN_WORDS: readonly string[];
/** One zh-Hant (Taiwan-style) text in mainland zh-Hans: OpenCC 'twp' → 'cn', the overrides, mainland quotes. */
export function toMainland(text: string): string;
/** Every object in a JSON value that holds a text per language (it has a "zh-Hant" string), with its path. */
export function localizedTexts(value: unknown, path?: string): { path: string; text: Record<string, string> }[];
