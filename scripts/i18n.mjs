// npm run i18n: writes messages.zh-Hans.json as OpenCC's conversion of messages.zh-Hant.json,
// so that no Simplified character is converted by hand. A unit test checks the result.
import * as OpenCC from 'opencc-js';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const dir = join(dirname(dirname(fileURLToPath(import.meta.url))), 'electron', 'common', 'i18n');
const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
const source = JSON.parse(readFileSync(join(dir, 'messages.zh-Hant.json'), 'utf8'));
const converted = Object.fromEntries(Object.entries(source).map(([key, text]) => [key, toSimplified(text)]));
writeFileSync(join(dir, 'messages.zh-Hans.json'), `${JSON.stringify(converted, null, 2)}\n`);
console.log(`i18n: ${Object.keys(converted).length} zh-Hans messages written`);
