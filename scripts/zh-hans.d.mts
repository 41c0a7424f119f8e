/** The words where OpenCC's Taiwan → mainland conversion is overridden: [zh-Hant, mainland zh-Hans]. */
export const OVERRIDES: readonly (readonly [hant: string, hans: string])[];
/** One zh-Hant (Taiwan-style) text in mainland zh-Hans: OpenCC 'twp' → 'cn', the overrides, mainland quotes. */
export function toMainland(text: string): string;
/** Every object in a JSON value that holds a text per language (it has a "zh-Hant" string), with its path. */
export function localizedTexts(value: unknown, path?: string): { path: string; text: Record<string, string> }[];
