import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReportCommand } from '../../electron/cli/report-command';
import type { Dataset } from '../../electron/common/dataset';
import { DEFAULT_SECONDS_PER_SLIDE, kioskView, type PlaylistCharts } from '../../electron/common/kiosk/settings';
import { loadDataset } from '../../electron/services/dataset';
import { loadKioskSettings } from '../../electron/services/kiosk-settings';
import { DATASET_PATH, rawDataset, ROOT } from './helpers';
import { badWorkbooks } from '../fixtures/workbooks';

/**
 * A corpus of broken files, each made from a valid one with one fault, and what each must give:
 * one short line (at most 200 characters) that names the file and the problem, within a second,
 * and a failure (exit code 1 from `npm run report --dataset`, ok: false from loadKioskSettings).
 * Then valid files that look odd, which must still load.
 *
 * Extra keys: the dataset's objects are not strict, so a key this version does not know is
 * ignored (a newer file with more fields still loads; schemaVersion says when a change is not
 * compatible). kiosk.json is strict: "intervall": 5 in a lobby's settings must not be ignored
 * silently, so an unknown setting is an error. Its slides are checked against the charts of the
 * report the show presents, as the Api does: here the bundled report, loaded as the app loads it.
 */

let dir: string;
let report: Dataset;
let charts: PlaylistCharts;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lvyuan-corpus-'));
  mkdirSync(join(dir, 'out'));
  const load = await loadDataset(DATASET_PATH);
  if (!load.ok) throw new Error(load.message);
  report = load.dataset;
  charts = report.charts;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const posix = process.platform !== 'win32';

type Content = string | Buffer | ((path: string) => void);

/** The valid dataset, edited. */
function edited(edit: (d: Dataset & Record<string, unknown>) => void, pretty = false): string {
  const data = rawDataset() as Dataset & Record<string, unknown>;
  edit(data);
  return pretty ? JSON.stringify(data, null, 2) : JSON.stringify(data);
}

function figure(d: Dataset, id: string): Record<string, unknown> {
  const found = d.figures.find((f) => f.id === id);
  if (!found) throw new Error(`no figure ${id}`);
  return found;
}

function chart(d: Dataset, id: string): Record<string, unknown> {
  const found = d.charts.find((c) => c.id === id);
  if (!found) throw new Error(`no chart ${id}`);
  return found;
}

const VALID = JSON.stringify(rawDataset(), null, 2);
const BIG5_LU = Buffer.from([0xba, 0xf1]); // 綠 in Big5

/** Text with the bytes of a zh-Hant label's first character replaced by `bytes`. */
function withBytes(text: string, bytes: Buffer): Buffer {
  const at = text.indexOf('"zh-Hant": "') + 12;
  return Buffer.concat([Buffer.from(text.slice(0, at)), bytes, Buffer.from(text.slice(at + 1))]);
}

/** [file name, content, what the line must say after "<file name>: "]. */
const BROKEN_DATASETS: [string, Content, RegExp][] = [
  ['empty.json', '', /^is not valid JSON \(line 1, column 1: the file ends too early\)$/u],
  ['blank.json', '\n\n   \n', /^is not valid JSON \(line 4, column 1: the file ends too early\)$/u],
  ['cut-short.json', VALID.slice(0, VALID.length / 2), /^is not valid JSON \(line \d+, column \d+: the file ends too early\)$/u],
  ['trailing-comma.json', `${VALID.slice(0, -2)},\n}`, /^is not valid JSON \(line \d+, column 1: unexpected "\}"\)$/u],
  ['single-quotes.json', VALID.replace('"schemaVersion"', "'schemaVersion'"), /^is not valid JSON \(line 2, column 3: unexpected "'"\)$/u],
  ['comment.json', `// the Lüyuan dataset\n${VALID}`, /^is not valid JSON \(line 1, column 1: unexpected "\/"\)$/u],
  ['tab-in-string.json', VALID.replace('"zh-Hant": "', '"zh-Hant": "\t'), /^is not valid JSON \(line \d+, column \d+: unexpected "\\t"\)$/u],
  [
    'nan.json',
    edited((d) => (figure(d, 'gdp-2025').value = 0)).replace('"value":0,', '"value":NaN,'),
    /^is not valid JSON \(line 1, column \d+: unexpected "N"\)$/u,
  ],
  ['null.json', 'null', /^must be a report \(an object with "schemaVersion": 2 and "figures"\), not null$/u],
  ['array.json', '[]', /^must be a report \(an object with "schemaVersion": 2 and "figures"\), not a list$/u],
  ['string.json', '"lvyuan"', /^must be a report \(an object with "schemaVersion": 2 and "figures"\), not a string$/u],
  ['number.json', '42', /^must be a report \(an object with "schemaVersion": 2 and "figures"\), not a number$/u],
  ['deep.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, /^must be a report \(an object with "schemaVersion": 2 and "figures"\), not a list$/u],
  ['big5.json', withBytes(VALID, BIG5_LU), /^is not valid UTF-8 \(byte 0xBA at offset \d+, line \d+\); save the file as UTF-8$/u],
  ['overlong.json', withBytes(VALID, Buffer.from([0xc0, 0xaf])), /^is not valid UTF-8 \(byte 0xC0 at offset \d+, line \d+\); save the file as UTF-8$/u],
  ['surrogate.json', withBytes(VALID, Buffer.from([0xed, 0xa0, 0x80])), /^is not valid UTF-8 \(byte 0xED at offset \d+, line \d+\); save the file as UTF-8$/u],
  [
    'cut-character.json',
    Buffer.from(VALID).subarray(0, Buffer.from(VALID).indexOf(Buffer.from('綠')) + 2),
    /^is not valid UTF-8 \(byte 0xE7 at offset \d+, line \d+\); save the file as UTF-8$/u,
  ],
  ['utf16.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VALID, 'utf16le')]), /^is UTF-16 text, not UTF-8; save the file as UTF-8$/u],
  ['utf16-no-bom.json', Buffer.from(VALID, 'utf16le'), /^is not UTF-8 text \(a NUL byte at offset 1, line 1: UTF-16\?\); save the file as UTF-8$/u],
  [
    'huge.json',
    `${VALID}${' '.repeat(16 * 1024 * 1024)}`,
    /^cannot read the dataset file \(it is 16\.1 MB, more than the 16 MB such a file may be\): \/.*huge\.json$/u,
  ],
  [
    'fifo.json',
    (path) => execFileSync('mkfifo', [path]),
    /^cannot read the dataset file \(it is a named pipe \(FIFO\), not a regular file\): \/.*fifo\.json$/u,
  ],
  ['device.json', (path) => symlinkSync('/dev/zero', path), /^cannot read the dataset file \(it is a device, not a regular file\): \/.*device\.json$/u],
  ['folder.json', (path) => mkdirSync(path), /^cannot read the dataset file \(it is a folder, not a file\): \/.*folder\.json$/u],
  ['missing.json', () => undefined, /^cannot read the dataset file \(the file does not exist\): \/.*missing\.json$/u],
  [
    'version-3.json',
    edited((d) => ((d as { schemaVersion: number }).schemaVersion = 3)),
    /^field "schemaVersion": must be 2 \(this app reads report files of schema version 2, and migrates version 1\)$/u,
  ],
  ['no-figures.json', edited((d) => (d.figures = [])), /^field "figures": holds no figures$/u],
  ['figures-missing.json', edited((d) => delete (d as Partial<Dataset>).figures), /^field "figures": must be a list of figures, not missing$/u],
  ['value-string.json', edited((d) => (figure(d, 'gdp-2025').value = '391')), /^figure "gdp-2025", field "value": must be a JSON number$/u],
  ['value-null.json', edited((d) => (figure(d, 'gdp-2025').value = null)), /^figure "gdp-2025", field "value": must be a JSON number$/u],
  [
    'huge-unit.json',
    edited((d) => (figure(d, 'gdp-2025').unit = '億美金'.repeat(100_000))),
    /^figure "gdp-2025", field "unit": unknown unit "(億美金){13}億…" \(300000 characters\); expected a unit of the list \(億元, /u,
  ],
  [
    'qualifier.json',
    edited((d) => (figure(d, 'gdp-2025').qualifier = 'more-than')),
    /^figure "gdp-2025", field "qualifier": unknown qualifier "more-than"; expected one of exact, /u,
  ],
  [
    'status.json',
    edited((d) => (figure(d, 'gdp-2025').status = 'estimated')),
    /^figure "gdp-2025", field "status": unknown status "estimated"; expected one of actual, /u,
  ],
  [
    'period.json',
    edited((d) => (figure(d, 'gdp-2025').period = 'FY2025')),
    /^figure "gdp-2025", field "period": must be a year \(2025\), a half \(2025-H1\), a quarter \(2025-Q1\), a month \(2025-11\) or a range of one kind \(2021\/2025, 2025-01\/2025-11\)$/u,
  ],
  [
    'section.json',
    edited((d) => (figure(d, 'gdp-2025').section = 'weather')),
    /^figure "gdp-2025", field "section": section "weather" is not listed in sections$/u,
  ],
  [
    'label-string.json',
    edited((d) => (figure(d, 'gdp-2025').label = 'GDP')),
    /^figure "gdp-2025", field "label": must give the text in zh-Hant, zh-Hans and en$/u,
  ],
  [
    'no-english.json',
    edited((d) => delete (figure(d, 'gdp-2025').label as Record<string, string>).en),
    /^figure "gdp-2025", field "label\.en": missing en text$/u,
  ],
  [
    'bad-id.json',
    edited((d) => (figure(d, 'gdp-2025').id = `gdp\n${'x'.repeat(100_000)}`)),
    /^figure "gdp\\nx{35}…" \(100004 characters\), field "id": must be a kebab-case id \(a-z, 0-9, -\)$/u,
  ],
  [
    'huge-quote.json',
    edited((d) => {
      const f = figure(d, 'industrial-output');
      f.value = 516.3;
      (f.source as { quote: string }).quote += '。'.repeat(250_000);
    }),
    /^figure "industrial-output", field "value": 516\.3 does not appear in its own quote "工業總產值突破561\.3億元。+…" \(250014 characters\)$/u,
  ],
  ['part-of.json', edited((d) => (figure(d, 'gdp-2025').partOf = 'no-such-figure')), /^figure "gdp-2025", field "partOf": unknown figure "no-such-figure"$/u],
  [
    'enterprise.json',
    edited((d) => (figure(d, 'gdp-2025').enterprise = 'no-such-firm')),
    /^figure "gdp-2025", field "enterprise": unknown enterprise "no-such-firm"$/u,
  ],
  [
    'source-id.json',
    edited((d) => ((figure(d, 'gdp-2025').source as { id?: string }).id = 'no-such-source')),
    /^figure "gdp-2025", field "source\.id": unknown source "no-such-source"$/u,
  ],
  ['no-sources.json', edited((d) => (d.meta.sources = [])), /^field "meta\.sources": must name at least one source$/u],
  [
    'chart-figure.json',
    edited((d) => (chart(d, 'gdp-path').figures = [{ figure: 'no-such-figure' }])),
    /^chart "gdp-path", field "figures\[0\]\.figure": unknown figure "no-such-figure"$/u,
  ],
  [
    'chart-section.json',
    edited((d) => (chart(d, 'gdp-path').section = 'weather')),
    /^chart "gdp-path", field "section": unknown section "weather"; expected one of overview, /u,
  ],
  ['chart-kind.json', edited((d) => (chart(d, 'gdp-path').kind = 'pie')), /^chart "gdp-path", field "kind": kind must be one of bar, /u],
  ['playlist.json', edited((d) => (d.kiosk.playlist = ['gdp-path', 'gdp-pth'])), /^field "kiosk\.playlist\[1\]": unknown chart "gdp-pth"$/u],
];

/** [file name, content, what the line must say after "<path>: "]. */
const BROKEN_KIOSK: [string, Content, RegExp][] = [
  ['empty.json', '', /^is not valid JSON \(line 1, column 1\)$/u],
  ['blank.json', '  \n ', /^is not valid JSON \(line 2, column 2\)$/u],
  ['null.json', 'null', /^"\(top level\)" must be an object of settings, like \{ "intervalSeconds": 15 \}, not null$/u],
  ['list.json', '[{"intervalSeconds": 15}]', /^"\(top level\)" must be an object of settings, like \{ "intervalSeconds": 15 \}, not a list$/u],
  ['string.json', '"intervalSeconds: 15"', /^"\(top level\)" must be an object of settings, like \{ "intervalSeconds": 15 \}, not a string$/u],
  ['number.json', '15', /^"\(top level\)" must be an object of settings, like \{ "intervalSeconds": 15 \}, not a number$/u],
  ['true.json', 'true', /^"\(top level\)" must be an object of settings, like \{ "intervalSeconds": 15 \}, not a boolean$/u],
  ['trailing-comma.json', '{ "intervalSeconds": 15, }', /^is not valid JSON \(line 1, column 26\)$/u],
  ['single-quotes.json', "{ 'exit': { 'pin': '2468' } }", /^is not valid JSON \(line 1, column 3\)$/u],
  ['comment.json', '{\n  // every 20 s\n  "intervalSeconds": 20\n}', /^is not valid JSON \(line 2, column 3\)$/u],
  ['cut-short.json', '{ "exit": { "pin": "97531"', /^is not valid JSON \(line 1, column 27\)$/u],
  [
    'latin1.json',
    Buffer.concat([Buffer.from('{ "lang": "'), Buffer.from([0xe9]), Buffer.from('n" }')]),
    /^is not valid UTF-8 \(byte 0xE9 at offset 11, line 1\); save the file as UTF-8$/u,
  ],
  [
    'utf16.json',
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{ "intervalSeconds": 20 }', 'utf16le')]),
    /^is UTF-16 text, not UTF-8; save the file as UTF-8$/u,
  ],
  ['nul.json', '{ "intervalSeconds": 20 }\u0000', /^is not UTF-8 text \(a NUL byte at offset 25, line 1: UTF-16\?\); save the file as UTF-8$/u],
  ['huge.json', `{${' '.repeat(70_000)}}`, /^cannot be read \(it is 68 KB, more than the 64 KB such a file may be\)$/u],
  ['fifo.json', (path) => execFileSync('mkfifo', [path]), /^cannot be read \(it is a named pipe \(FIFO\), not a regular file\)$/u],
  ['device.json', (path) => symlinkSync('/dev/zero', path), /^cannot be read \(it is a device, not a regular file\)$/u],
  ['folder.json', (path) => mkdirSync(path), /^cannot be read \(it is a folder, not a file\)$/u],
  ['negative.json', '{ "intervalSeconds": -5 }', /^"intervalSeconds" must be at least 1 second$/u],
  ['interval-string.json', '{ "intervalSeconds": "15" }', /^"intervalSeconds" must be a number of seconds$/u],
  ['interval-infinite.json', '{ "intervalSeconds": 1e400 }', /^"intervalSeconds" must be a number of seconds$/u],
  ['no-slides.json', '{ "slides": [] }', /^"slides" must list at least one chart$/u],
  ['slides-string.json', '{ "slides": "gdp-path" }', /^"slides" must be a list of chart ids, like \["overview-kpis"\], not a string$/u],
  ['slides-typo.json', '{ "slides": ["gdp-pth"] }', /^"slides\.0" unknown chart "gdp-pth"; did you mean "gdp-path"\?$/u],
  [
    'slides-huge.json',
    JSON.stringify({ slides: [`x${'-y'.repeat(25_000)}`] }),
    /^"slides\.0" unknown chart "x(-y)+-?…" \(50001 characters\); expected a chart id as in its address \(#\/overview\/gdp-path\)$/u,
  ],
  ['lang.json', '{ "lang": "fr" }', /^"lang" must be one of zh-Hant, zh-Hans, en, cycle$/u],
  ['pin-number.json', '{ "exit": { "pin": 2468 } }', /^"exit\.pin" must be 4 to 8 digits, as a string$/u],
  ['pin-letters.json', '{ "exit": { "pin": "12ab" } }', /^"exit\.pin" must be 4 to 8 digits, as a string$/u],
  ['chord.json', '{ "exit": { "chord": "Q" } }', /^"exit\.chord" must be modifiers and one key, like Control\+Alt\+Shift\+Q$/u],
  ['exit-null.json', '{ "exit": null }', /^"exit" must be an object like \{ "pin": "2468" \}, not null$/u],
  ['unknown-key.json', '{ "intervall": 15 }', /^"\(top level\)" unknown setting "intervall"$/u],
  ['unknown-huge-key.json', JSON.stringify({ [`k${'e'.repeat(50_000)}`]: 1 }), /^"\(top level\)" unknown setting "ke{39}…" \(50001 characters\)$/u],
  ['unknown-exit-key.json', '{ "exit": { "password": "1234" } }', /^"exit" unknown setting "password"$/u],
  ['blank-hour.json', '{ "blank": { "from": "25:00", "to": "07:00" } }', /^"blank\.from" must be a time of day as HH:MM \(00:00–23:59\)$/u],
  ['blank-half.json', '{ "blank": { "from": "22:00" } }', /^"blank\.to" must be a time of day as HH:MM \(00:00–23:59\)$/u],
  ['display-0.json', '{ "display": 0 }', /^"display" must be 1 or more \(1 is the primary display\)$/u],
  ['display-half.json', '{ "display": 1.5 }', /^"display" must be a whole number \(1 is the primary display\)$/u],
  ['shift.json', '{ "pixelShift": { "maxPixels": 100 } }', /^"pixelShift\.maxPixels" must be a whole number of pixels from 0 to 16$/u],
  ['cursor.json', '{ "hideCursorAfterSeconds": 0 }', /^"hideCursorAfterSeconds" must be from 1 to 600 seconds$/u],
  ['duplicate-key.json', '{ "display": 2, "display": 0 }', /^"display" must be 1 or more \(1 is the primary display\)$/u],
];

function make(name: string, content: Content, folder: string): string {
  const path = join(folder, name);
  if (typeof content === 'function') content(path);
  else writeFileSync(path, content);
  return path;
}

/** Runs `what` and fails it if it has not finished within a second (a FIFO read the plain way never does). */
async function withinASecond<T>(what: Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('no answer within a second')), 1000)));
  try {
    const value = await Promise.race([what, late]);
    return { value, ms: performance.now() - started };
  } finally {
    clearTimeout(timer);
  }
}

function oneShortLine(line: string | undefined): string {
  expect(line).toBeDefined();
  expect(line!.includes('\n')).toBe(false);
  expect(line!.length, line).toBeLessThanOrEqual(200);
  return line!;
}

describe('a corpus of broken dataset files, through npm run report --dataset', () => {
  it(`has at least 25 of them (${BROKEN_DATASETS.length})`, () => {
    expect(BROKEN_DATASETS.length).toBeGreaterThanOrEqual(25);
    expect(new Set(BROKEN_DATASETS.map(([name]) => name)).size).toBe(BROKEN_DATASETS.length);
  });

  it.each(BROKEN_DATASETS.map(([name, content, said]) => ({ name, content, said })))(
    '$name: one short line naming the file and the problem, exit code 1',
    async ({ name, content, said }) => {
      if (!posix && typeof content === 'function' && name !== 'folder.json' && name !== 'missing.json') return;
      const folder = join(dir, 'datasets');
      mkdirSync(folder, { recursive: true });
      const path = make(name, content, folder);
      const out: string[] = [];
      const err: string[] = [];
      const run = runReportCommand(['--out', join(dir, 'out', 'never.xlsx'), '--dataset', path], {
        cwd: dir,
        appRoot: ROOT,
        out: (l) => out.push(l),
        err: (l) => err.push(l),
      });
      const { value: code } = await withinASecond(run);
      expect(code).toBe(1);
      expect(out).toEqual([]);
      expect(err).toHaveLength(1);
      const line = oneShortLine(err[0]);
      expect(line.startsWith(`report: ${name}: `), line).toBe(true);
      expect(line.slice(`report: ${name}: `.length)).toMatch(said);
      expect(readdirSync(join(dir, 'out'))).toEqual([]);
    },
  );
});

describe('a corpus of broken kiosk.json files, through loadKioskSettings', () => {
  it(`has at least 25 of them (${BROKEN_KIOSK.length})`, () => {
    expect(BROKEN_KIOSK.length).toBeGreaterThanOrEqual(25);
    expect(new Set(BROKEN_KIOSK.map(([name]) => name)).size).toBe(BROKEN_KIOSK.length);
  });

  it.each(BROKEN_KIOSK.map(([name, content, said]) => ({ name, content, said })))(
    '$name: one short line naming the file and the problem',
    async ({ name, content, said }) => {
      if (!posix && typeof content === 'function' && name !== 'folder.json') return;
      const folder = join(dir, 'kiosk');
      mkdirSync(folder, { recursive: true });
      const path = make(name, content, folder);
      const { value: load } = await withinASecond(loadKioskSettings(path, {}, charts));
      if (load.ok) throw new Error(`${name} loaded`);
      const line = oneShortLine(load.message);
      expect(line.startsWith(`${path}: `), line).toBe(true);
      expect(line.slice(`${path}: `.length)).toMatch(said);
    },
  );
});

describe('valid files that look odd still load', () => {
  const datasets: [string, string | Buffer][] = [
    ['a byte-order mark (Windows Notepad)', `\uFEFF${VALID}`],
    ['Windows line ends', VALID.replaceAll('\n', '\r\n')],
    ['on one line', JSON.stringify(rawDataset())],
    ['tabs and blank lines around', `\n\t${JSON.stringify(rawDataset(), null, '\t')}\n\n`],
    ['escaped Chinese (\\u7da0)', JSON.stringify(rawDataset()).replace(/[\u4e00-\u9fff]/gu, (ch) => `\\u${ch.charCodeAt(0).toString(16)}`)],
    [
      'keys this version does not know (ignored: the dataset is not strict)',
      edited((d) => {
        d.generator = 'a newer tool';
        figure(d, 'gdp-2025').footnote = 'an extra field';
      }),
    ],
    [
      'a "__proto__" key (kept as data, no prototype changed)',
      edited((d) => (figure(d, 'gdp-2025').note = d.figures[0]?.label)).replace('"id":"gdp-2025"', '"__proto__":{"polluted":true},"id":"gdp-2025"'),
    ],
    ['a value written 3.91e2', edited(() => undefined).replace(/"value":391\b/u, '"value":3.91e2')],
  ];
  it.each(datasets)('a dataset with %s', async (what, content) => {
    const path = join(dir, `odd-${datasets.findIndex(([w]) => w === what)}.json`);
    writeFileSync(path, content);
    const load = await loadDataset(path);
    expect(load.ok, load.ok ? '' : load.message).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a dataset with a byte-order mark, through npm run report', async () => {
    const path = join(dir, 'bom.json');
    writeFileSync(path, `\uFEFF${VALID}`);
    const err: string[] = [];
    const code = await runReportCommand(['--out', join(dir, 'bom.xlsx'), '--dataset', path], {
      cwd: dir,
      appRoot: ROOT,
      out: () => undefined,
      err: (l) => err.push(l),
    });
    expect({ code, err }).toEqual({ code: 0, err: [] });
  }, 30_000);

  /** [what, content, the settings it gives, and what the renderer is then told where it matters]. */
  const kiosk: [string, string | Buffer, Record<string, unknown>, Record<string, unknown>?][] = [
    ['a byte-order mark', '\uFEFF{ "intervalSeconds": 20 }', { intervalSeconds: 20 }],
    ['Windows line ends', '{\r\n  "intervalSeconds": 20,\r\n  "display": 2\r\n}\r\n', { intervalSeconds: 20, display: 2 }],
    [
      'nothing in it but {}',
      '{}',
      { resumeAfterSeconds: 120, display: 1 },
      { intervalSeconds: DEFAULT_SECONDS_PER_SLIDE, exit: { pin: false, chord: 'Control+Alt+Shift+Q' } },
    ],
    ['a PIN in \\u escapes', '{ "exit": { "pin": "\\u0032\\u0034\\u0036\\u0038" } }', { exit: { pin: '2468', chord: 'Control+Alt+Shift+Q' } }],
    ['numbers written 15.0 and 1.5e1', '{ "intervalSeconds": 1.5e1, "resumeAfterSeconds": 120.0 }', { intervalSeconds: 15, resumeAfterSeconds: 120 }],
    ['blank set to null', '{ "blank": null }', { blank: null }],
    ['a key given twice (the last counts, as in JSON.parse)', '{ "display": 0, "display": 2 }', { display: 2 }],
    [
      'the largest interval, and slides in a new order',
      JSON.stringify({ intervalSeconds: 3600, slides: ['targets-list', 'gdp-path'] }),
      { intervalSeconds: 3600, slides: ['targets-list', 'gdp-path'] },
      { intervalSeconds: 3600, slides: ['targets-list', 'gdp-path'] },
    ],
  ];
  it.each(kiosk)('a kiosk.json with %s', async (what, content, expected, view) => {
    const path = join(dir, `odd-kiosk-${kiosk.findIndex(([w]) => w === what)}.json`);
    writeFileSync(path, content);
    const load = await loadKioskSettings(path, {}, charts);
    if (!load.ok) throw new Error(load.message);
    expect(load.settings).toMatchObject(expected);
    if (view) expect(kioskView(load.settings, report)).toMatchObject(view);
  });

  it("a kiosk.json with nothing in it shows every chart of the report, at the report's pace", async () => {
    const path = join(dir, 'odd-kiosk-empty-view.json');
    writeFileSync(path, '{}');
    const load = await loadKioskSettings(path, {}, charts);
    if (!load.ok) throw new Error(load.message);
    expect(load.settings.intervalSeconds).toBeUndefined();
    const view = kioskView(load.settings, report);
    expect(view.slides).toEqual(report.kiosk.playlist ?? report.charts.map((c) => c.id));
    expect(view.slides).toContain('targets-list');
    expect(view.intervalSeconds).toBe(report.kiosk.secondsPerSlide ?? DEFAULT_SECONDS_PER_SLIDE);
  });
});

describe('bad workbooks, opened as reports (npm run report -- --dataset FILE)', () => {
  for (const bad of badWorkbooks(rawDataset())) {
    it(`${bad.name}: ${bad.opens ? 'opens, and says what it left out' : 'is refused in one short line naming the file'}`, { timeout: 30_000 }, async () => {
      const path = join(dir, bad.name);
      writeFileSync(path, await bad.bytes());
      const out: string[] = [];
      const err: string[] = [];
      const started = performance.now();
      const code = await runReportCommand(['--dataset', path, '--out', join(dir, 'out', `${bad.name}.xlsx`)], {
        cwd: dir,
        appRoot: ROOT,
        out: (line) => out.push(line),
        err: (line) => err.push(line),
      });
      const ms = performance.now() - started;
      if (bad.opens) {
        expect(err, bad.name).toEqual([]);
        expect(code, bad.name).toBe(0);
        if (bad.says.source !== '^$') expect(out[0], bad.name).toMatch(new RegExp(`^report: ${bad.name}: ${bad.says.source}`, 'u'));
      } else {
        expect(code, bad.name).toBe(1);
        expect(err, bad.name).toHaveLength(1);
        expect(err[0], bad.name).toMatch(new RegExp(`^report: ${bad.name.replace('.', '\\.')}: .*${bad.says.source}`, 'u'));
        expect(err[0]!.length, bad.name).toBeLessThanOrEqual(200);
        // Nothing written: the output folder holds no workbook for it.
        expect(
          readdirSync(join(dir, 'out')).filter((f) => f.startsWith(bad.name)),
          bad.name,
        ).toEqual([]);
      }
      // A refusal comes quickly, whatever the file: the zip bomb is stopped as it expands.
      expect(ms, bad.name).toBeLessThan(10_000);
    });
  }
});
