import { DOMParser } from '@xmldom/xmldom';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../electron/common/i18n/languages';
import { ROOT } from './helpers';
import { REPORTS, reportFor, text, unzip } from './report-helpers';

/**
 * Every XML part of the workbook against the ECMA-376 transitional schemas (tests/fixtures/ecma-376, see
 * its README), with xmllint from libxml2-utils. Excel refuses or "repairs" a part that breaks them, and
 * LibreOffice, which the other tests open the workbook in, forgives most of what Excel does not.
 */

/** Is a command on PATH? CI installs libxml2-utils; a bare dev machine may not have it. */
function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

const XSD = join(ROOT, 'tests', 'fixtures', 'ecma-376');

type Kind = { name: string; xsd: string; root: { ns: string; local: string } };

const SML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const CHART = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const sml = (name: string, local: string): Kind => ({ name, xsd: 'sml.xsd', root: { ns: SML, local } });

/**
 * The parts this test validates, by content type ([Content_Types].xml), with the schema that declares
 * their root. Content types, not paths: Excel keeps a chart's shapes (c:userShapes) in xl/drawings/ beside
 * the sheets' xdr:wsDr drawings. The root of a chart's drawing, c:userShapes (of type cdr:CT_Drawing), is
 * declared in dml-chart.xsd, which dml-chartDrawing.xsd reaches through dml-main.xsd: it declares no root
 * of its own. sml.xsd declares every SpreadsheetML root (worksheet, workbook, styleSheet, sst, table, …),
 * so the root element is checked here as well: xmllint accepts any root its schema declares.
 */
const KINDS: Record<string, Kind> = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml': sml('workbook', 'workbook'),
  'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml': sml('worksheet', 'worksheet'),
  'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml': sml('styles', 'styleSheet'),
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml': sml('shared strings', 'sst'),
  'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml': sml('table', 'table'),
  'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml': sml('comments', 'comments'),
  'application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml': sml('calculation chain', 'calcChain'),
  'application/vnd.openxmlformats-officedocument.drawingml.chart+xml': { name: 'chart', xsd: 'dml-chart.xsd', root: { ns: CHART, local: 'chartSpace' } },
  'application/vnd.openxmlformats-officedocument.drawingml.chartshapes+xml': {
    name: 'chart drawing',
    xsd: 'dml-chartDrawing.xsd',
    root: { ns: CHART, local: 'userShapes' },
  },
  'application/vnd.openxmlformats-officedocument.drawing+xml': {
    name: 'drawing',
    xsd: 'dml-spreadsheetDrawing.xsd',
    root: { ns: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing', local: 'wsDr' },
  },
  'application/vnd.openxmlformats-officedocument.theme+xml': {
    name: 'theme',
    xsd: 'dml-main.xsd',
    root: { ns: 'http://schemas.openxmlformats.org/drawingml/2006/main', local: 'theme' },
  },
  'application/vnd.openxmlformats-officedocument.extended-properties+xml': {
    name: 'extended properties',
    xsd: 'shared-documentPropertiesExtended.xsd',
    root: { ns: 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties', local: 'Properties' },
  },
};

/**
 * XML parts with no schema in the folder: the package's own parts (ECMA-376 Part 2, Open Packaging
 * Conventions, whose schemas are not among these). Anything else the workbook gains fails the last test
 * below until it gets a schema here.
 */
const UNCHECKED = new Set(['application/vnd.openxmlformats-package.core-properties+xml', 'application/vnd.openxmlformats-package.relationships+xml']);

/** What every language's workbook must have validated at least once (a test that checks nothing passes too easily). */
const REQUIRED = ['workbook', 'worksheet', 'styles', 'shared strings', 'chart', 'drawing', 'extended properties'];

/** Prefixes for the namespaces in xmllint's messages, which spell every name as {uri}local. */
const PREFIXES: Record<string, string> = {
  [SML]: 'x',
  [CHART]: 'c',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing': 'xdr',
  'http://schemas.openxmlformats.org/drawingml/2006/chartDrawing': 'cdr',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties': 'ep',
  'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes': 'vt',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac': 'x14ac',
  'http://schemas.microsoft.com/office/drawing/2012/chart': 'c15',
};

/**
 * The schemas' README: markup-compatibility extensions, which XSD 1.0 cannot express, come off before
 * validating: mc:Ignorable="…" and every x14ac:* attribute. Only in start tags (text never holds a raw '<').
 */
function dropCompatibilityAttributes(xml: string): string {
  return xml.replace(/<(?![!?/])(?:[^>"']|"[^"]*"|'[^']*')*>/gu, (tag) => tag.replace(/\s+(?:mc:Ignorable|x14ac:[\w.-]+)\s*=\s*(?:"[^"]*"|'[^']*')/gu, ''));
}

function abbreviate(line: string): string {
  return line.replace(/\{([^}]+)\}/gu, (whole, uri: string) => (PREFIXES[uri] === undefined ? whole : `${PREFIXES[uri]}:`));
}

type Part = { lang: string; path: string; kind: Kind; file: string; root: string };
type Verdict = { valid: boolean; errors: string[] };

const tools = has('xmllint');
/** A workbook's key: the report and the language ("bundled-en"). */
const keyOf = (report: string, lang: Lang) => `${report}-${lang}`;
const work = mkdtempSync(join(tmpdir(), 'lvyuan-xsd-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const parts: Part[] = [];
const unknown = new Map<string, string[]>();
const verdicts = new Map<string, Verdict>();

/** The content type of every part in the package: Override by part name, else Default by extension. */
function contentTypes(xml: string): (path: string) => string | undefined {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const overrides = new Map<string, string>();
  const defaults = new Map<string, string>();
  for (const o of Array.from(doc.getElementsByTagName('Override')))
    overrides.set((o.getAttribute('PartName') ?? '').replace(/^\//u, ''), o.getAttribute('ContentType') ?? '');
  for (const d of Array.from(doc.getElementsByTagName('Default')))
    defaults.set((d.getAttribute('Extension') ?? '').toLowerCase(), d.getAttribute('ContentType') ?? '');
  return (path) => overrides.get(path) ?? defaults.get(path.split('.').pop()?.toLowerCase() ?? '');
}

function rootOf(xml: string): string {
  const root = new DOMParser().parseFromString(xml, 'text/xml').documentElement;
  return root ? `{${root.namespaceURI ?? ''}}${root.localName}` : '(no root element)';
}

/** One xmllint run per schema for all languages: compiling sml.xsd or dml-main.xsd is most of the cost. */
function validate(xsd: string, files: string[]): void {
  const run = spawnSync('xmllint', ['--noout', '--schema', join(XSD, xsd), ...files], {
    cwd: work,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw new Error(`xmllint --schema ${xsd} did not run: ${run.error.message}`);
  // 5: the schema itself did not compile (a broken or missing import); nothing was validated.
  if (run.status === 5 || run.signal !== null)
    throw new Error(`xmllint --schema ${xsd} failed (status ${run.status}, signal ${run.signal}):\n${run.stderr.slice(0, 4000)}`);
  let current: string | undefined;
  for (const line of run.stderr.split('\n')) {
    const file = files.find((f) => line.startsWith(`${f}:`) || line === `${f} validates` || line === `${f} fails to validate`);
    if (file !== undefined) current = file;
    if (current === undefined || line.trim() === '') continue;
    const verdict = verdicts.get(current) ?? { valid: false, errors: [] };
    verdicts.set(current, verdict);
    if (line === `${current} validates`) verdict.valid = true;
    else if (line !== `${current} fails to validate`)
      verdict.errors.push(
        abbreviate(line.startsWith(`${current}:`) ? line.slice(current.length + 1) : `  ${line}`).replace(/element [^:]+: Schemas validity error : /u, ''),
      );
  }
}

/** xmllint's errors for one part, each distinct message once (with its count), trimmed for an assertion message. */
function summary(errors: string[]): string[] {
  const counts = new Map<string, { first: string; n: number }>();
  for (const e of errors) {
    const key = e.replace(/^\d+: /u, '');
    const seen = counts.get(key);
    if (seen) seen.n += 1;
    else counts.set(key, { first: e, n: 1 });
  }
  const lines = [...counts.values()].map(({ first, n }) => {
    const line = `${/^\d+: /u.test(first) ? `line ${first}` : first}${n > 1 ? ` (×${n})` : ''}`;
    return line.length > 320 ? `${line.slice(0, 317)}…` : line;
  });
  return lines.length > 10 ? [...lines.slice(0, 10), `… and ${lines.length - 10} more distinct errors`] : lines;
}

describe.skipIf(!tools)('the workbook against the ECMA-376 schemas (xmllint --schema)', () => {
  beforeAll(async () => {
    for (const { name, dataset } of REPORTS)
      for (const lang of LANGS) {
        const key = keyOf(name, lang);
        const zip = await unzip((await reportFor(lang, dataset)).xlsx);
        const typeOf = contentTypes(await text(zip, '[Content_Types].xml'));
        const missed: string[] = [];
        for (const path of Object.keys(zip.files).sort()) {
          if (zip.files[path]?.dir === true || path === '[Content_Types].xml') continue;
          const type = typeOf(path) ?? '(no content type)';
          const kind = KINDS[type];
          if (!kind) {
            if (!UNCHECKED.has(type)) missed.push(`${path} (${type})`);
            continue;
          }
          const xml = await text(zip, path);
          const file = `${key}/${path}`;
          mkdirSync(dirname(join(work, file)), { recursive: true });
          writeFileSync(join(work, file), dropCompatibilityAttributes(xml));
          parts.push({ lang: key, path, kind, file, root: rootOf(xml) });
        }
        unknown.set(key, missed);
      }
    for (const xsd of new Set(parts.map((p) => p.kind.xsd))) {
      validate(
        xsd,
        parts.filter((p) => p.kind.xsd === xsd).map((p) => p.file),
      );
    }
  }, 120_000);

  describe.each(REPORTS.flatMap(({ name, dataset }) => LANGS.map((lang) => ({ lang: keyOf(name, lang), report: () => reportFor(lang, dataset) }))))(
    '$lang',
    ({ lang, report: built }) => {
      it('has every kind of part this test is for, and as many charts and worksheets as the report says', async () => {
        const report = await built();
        const mine = parts.filter((p) => p.lang === lang);
        expect(
          REQUIRED.filter((name) => !mine.some((p) => p.kind.name === name)),
          `${lang}: kinds of part not found`,
        ).toEqual([]);
        expect(
          mine.filter((p) => p.kind.name === 'chart'),
          `${lang}: chart parts`,
        ).toHaveLength(report.charts);
        expect(
          mine.filter((p) => p.kind.name === 'worksheet'),
          `${lang}: worksheet parts`,
          // The sheets a reader sees, and the hidden one that carries the report file itself.
        ).toHaveLength(report.sheets.length + 1);
      });

      it.each(Object.values(KINDS).map((k) => k.name))('%s parts (if any) are valid', (name) => {
        const mine = parts.filter((p) => p.lang === lang && p.kind.name === name);
        const wrongRoot = mine
          .filter((p) => p.root !== `{${p.kind.root.ns}}${p.kind.root.local}`)
          .map((p) => `${p.path}: root ${abbreviate(p.root)}, not ${abbreviate(`{${p.kind.root.ns}}${p.kind.root.local}`)}`);
        expect(wrongRoot, `${lang}: ${name} parts with the wrong root element`).toEqual([]);
        const failures = mine.flatMap((p) => {
          const verdict = verdicts.get(p.file);
          if (verdict?.valid === true && verdict.errors.length === 0) return [];
          const errors = verdict ? summary(verdict.errors) : ['xmllint gave no verdict on this part'];
          return [`${p.path} (${lang}) against ${p.kind.xsd}:\n    ${errors.join('\n    ')}`];
        });
        expect(
          failures,
          `${lang}: ${failures.length} of ${mine.length} ${name} parts break the schema:\n  ${failures.slice(0, 6).join('\n  ')}${failures.length > 6 ? `\n  … and ${failures.length - 6} more parts` : ''}`,
        ).toEqual([]);
      });

      it('has no XML part this test has no schema for', () => {
        expect(unknown.get(lang), `${lang}: parts of a content type with no schema mapped in ooxml-schema.test.ts`).toEqual([]);
      });
    },
  );
});

if (!tools) console.warn('ooxml-schema.test.ts skipped: xmllint is not installed (Debian/Ubuntu: apt-get install libxml2-utils).');
