import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_EXIT_CHORD } from '../../electron/common/kiosk/chord';
import { DEFAULT_SECONDS_PER_SLIDE, kioskView, type PlaylistCharts } from '../../electron/common/kiosk/settings';
import { loadKioskSettings } from '../../electron/services/kiosk-settings';
import { rawDataset } from './helpers';

/** The bundled report: its charts are what a playlist may name, as the Api checks them. */
const REPORT = rawDataset();
const CHARTS: PlaylistCharts = REPORT.charts;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lvyuan-kiosk-settings-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
/** Writes kiosk.json content (an object as JSON, a string as is) and returns its path. */
function settingsFile(content: unknown): string {
  const path = join(dir, `kiosk-${++files}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/** The problem loading gives, with slides checked against the bundled report's charts (as the Api does). */
async function problem(path: string | undefined, overrides = {}, charts: PlaylistCharts | undefined = CHARTS): Promise<string> {
  const load = await loadKioskSettings(path, overrides, charts);
  if (load.ok) throw new Error(`expected a problem, got settings from ${load.source}`);
  return load.message;
}

describe('kiosk.json', () => {
  it("is optional: an absent file gives every default (the interval is the report's, so left out)", async () => {
    const load = await loadKioskSettings(join(dir, 'absent.json'), {}, CHARTS);
    expect(load).toEqual({
      ok: true,
      source: 'defaults',
      settings: {
        exit: { chord: DEFAULT_EXIT_CHORD },
        resumeAfterSeconds: 120,
        hideCursorAfterSeconds: 3,
        pixelShift: { everyMinutes: 2, maxPixels: 4 },
        blank: null,
        display: 1,
      },
    });
    expect(await loadKioskSettings(undefined)).toMatchObject({ ok: true, source: 'defaults' });
  });

  it('takes every field it knows', async () => {
    const path = settingsFile({
      intervalSeconds: 30,
      slides: ['gdp-growth', 'overview-kpis'],
      lang: 'cycle',
      exit: { pin: '2468', chord: 'Control+Shift+X' },
      blank: { from: '22:00', to: '07:00' },
      display: 2,
    });
    const load = await loadKioskSettings(path, {}, CHARTS);
    expect(load).toMatchObject({
      ok: true,
      source: path,
      settings: {
        intervalSeconds: 30,
        slides: ['gdp-growth', 'overview-kpis'],
        lang: 'cycle',
        exit: { pin: '2468', chord: 'Control+Shift+X' },
        blank: { from: '22:00', to: '07:00' },
        display: 2,
      },
    });
  });

  it.each([
    ['a negative interval', { intervalSeconds: -5 }, '"intervalSeconds" must be at least 1 second'],
    ['an interval given as a string', { intervalSeconds: '15' }, '"intervalSeconds" must be a number of seconds'],
    [
      'an unknown chart in slides',
      { slides: ['gdp-growth', 'no-such-chart'] },
      '"slides.1" unknown chart "no-such-chart"; expected a chart id as in its address (#/overview/gdp-path)',
    ],
    ['a misspelt chart in slides', { slides: ['gdp-pth'] }, '"slides.0" unknown chart "gdp-pth"; did you mean "gdp-path"?'],
    ['slides given as one id', { slides: 'gdp-path' }, '"slides" must be a list of chart ids, like ["overview-kpis"], not a string'],
    ['a resume time too short', { resumeAfterSeconds: 1 }, '"resumeAfterSeconds" must be from 5 to 3600 seconds'],
    ['a pixel shift too large', { pixelShift: { maxPixels: 100 } }, '"pixelShift.maxPixels" must be a whole number of pixels from 0 to 16'],
    ['exit given as null', { exit: null }, '"exit" must be an object like { "pin": "2468" }, not null'],
    ['a blank window without its end', { blank: { from: '22:00' } }, '"blank.to" must be a time of day as HH:MM (00:00–23:59)'],
    ['an empty slide list', { slides: [] }, '"slides" must list at least one chart'],
    ['an unknown language', { lang: 'fr' }, '"lang" must be one of zh-Hant, zh-Hans, en, cycle'],
    ['a PIN with letters', { exit: { pin: '12ab' } }, '"exit.pin" must be 4 to 8 digits, as a string'],
    ['a PIN given as a number', { exit: { pin: 1234 } }, '"exit.pin"'],
    ['a chord without a modifier', { exit: { chord: 'Q' } }, '"exit.chord" must be modifiers and one key, like Control+Alt+Shift+Q'],
    ['a blank window at 25:00', { blank: { from: '25:00', to: '07:00' } }, '"blank.from" must be a time of day as HH:MM (00:00–23:59)'],
    ['an unknown key', { intervall: 15 }, '"(top level)" unknown setting "intervall"'],
    ['an unknown key inside exit', { exit: { password: '1234' } }, '"exit" unknown setting "password"'],
    ['display 0', { display: 0 }, '"display" must be 1 or more (1 is the primary display)'],
    ['a fractional display', { display: 1.5 }, '"display" must be a whole number (1 is the primary display)'],
  ])('names the file and the field for %s', async (_what, content, expected) => {
    const path = settingsFile(content);
    const message = await problem(path);
    expect(message).toContain(`${path}: ${expected}`);
  });

  it('checks slides only against the charts it is given: without a report, any id list is taken', async () => {
    const path = settingsFile({ slides: ['gdp-pth', 'no-such-chart'] });
    expect(await loadKioskSettings(path)).toMatchObject({ ok: true, settings: { slides: ['gdp-pth', 'no-such-chart'] } });
    expect(await problem(path)).toBe(
      `${path}: "slides.0" unknown chart "gdp-pth"; did you mean "gdp-path"?\n${path}: "slides.1" unknown chart "no-such-chart"; expected a chart id as in its address (#/overview/gdp-path)`,
    );
    // A report's own charts, not a fixed list: a chart the bundled report lacks is known to a report that has it.
    expect(
      await loadKioskSettings(path, {}, [
        { id: 'gdp-pth', section: 'a' },
        { id: 'no-such-chart', section: 'b' },
      ]),
    ).toMatchObject({ ok: true });
    expect(await problem(settingsFile({ slides: ['gdp-path'] }), {}, [])).toMatch(/"slides\.0" unknown chart "gdp-path"; the report has no charts$/u);
    // The command line's slides are checked too, and named as its.
    expect(await problem(undefined, { slides: ['gdp-pth'] })).toBe('command line: "slides.0" unknown chart "gdp-pth"; did you mean "gdp-path"?');
  });

  it('lists every problem, one per line', async () => {
    const path = settingsFile({ intervalSeconds: 0, display: 0 });
    const lines = (await problem(path)).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.every((line) => line.startsWith(`${path}: "`))).toBe(true);
  });

  it('says when the file is not JSON, or not an object', async () => {
    const bad = settingsFile('{ "intervalSeconds": 15, }');
    expect(await problem(bad)).toBe(`${bad}: is not valid JSON (line 1, column 26)`);
    const array = settingsFile([1, 2]);
    expect(await problem(array)).toBe(`${array}: "(top level)" must be an object of settings, like { "intervalSeconds": 15 }, not a list`);
  });

  it('refuses a file that holds null, instead of taking every default', async () => {
    const path = settingsFile('null');
    expect(await problem(path)).toBe(`${path}: "(top level)" must be an object of settings, like { "intervalSeconds": 15 }, not null`);
    // With the command line on top, too: null is not an empty file.
    expect(await problem(path, { intervalSeconds: 20 })).toBe(`${path}: "(top level)" must be an object of settings, like { "intervalSeconds": 15 }, not null`);
  });

  it('quotes at most a short excerpt of a bad value or an unknown key, and lists at most five problems', async () => {
    const long = settingsFile({ slides: [`x${'-y'.repeat(25_000)}`] });
    const chart = await problem(long);
    expect(chart).toMatch(new RegExp(`^${escape(long)}: "slides\\.0" unknown chart "x-y-y[-y]*…" \\(50001 characters\\); expected a chart id`, 'u'));
    expect(chart.length).toBeLessThan(250);
    const key = settingsFile({ [`k${'e'.repeat(50_000)}`]: 1 });
    expect(await problem(key)).toMatch(new RegExp(`^${escape(key)}: "\\(top level\\)" unknown setting "ke+…" \\(50001 characters\\)$`, 'u'));
    const keys = settingsFile(Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`key${i}`, i])));
    expect(await problem(keys)).toBe(`${keys}: "(top level)" unknown settings "key0", "key1", "key2" and 997 more`);
    const many = settingsFile({ slides: Array.from({ length: 3000 }, (_, i) => `chart-${i}`) });
    const lines = (await problem(many)).split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[5]).toBe(`${many}: … and 2995 more problems`);
    // A line break in a value cannot break the message's line.
    const newline = settingsFile({ lang: 'en\nfake: "display" is fine', slides: ['a\nb'] });
    expect((await problem(newline)).split('\n')).toHaveLength(2);
  });

  it('reads only a regular file: a named pipe (FIFO) is refused at once, not waited on', async () => {
    if (process.platform === 'win32') return;
    const fifo = join(dir, 'fifo.json');
    execFileSync('mkfifo', [fifo]);
    const started = performance.now();
    const message = await Promise.race([problem(fifo), new Promise<string>((resolve) => setTimeout(() => resolve('still waiting after 1 s'), 1000))]);
    expect(message).toBe(`${fifo}: cannot be read (it is a named pipe (FIFO), not a regular file)`);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(await problem('/dev/null')).toBe('/dev/null: cannot be read (it is a device, not a regular file)');
  });

  it('reads at most 64 KB', async () => {
    const big = settingsFile(`{"intervalSeconds": 15${' '.repeat(70_000)}}`);
    expect(await problem(big)).toBe(`${big}: cannot be read (it is 68 KB, more than the 64 KB such a file may be)`);
  });

  it('names the byte that is not UTF-8, by offset and line, instead of reading it as �', async () => {
    const path = join(dir, 'latin1.json');
    writeFileSync(path, Buffer.concat([Buffer.from('{\n  "exit": { "pin": "2468" },\n  "lang": "'), Buffer.from([0xe9]), Buffer.from('n"\n}\n')]));
    expect(await problem(path)).toBe(`${path}: is not valid UTF-8 (byte 0xE9 at offset 42, line 3); save the file as UTF-8`);
    const utf16 = join(dir, 'utf16.json');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"intervalSeconds": 20}', 'utf16le')]));
    expect(await problem(utf16)).toBe(`${utf16}: is UTF-16 text, not UTF-8; save the file as UTF-8`);
  });

  it('says where the JSON breaks, by line and column, and never quotes the file', async () => {
    // V8's own message quotes the text around the fault: here, the PIN.
    const quoted = settingsFile(`{"exit": {"pin": '2468'}}`);
    const message = await problem(quoted);
    expect(message).toMatch(new RegExp(`^${escape(quoted)}: is not valid JSON(?: \\(line 1, column \\d+\\))?$`, 'u'));
    expect(message).not.toContain('2468');
    const later = settingsFile('{\n  "exit": { "pin": "97531" },\r\n  "display": 2,\n}\n');
    expect(await problem(later)).toBe(`${later}: is not valid JSON (line 4, column 1)`);
    const trailing = settingsFile('{ "exit": { "pin": "97531" } } 97531');
    expect(await problem(trailing)).toBe(`${trailing}: is not valid JSON (line 1, column 32)`);
    const cut = settingsFile('{ "exit": {\n "pin": "97531"');
    expect(await problem(cut)).toBe(`${cut}: is not valid JSON (line 2, column 16)`);
    expect(await problem(settingsFile(''))).toMatch(/: is not valid JSON \(line 1, column 1\)$/u);
  });

  it('reads a file saved with a byte-order mark (Windows Notepad)', async () => {
    const path = settingsFile('\uFEFF{ "intervalSeconds": 20 }');
    expect(await loadKioskSettings(path)).toMatchObject({ ok: true, settings: { intervalSeconds: 20 } });
  });

  it('says when the file cannot be read (here: a folder)', async () => {
    const folder = join(dir, 'a-folder.json');
    mkdirSync(folder);
    expect(await problem(folder)).toBe(`${folder}: cannot be read (it is a folder, not a file)`);
  });
});

describe('the command line on top of kiosk.json', () => {
  it('wins over the file, and the source says both', async () => {
    const path = settingsFile({ intervalSeconds: 30, display: 2, lang: 'en' });
    const load = await loadKioskSettings(path, { intervalSeconds: 20, display: undefined });
    expect(load).toMatchObject({ ok: true, source: `${path} + command line`, settings: { intervalSeconds: 20, display: 2, lang: 'en' } });
    const cli = await loadKioskSettings(undefined, { display: 3 });
    expect(cli).toMatchObject({ ok: true, source: 'command line', settings: { display: 3 } });
    // Neither the file nor the command line gave an interval: the report's is used (kioskView).
    expect(cli.ok && cli.settings.intervalSeconds).toBeUndefined();
  });

  it('names the command line, not the file, for a bad value given there', async () => {
    const path = settingsFile({ intervalSeconds: 30 });
    expect(await problem(path, { intervalSeconds: 'abc' })).toBe('command line: "intervalSeconds" must be a number of seconds');
    expect(await problem(path, { intervalSeconds: 0 })).toBe('command line: "intervalSeconds" must be at least 1 second');
    expect(await problem(undefined, { display: 0 })).toBe('command line: "display" must be 1 or more (1 is the primary display)');
    expect(await problem(undefined, { lang: 'de' })).toBe('command line: "lang" must be one of zh-Hant, zh-Hans, en, cycle');
  });

  it('still names the file for a fault in the file', async () => {
    const path = settingsFile({ intervalSeconds: -1 });
    expect(await problem(path, { intervalSeconds: 20 })).toBe(`${path}: "intervalSeconds" must be at least 1 second`);
  });
});

describe('what the renderer is told', () => {
  it('never includes the PIN, only whether there is one; every chart of the report when slides is absent', async () => {
    const load = await loadKioskSettings(settingsFile({ exit: { pin: '97531' } }), {}, CHARTS);
    if (!load.ok) throw new Error(load.message);
    const view = kioskView(load.settings, REPORT);
    expect(view.exit).toEqual({ pin: true, chord: DEFAULT_EXIT_CHORD });
    expect(JSON.stringify(view)).not.toContain('97531');
    expect(REPORT.kiosk.playlist).toBeUndefined();
    expect(view.slides).toEqual(REPORT.charts.map((c) => c.id));
    expect(view.slides.length).toBeGreaterThan(1);
    const none = await loadKioskSettings(undefined);
    if (!none.ok) throw new Error(none.message);
    expect(kioskView(none.settings, REPORT).exit.pin).toBe(false);
  });

  it("fills the interval and slides from kiosk.json, else the report's kiosk defaults, else 15 s and every chart", async () => {
    const charts = [
      { id: 'a', section: 'one' },
      { id: 'b', section: 'one' },
      { id: 'c', section: 'two' },
    ];
    const none = await loadKioskSettings(undefined);
    if (!none.ok) throw new Error(none.message);
    expect(kioskView(none.settings, { charts, kiosk: {} })).toMatchObject({ intervalSeconds: DEFAULT_SECONDS_PER_SLIDE, slides: ['a', 'b', 'c'] });
    expect(DEFAULT_SECONDS_PER_SLIDE).toBe(15);
    expect(kioskView(none.settings, { charts, kiosk: { secondsPerSlide: 40, playlist: ['c', 'a'] } })).toMatchObject({
      intervalSeconds: 40,
      slides: ['c', 'a'],
    });
    const own = await loadKioskSettings(settingsFile({ intervalSeconds: 7, slides: ['b'] }), {}, charts);
    if (!own.ok) throw new Error(own.message);
    expect(kioskView(own.settings, { charts, kiosk: { secondsPerSlide: 40, playlist: ['c', 'a'] } })).toMatchObject({ intervalSeconds: 7, slides: ['b'] });
    // The bundled report's pace.
    expect(kioskView(none.settings, REPORT).intervalSeconds).toBe(REPORT.kiosk.secondsPerSlide ?? DEFAULT_SECONDS_PER_SLIDE);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
