// npm run i18n: writes every zh-Hans text from its zh-Hant sibling with toMainland (scripts/zh-hans.mjs:
// OpenCC 'twp' → 'cn', a reviewed list of overrides, mainland quotes), so that no zh-Hans text is
// converted by hand. It writes messages.zh-Hans.json from messages.zh-Hant.json, and the "zh-Hans" of
// every object in the dataset that has a "zh-Hant" text. It reads only the zh-Hant, so running it again
// changes nothing. Unit tests check both files against the same converter.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { localizedTexts, toMainland } from './zh-hans.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const i18nDir = join(root, 'electron', 'common', 'i18n');
const datasetPath = join(root, 'resources', 'dataset', 'lvyuan-2025.json');

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const writeJson = (path, value) => writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);

const source = readJson(join(i18nDir, 'messages.zh-Hant.json'));
const messages = Object.fromEntries(Object.entries(source).map(([key, text]) => [key, toMainland(text)]));
writeJson(join(i18nDir, 'messages.zh-Hans.json'), messages);

// Each localized object gets its zh-Hans rewritten in place, or added just after its zh-Hant when
// missing, so the key order (zh-Hant, zh-Hans, en) stays as written.
const dataset = readJson(datasetPath);
const texts = localizedTexts(dataset);
for (const { text } of texts) {
  const ordered = Object.fromEntries(
    Object.entries(text).flatMap(([key, value]) => {
      if (key === 'zh-Hans') return [];
      return key === 'zh-Hant'
        ? [
            [key, value],
            ['zh-Hans', toMainland(value)],
          ]
        : [[key, value]];
    }),
  );
  for (const key of Object.keys(text)) Reflect.deleteProperty(text, key);
  Object.assign(text, ordered);
}
writeJson(datasetPath, dataset);

console.log(`i18n: ${Object.keys(messages).length} zh-Hans messages and ${texts.length} zh-Hans dataset texts written`);
