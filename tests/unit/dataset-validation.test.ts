import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dataset } from '../../electron/common/dataset';
import { loadDataset, parseDataset, type DatasetLoad } from '../../electron/services/dataset';
import { scaledDataset } from '../../scripts/synthetic-dataset.mjs';
import { rawDataset } from './helpers';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lvyuan-dataset-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function loadBroken(name: string, edit: (data: Dataset) => void): Promise<DatasetLoad> {
  const data = rawDataset();
  edit(data);
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(data));
  return loadDataset(path);
}

function messageOf(load: DatasetLoad): string {
  expect(load.ok).toBe(false);
  return load.ok ? '' : load.message;
}

function figure(data: Dataset, id: string) {
  const found = data.figures.find((f) => f.id === id);
  if (!found) throw new Error(`no figure ${id}`);
  return found;
}

describe('dataset validation', () => {
  it('rejects an unknown unit, naming the file, the figure and the field', async () => {
    const load = await loadBroken('unit.json', (d) => {
      (figure(d, 'gdp-2025') as { unit: string }).unit = '億美金';
    });
    expect(messageOf(load)).toBe(
      'unit.json: figure "gdp-2025", field "unit": unknown unit "億美金"; expected a unit of the list (億元, 萬人, %, 個百分點, 戶, 噸…)',
    );
  });

  it('rejects a duplicate id', async () => {
    const load = await loadBroken('duplicate.json', (d) => {
      figure(d, 'gdp-2020').id = 'gdp-2025';
    });
    expect(messageOf(load)).toContain('duplicate.json: figure "gdp-2025", field "id": duplicate id "gdp-2025"');
  });

  it('rejects a value that does not appear in its own quote', async () => {
    const load = await loadBroken('value.json', (d) => {
      figure(d, 'industrial-output').value = 516.3;
    });
    expect(messageOf(load)).toContain(
      'value.json: figure "industrial-output", field "value": 516.3 does not appear in its own quote "工業總產值突破561.3億元"',
    );
  });

  it('reads 百億 as 100 in 億元, and rejects 1e10 for it', async () => {
    const ok = await loadBroken('hundred.json', () => undefined);
    expect(ok.ok).toBe(true);
    const load = await loadBroken('hundred-bad.json', (d) => {
      figure(d, 'beef-processing-output').value = 1e10;
    });
    expect(messageOf(load)).toContain('figure "beef-processing-output", field "value": 10000000000 does not appear in its own quote');
  });

  it('rejects a missing language', async () => {
    const load = await loadBroken('language.json', (d) => {
      delete (figure(d, 'gdp-2025').label as Partial<Record<string, string>>).en;
    });
    expect(messageOf(load)).toContain('language.json: figure "gdp-2025", field "label.en": missing en text');
  });

  it('rejects a value written as a string', async () => {
    const load = await loadBroken('string-value.json', (d) => {
      (figure(d, 'gdp-2025') as unknown as { value: string }).value = '391';
    });
    expect(messageOf(load)).toContain('figure "gdp-2025", field "value": must be a JSON number');
  });

  it('rejects an unknown qualifier, status and period', async () => {
    const load = await loadBroken('enums.json', (d) => {
      const f = figure(d, 'gdp-growth-avg') as { qualifier: string; status: string; period: string };
      f.qualifier = 'more-than';
      f.status = 'estimated';
      f.period = 'FY2025';
    });
    const message = messageOf(load);
    expect(message).toContain('figure "gdp-growth-avg", field "qualifier": unknown qualifier "more-than"');
    expect(message).toContain('field "status": unknown status "estimated"');
    expect(message).toContain(
      'field "period": must be a year (2025), a half (2025-H1), a quarter (2025-Q1), a month (2025-11) or a range of one kind (2021/2025, 2025-01/2025-11)',
    );
  });

  it('rejects a reference to an enterprise or figure that does not exist', async () => {
    const load = await loadBroken('refs.json', (d) => {
      figure(d, 'haoyue-avg-growth').enterprise = 'no-such-firm';
      d.enterprises[0]!.figures.push('no-such-figure');
    });
    const message = messageOf(load);
    expect(message).toContain('figure "haoyue-avg-growth", field "enterprise": unknown enterprise "no-such-firm"');
    expect(message).toContain(`enterprise "${rawDataset().enterprises[0]!.id}", field "figures[1]": unknown figure "no-such-figure"`);
  });

  it('explains a file that is not JSON', async () => {
    const path = join(dir, 'corrupt.json');
    writeFileSync(path, '{"schemaVersion": 1, "figures": [');
    expect(messageOf(await loadDataset(path))).toMatch(/^corrupt\.json: is not valid JSON \(/u);
  });

  it('explains a missing file', async () => {
    expect(messageOf(await loadDataset(join(dir, 'absent.json')))).toMatch(/^absent\.json: cannot read the dataset file \(the file does not exist\)/u);
  });

  it('explains a folder given in place of the file', async () => {
    expect(messageOf(await loadDataset(dir))).toMatch(/cannot read the dataset file \(it is a folder, not a file\)/u);
  });

  it('rejects a file of another schema version', async () => {
    const load = await loadBroken('version.json', (d) => {
      (d as unknown as { schemaVersion: number }).schemaVersion = 3;
    });
    expect(messageOf(load)).toContain('version.json: field "schemaVersion": must be 2');
  });

  it('quotes at most a short excerpt of a bad value, whatever its length', async () => {
    const unit = await loadBroken('long-unit.json', (d) => {
      (figure(d, 'gdp-2025') as { unit: string }).unit = '億美金'.repeat(100_000);
    });
    expect(messageOf(unit)).toBe(
      `long-unit.json: figure "gdp-2025", field "unit": unknown unit "${'億美金'.repeat(13)}億…" (300000 characters); expected a unit of the list (億元, 萬人, %, 個百分點, 戶, 噸…)`,
    );
    const quote = await loadBroken('long-quote.json', (d) => {
      const f = figure(d, 'industrial-output');
      f.value = 516.3;
      f.source.quote = `${f.source.quote}${'。'.repeat(250_000)}`;
    });
    expect(messageOf(quote)).toBe(
      `long-quote.json: figure "industrial-output", field "value": 516.3 does not appear in its own quote "工業總產值突破561.3億元${'。'.repeat(60 - 14)}…" (${14 + 250_000} characters)`,
    );
    const id = await loadBroken('long-id.json', (d) => {
      figure(d, 'gdp-2025').id = `gdp\n${'x'.repeat(100_000)}`;
    });
    const lines = messageOf(id).split('\n');
    expect(lines).toEqual([`long-id.json: figure "gdp\\n${'x'.repeat(35)}…" (100004 characters), field "id": must be a kebab-case id (a-z, 0-9, -)`]);
  });

  it('says where the JSON breaks and what it found there, without quoting the text around it', async () => {
    const path = join(dir, 'syntax.json');
    writeFileSync(path, `{\n  "schemaVersion": 1,\n  "version": "x${'y'.repeat(1000)}" "oops"\n}`);
    expect(messageOf(await loadDataset(path))).toBe('syntax.json: is not valid JSON (line 3, column 1018: unexpected "\\"")');
    writeFileSync(path, '{"schemaVersion": 1, "figures": [');
    expect(messageOf(await loadDataset(path))).toBe('syntax.json: is not valid JSON (line 1, column 34: the file ends too early)');
    writeFileSync(path, 'nonsense');
    expect(messageOf(await loadDataset(path))).toBe('syntax.json: is not valid JSON (line 1, column 2: unexpected "o")');
  });

  it('names the byte that is not UTF-8 by its offset and line, instead of reading it as �', async () => {
    const path = join(dir, 'big5.json');
    const text = JSON.stringify(rawDataset(), null, 2);
    const at = text.indexOf('"zh-Hant": "') + 12;
    // The first character of a zh-Hant label as Big5 would write it: 0xBA 0xF1 is 綠.
    writeFileSync(path, Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from([0xba, 0xf1]), Buffer.from(text.slice(at + 1))]));
    const offset = Buffer.byteLength(text.slice(0, at));
    const line = text.slice(0, at).split('\n').length;
    expect(messageOf(await loadDataset(path))).toBe(`big5.json: is not valid UTF-8 (byte 0xBA at offset ${offset}, line ${line}); save the file as UTF-8`);
  });

  it('reads only a regular file: a named pipe (FIFO) or a device is refused at once, not waited on', async () => {
    if (process.platform === 'win32') return;
    const fifo = join(dir, 'fifo.json');
    execFileSync('mkfifo', [fifo]);
    const started = performance.now();
    const load = await Promise.race([
      loadDataset(fifo),
      new Promise<DatasetLoad>((resolve) => setTimeout(() => resolve({ ok: false, problems: [], message: 'still waiting after 1 s' }), 1000)),
    ]);
    expect(messageOf(load)).toBe(`fifo.json: cannot read the dataset file (it is a named pipe (FIFO), not a regular file): ${fifo}`);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(messageOf(await loadDataset('/dev/zero'))).toBe('zero: cannot read the dataset file (it is a device, not a regular file): /dev/zero');
  });

  it('reads at most 16 MB (the dataset is 70 KB; 100 times its figures, about 4 MB)', async () => {
    const path = join(dir, 'huge.json');
    writeFileSync(path, `${JSON.stringify(rawDataset())}${' '.repeat(16 * 1024 * 1024)}`);
    expect(messageOf(await loadDataset(path))).toMatch(
      /^huge\.json: cannot read the dataset file \(it is 16\.1 MB, more than the 16 MB such a file may be\): \//u,
    );
  });

  it('loads a dataset with 100 times the figures (6,700), the same schema', async () => {
    const path = join(dir, 'scaled.json');
    writeFileSync(path, JSON.stringify(scaledDataset(rawDataset(), 100)));
    const load = await loadDataset(path);
    if (!load.ok) throw new Error(load.message);
    expect(load.dataset.figures).toHaveLength(100 * rawDataset().figures.length);
  }, 30_000);
});

describe('a report with many faults', () => {
  it('lists the first five, a line each, then how many more there are', () => {
    const raw = rawDataset();
    // Seven figures with an unknown unit: seven faults of one kind.
    raw.figures.slice(0, 7).forEach((figure) => ((figure as { unit: string }).unit = 'parsecs'));
    const load = parseDataset(raw, 'many.json');
    expect(load.ok).toBe(false);
    if (load.ok) return;
    expect(load.problems).toHaveLength(7);
    const lines = load.message.split('\n');
    expect(lines).toHaveLength(6);
    expect(lines.slice(0, 5).every((line) => line.startsWith('many.json: figure ') && line.includes('unknown unit "parsecs"'))).toBe(true);
    expect(lines[5]).toBe('many.json: … and 2 more problems');
    // Five faults: no "more" line.
    const five = rawDataset();
    five.figures.slice(0, 5).forEach((figure) => ((figure as { unit: string }).unit = 'parsecs'));
    const fiveLoad = parseDataset(five, 'five.json');
    expect(fiveLoad.ok ? [] : fiveLoad.message.split('\n')).toHaveLength(5);
  });
});
