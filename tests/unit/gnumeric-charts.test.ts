import { DOMParser } from '@xmldom/xmldom';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { t } from '../../electron/common/i18n/messages';
import { LANGS } from '../../electron/common/i18n/languages';
import { nativeChartModels, REPORTS, reportFor } from './report-helpers';

/**
 * The native charts as Gnumeric reads them (ssconvert to its own file format): each chart's title is
 * its own, nothing else. Gnumeric reads the text box of a chart's own drawing (the source line) into
 * nothing and keeps its text, which then opened the title of the next chart it read ("Source: …" over
 * "Yearly output growth"); the source line is therefore a group Gnumeric skips. readers.test.ts checks
 * that Gnumeric reads the workbook at all.
 */

const gnumeric = spawnSync('sh', ['-c', 'command -v ssconvert']).status === 0;
const work = mkdtempSync(join(tmpdir(), 'lvyuan-gnumeric-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A scalar of a Gnumeric chart as text: a quoted string constant, unquoted. */
const unquoted = (text: string): string => text.replace(/^"|"$/gu, '').replaceAll('""', '"');

/**
 * What a Gnumeric file's charts say: the title of each chart (a GogObject of role Title in one of
 * role Chart) and every text constant anywhere in a chart (titles, axis titles, series names).
 */
function chartTexts(gnumericXml: string): { titles: string[]; texts: string[] } {
  const doc = new DOMParser().parseFromString(gnumericXml, 'application/xml');
  const objects = Array.from(doc.getElementsByTagName('GogObject'));
  const titles = objects
    .filter((o) => o.getAttribute('role') === 'Title' && (o.parentNode as { getAttribute?: (n: string) => string | null }).getAttribute?.('role') === 'Chart')
    .map((o) => unquoted(Array.from(o.getElementsByTagName('dimension'))[0]?.textContent ?? ''));
  const texts = objects
    .filter((o) => o.getAttribute('type') === 'GogGraph')
    .flatMap((graph) => Array.from(graph.getElementsByTagName('dimension')).map((d) => d.textContent ?? ''))
    .filter((text) => text.startsWith('"'))
    .map(unquoted);
  return { titles, texts };
}

describe.skipIf(!gnumeric)('Gnumeric', () => {
  it.each(REPORTS.flatMap(({ name, dataset }) => LANGS.map((lang) => ({ name, dataset, lang }))))(
    '$name, $lang: titles each chart with its own title, the source line in no chart text',
    async ({ name, dataset, lang }) => {
      const xlsx = join(work, `${name}-${lang}.xlsx`);
      const out = join(work, `${name}-${lang}.gnumeric`);
      writeFileSync(xlsx, (await reportFor(lang, dataset)).xlsx);
      const run = spawnSync('ssconvert', ['--export-type=Gnumeric_XmlIO:sax', xlsx, out], { encoding: 'utf8', timeout: 45_000 });
      expect(run.status, run.stderr.slice(-2000)).toBe(0);
      const { titles, texts } = chartTexts(gunzipSync(readFileSync(out)).toString('utf8'));
      expect([...titles].sort()).toEqual(
        nativeChartModels(lang, dataset)
          .map((m) => m.title)
          .sort(),
      );
      expect(texts.length).toBeGreaterThanOrEqual(titles.length);
      const sourceWord = t(lang, 'report.chartSource', { citations: '' }).trim();
      for (const text of texts) expect(text, text).not.toContain(sourceWord);
    },
    60_000,
  );
});
