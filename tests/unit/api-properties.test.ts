import fc from 'fast-check';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { callApi, CHANNELS, METHODS, type Api, type Method } from '../../electron/common/contract';
import { LANGS } from '../../electron/common/i18n/languages';
import { previewExportHost } from '../../electron/preview/export-host';
import { createApi, type ExportHost } from '../../electron/services/api';
import { fakeKioskHost, fakePrinter } from './fake-host';
import { DATASET_PATH, rawDataset } from './helpers';

/**
 * callApi is the boundary every call crosses (IPC in Electron, HTTP in the preview). Whatever
 * arrives, a call either resolves with a result of its method's shape, or is refused: a rejection
 * with an Error that names the method and what is wrong, in one short line. Nothing else escapes
 * (no TypeError from inside, no non-Error), and a refused call writes no file.
 *
 * Deterministic and quick: a fixed seed, 200 runs a method. The export host is the preview's, in a
 * temporary folder, so a call that got through to exportWorkbook would write a real workbook there.
 */
const SEED = 20251129;
const RUNS = 200;

/** The bundled report's sections; '' asks for its first, and a well-formed id it lacks gets a message. */
const SECTION_PAGES = [...rawDataset().sections.map((s) => s.id), '', 'no-such-section'];

let exportDir: string;
let kioskDir: string;
let host: ExportHost & { chooseSavePath: ReturnType<typeof vi.fn> };
let api: Api;

beforeAll(() => {
  exportDir = mkdtempSync(join(tmpdir(), 'lvyuan-api-props-'));
  kioskDir = mkdtempSync(join(tmpdir(), 'lvyuan-api-props-kiosk-'));
  const kioskFile = join(kioskDir, 'kiosk.json');
  // A PIN, so that exitKiosk compares each one it is given (and a right guess would leave()).
  writeFileSync(kioskFile, JSON.stringify({ exit: { pin: '97531' } }));
  const real = previewExportHost(exportDir);
  host = { ...real, chooseSavePath: vi.fn(real.chooseSavePath) };
  api = createApi({ datasetPath: DATASET_PATH, host, kiosk: fakeKioskHost(kioskFile), print: fakePrinter() });
});
afterAll(() => {
  rmSync(exportDir, { recursive: true, force: true });
  rmSync(kioskDir, { recursive: true, force: true });
});

/** Any value a structured clone (IPC) or JSON (the preview) can carry, and then some. */
const anyValue = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  stringUnit: 'binary',
});

/** Strings that have broken parsers before: huge, control characters, lone surrogates, prototype keys. */
const nastyString = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\ud800',
    '__proto__',
    'constructor',
    'toString',
    '../../etc/passwd',
    'C:\\Windows\\win.ini',
    'zh-hant',
    'EN',
    'zh-Hant ',
    'open\n',
    '1'.repeat(17),
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer({ min: 4000, max: 200_000 }).map((n) => 'x'.repeat(n)),
);

/** An article with one figure, and reviews of it: valid, or with one field out of its bounds. */
const ARTICLE = '2025年全區實現地區生產總值391億元。';
const review = fc.record({
  article: fc.record({ text: fc.oneof(fc.constant(ARTICLE), nastyString), date: fc.constantFrom('2025', '2025-02-30x') }),
  source: fc.record(
    { title: fc.oneof(fc.constant('綠園'), nastyString), url: fc.constantFrom('https://example.org/a', 'javascript:alert(1)') },
    { requiredKeys: ['title'] },
  ),
  sections: fc.constantFrom([{ id: 'overview', title: '概覽' }], [], [{ id: 'Bad Id', title: 'x' }]),
  figures: fc.array(
    fc.record({
      index: fc.integer({ min: -1, max: 2 }),
      value: fc.oneof(fc.constant(391), fc.double()),
      unit: fc.constantFrom('億元', ''),
      qualifier: fc.constantFrom('exact', 'about'),
      status: fc.constantFrom('actual', 'expected'),
      period: fc.constantFrom('2025', ''),
      label: fc.oneof(fc.constant('地區生產總值'), nastyString),
      measure: fc.constantFrom('gdp', 'GDP'),
      section: fc.constantFrom('overview', 'other'),
    }),
    { maxLength: 3 },
  ),
});

/** Near misses of each method's valid arguments: one item changed, added or dropped. */
function nearMisses(method: Method): fc.Arbitrary<unknown> {
  const lang = fc.constantFrom(...LANGS);
  const valid: Record<Method, fc.Arbitrary<unknown[]>> = {
    getDataset: fc.constant([]),
    getPage: fc.constantFrom(...SECTION_PAGES).map((page) => [page]),
    exportWorkbook: lang.map((l) => [l]),
    exportPdf: lang.map((l) => [l]),
    openExported: fc.tuple(nastyString, fc.constantFrom('open', 'reveal'), lang),
    getKioskSettings: fc.constant([]),
    exitKiosk: fc.oneof(
      nastyString.map((pin) => [{ pin }]),
      fc.tuple(nastyString, nastyString, anyValue).map(([pin, key, value]) => [{ pin, [key]: value }]),
      fc.dictionary(nastyString, anyValue, { maxKeys: 4 }).map((o) => [o]),
    ),
    openReport: fc.tuple(fc.record({ name: nastyString, base64: fc.base64String({ maxLength: 400 }) }), lang),
    openBundledReport: fc.constant([]),
    getReportState: fc.constant([]),
    openReportDialog: lang.map((l) => [l]),
    openRecentReport: fc.tuple(fc.integer({ min: -2, max: 12 }), lang),
    saveTemplate: lang.map((l) => [l]),
    extractArticle: fc.tuple(
      fc.record(
        { name: nastyString, text: fc.oneof(nastyString, fc.constant(ARTICLE)), date: fc.constantFrom('2025', '2025-13', '25', '2025-06-31') },
        { requiredKeys: ['text'] },
      ),
      lang,
    ),
    previewArticleReport: fc.tuple(review, lang),
    saveArticleReport: fc.tuple(review, lang),
  };
  return fc.oneof(
    valid[method],
    fc.tuple(valid[method], anyValue).map(([args, extra]) => [...args, extra]),
    fc.tuple(valid[method], fc.nat(), anyValue).map(([args, i, value]) => args.map((a, k) => (k === i % Math.max(1, args.length) ? value : a))),
    valid[method].map((args) => args.slice(0, -1)),
    fc.tuple(valid[method], nastyString).map(([args, s]) => args.map((a) => (typeof a === 'string' ? s : a))),
  );
}

const argsFor = (method: Method) =>
  fc.oneof({ arbitrary: anyValue, weight: 1 }, { arbitrary: fc.array(anyValue, { maxLength: 4 }), weight: 2 }, { arbitrary: nearMisses(method), weight: 3 });

/** The shape of each method's result: what the renderer relies on. */
const RESULT_SHAPE: Record<Method, (result: unknown) => boolean> = {
  getDataset: (r) => isRecord(r) && (r.ok === true ? isRecord(r.dataset) : typeof r.message === 'string'),
  getPage: (r) => isRecord(r) && (r.ok === true ? isRecord(r.dataset) : typeof r.message === 'string'),
  exportWorkbook: (r) => isRecord(r) && (r.ok === true ? typeof r.path === 'string' : r.cancelled === true || typeof r.message === 'string'),
  exportPdf: (r) =>
    isRecord(r) && (r.ok === true ? typeof r.path === 'string' && typeof r.pages === 'number' : r.cancelled === true || typeof r.message === 'string'),
  openExported: (r) => isRecord(r) && (r.ok === true || typeof r.message === 'string'),
  getKioskSettings: (r) => isRecord(r) && (r.ok === true ? isRecord(r.settings) : typeof r.message === 'string'),
  exitKiosk: (r) => isRecord(r) && (r.ok === true || ['wrong-pin', 'no-pin', 'locked'].includes(String(r.reason))),
  openReport: (r) =>
    isRecord(r) && (r.ok === true ? typeof r.file === 'string' && isRecord(r.changes) : typeof r.message === 'string' && !r.message.includes('\n')),
  openBundledReport: (r) => isRecord(r) && r.ok === true,
  getReportState: (r) => isRecord(r) && Array.isArray(r.notices),
  openReportDialog: (r) => isRecord(r) && (r.ok === true || r.cancelled === true || typeof r.message === 'string'),
  openRecentReport: (r) => isRecord(r) && (r.ok === true || typeof r.message === 'string'),
  saveTemplate: (r) => isRecord(r) && (r.ok === true ? typeof r.fileName === 'string' : r.cancelled === true || typeof r.message === 'string'),
  extractArticle: (r) =>
    isRecord(r) && (r.ok === true ? isRecord(r.extraction) && Array.isArray(r.measures) : typeof r.message === 'string' && !r.message.includes('\n')),
  previewArticleReport: (r) => isRecord(r) && (r.ok === true ? isRecord(r.dataset) : typeof r.message === 'string' && !r.message.includes('\n')),
  saveArticleReport: (r) => isRecord(r) && (r.ok === true ? typeof r.file === 'string' : r.cancelled === true || typeof r.message === 'string'),
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const exported = () => readdirSync(exportDir);

describe('callApi, for every Api method, over any argument list', () => {
  it.each(METHODS.map((m) => [m]))('%s: resolves with a result of its shape, or refuses in one short line; a refused call writes nothing', async (method) => {
    let refused = 0;
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(argsFor(method), async (args) => {
        // A valid exportWorkbook writes a real workbook (half a second); those three argument lists
        // are covered once below, so the fuzzing here stays quick.
        fc.pre(
          !(
            (method === 'exportWorkbook' || method === 'exportPdf' || method === 'saveTemplate' || method === 'saveArticleReport') &&
            CHANNELS[method].args.safeParse(args).success
          ),
        );
        const calls = host.chooseSavePath.mock.calls.length;
        let outcome: { ok: true; value: unknown } | { ok: false; error: unknown };
        try {
          outcome = { ok: true, value: await callApi(api, method, args) };
        } catch (error) {
          outcome = { ok: false, error };
        }
        if (outcome.ok) {
          answered += 1;
          expect(CHANNELS[method].args.safeParse(args).success, 'answered, so the arguments were valid').toBe(true);
          expect(RESULT_SHAPE[method](outcome.value), inspect(outcome.value).slice(0, 200)).toBe(true);
          return;
        }
        refused += 1;
        const { error } = outcome;
        expect(error).toBeInstanceOf(Error);
        expect(Object.getPrototypeOf(error)).toBe(Error.prototype);
        const message = (error as Error).message;
        expect(message.startsWith(`Invalid arguments for ${method}: `), message.slice(0, 200)).toBe(true);
        expect(message).not.toContain('\n');
        expect(message.length, message.slice(0, 200)).toBeLessThanOrEqual(300);
        expect(CHANNELS[method].args.safeParse(args).success).toBe(false);
        // Refused before the method ran: no dialog asked, no file written.
        expect(host.chooseSavePath.mock.calls.length).toBe(calls);
        expect(exported()).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    expect(refused + answered).toBeGreaterThan(RUNS / 2);
    expect(refused).toBeGreaterThan(0);
  });

  it("getPage answers the first section for '', and a message for a section the report does not have", async () => {
    const first = await callApi(api, 'getPage', ['']);
    expect(first).toEqual(await callApi(api, 'getPage', [rawDataset().sections[0]!.id]));
    expect(first).toMatchObject({ ok: true });
    expect(await callApi(api, 'getPage', ['no-such-section'])).toEqual({
      ok: false,
      message: 'the report has no section "no-such-section"',
      firstSection: 'overview',
    });
    await expect(callApi(api, 'getPage', ['No Such'])).rejects.toThrow(/^Invalid arguments for getPage: /u);
  });

  it('exportWorkbook with valid arguments writes its workbook into the export host folder (what the property checks stays empty)', async () => {
    const result = await callApi(api, 'exportWorkbook', ['en']);
    expect(result).toMatchObject({ ok: true });
    expect(exported()).toHaveLength(1);
    rmSync(join(exportDir, exported()[0] ?? ''));
  }, 30_000);

  it('saveTemplate with valid arguments writes the workbook to fill in there, named in the language', async () => {
    expect(await callApi(api, 'saveTemplate', ['zh-Hant'])).toEqual({ ok: true, fileName: '新報告.xlsx' });
    expect(exported()).toEqual(['新報告.xlsx']);
    rmSync(join(exportDir, '新報告.xlsx'));
  }, 30_000);
});
