import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axisModels, drawnPoints } from '../../electron/common/charts/axes';
import { evaluate } from '../../electron/common/charts/calc';
import { ExpressionError, parseExpression } from '../../electron/common/charts/expression';
import { formulaWords } from '../../electron/common/charts/formula-words';
import { proposeCharts } from '../../electron/common/charts/propose';
import { chartsOf } from '../../electron/common/charts/registry';
import type { Dataset } from '../../electron/common/dataset';
import { LANGS } from '../../electron/common/i18n/languages';
import { catalog } from '../../electron/common/i18n/messages';
import { formatFigure } from '../../electron/common/format';
import { loadDataset, parseDataset, type DatasetLoad } from '../../electron/services/dataset';
import { DATASET_PATH, ROOT, rawDataset } from './helpers';

const SECOND = join(ROOT, 'tests', 'fixtures', 'reports', 'ningde-2021.json');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lvyuan-report-file-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function loaded(path: string): Promise<Dataset> {
  const load = await loadDataset(path);
  if (!load.ok) throw new Error(load.message);
  return load.dataset;
}

function broken(edit: (data: Dataset) => void): DatasetLoad {
  const data = rawDataset();
  edit(data);
  return parseDataset(JSON.parse(JSON.stringify(data)), 'broken.json');
}

function message(load: DatasetLoad): string {
  expect(load.ok).toBe(false);
  return load.ok ? '' : load.message;
}

describe('expressions in a report file', () => {
  it('read into the tree the screen evaluates', () => {
    const tree = parseExpression('({a} / {b}) ^ (1 / 5) - 1');
    expect(
      evaluate(tree, {
        figures: [
          { id: 'a', value: 391, unit: '億元' },
          { id: 'b', value: 299.3, unit: '億元' },
        ] as Dataset['figures'],
      }),
    ).toBeCloseTo(0.0549, 4);
  });

  it.each([
    ['', 'is empty'],
    ['{a} +', 'ends where'],
    ['({a} + 1', 'is not closed'],
    ['{A_b} + 1', 'is not a figure id'],
    ['{a} $ 2', 'unexpected "$" at character 5'],
    ['{a} 2', 'unexpected 2 at character 5'],
  ])('refuse %j, saying where (%s)', (text, said) => {
    expect(() => parseExpression(text)).toThrow(ExpressionError);
    expect(() => parseExpression(text)).toThrow(said);
  });

  it('give formula words from the values the report holds now, in every language', () => {
    const figures = new Map([
      ['end', { value: 420, unit: '億元' as const }],
      ['start', { value: 299.3, unit: '億元' as const }],
      ['share', { value: 26.9, unit: '%' as const }],
    ]);
    const lookup = (id: string) => figures.get(id);
    const growth = parseExpression('({end} / {start}) ^ (1 / 5) - 1');
    expect(formulaWords(growth, 'en', lookup)).toBe('fifth root of (420 ÷ 299.3) − 1');
    expect(formulaWords(growth, 'zh-Hant', lookup)).toBe('(420 ÷ 299.3) 的5次方根 − 1');
    expect(formulaWords(parseExpression('1 - {share}'), 'zh-Hans', lookup)).toBe('100% − 26.9%');
    expect(formulaWords(parseExpression('{end} - ({start} - 1)'), 'en', lookup)).toBe('420 − (299.3 − 1)');
  });
});

describe('the bundled report, as a file', () => {
  it('moves its words with its data: GDP 2025 at 420 changes every formula and note that states it', () => {
    const data = rawDataset();
    const gdp = data.figures.find((f) => f.id === 'gdp-2025');
    if (!gdp) throw new Error('no gdp-2025');
    gdp.value = 420;
    gdp.source.quote = gdp.source.quote?.replace('391', '420');
    const load = parseDataset(data, 'edited.json');
    if (!load.ok) throw new Error(load.message);
    const text = JSON.stringify(chartsOf(load.dataset).map((c) => c.build(load.dataset, 'en')));
    expect(text).toContain('fifth root of (420 ÷ 299.3) − 1');
    expect(text).not.toContain('391 ÷');
    expect(text).toContain('7.01%');
  });

  it('holds no figure id or figure value in the code or the message catalogs', () => {
    const report = rawDataset();
    const ids = report.figures.map((f) => f.id).filter((id) => id.includes('-'));
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'electron', 'renderer'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .filter((f) => /\.(ts|tsx|json|css|html)$/u.test(f));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const source = readFileSync(join(ROOT, file), 'utf8');
      // Anywhere, comments included: an example in a comment goes stale as surely as code.
      for (const id of ids) expect(new RegExp(`(?<![a-z0-9-])${id}(?![a-z0-9-])`, 'u').test(source), `${file} names ${id}`).toBe(false);
    }
    const load = parseDataset(report, 'bundled.json');
    if (!load.ok) throw new Error(load.message);
    for (const lang of LANGS) {
      // A figure's value as shown (超561.3億元, ≥ 30, CNY 39.1 bn), and the numbers of a formula (4 + 67, 391 ÷ 299.3).
      const shown = load.dataset.figures.map((f) => formatFigure(f, lang)).filter((text) => /\d/u.test(text) && /[^\d.,\s]/u.test(text));
      for (const [key, text] of Object.entries(catalog(lang))) {
        for (const id of ids) expect(text.includes(id), `${lang} ${key} names ${id}`).toBe(false);
        for (const value of shown)
          expect(new RegExp(`(?<![\\d.])${value.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`, 'u').test(text), `${lang} ${key} states ${value}`).toBe(false);
        expect(/\d\s*[+÷×−]\s*\d/u.test(text), `${lang} ${key} holds a formula: ${text}`).toBe(false);
      }
    }
  });

  it('migrates a version-1 dataset file: every figure kept, charts proposed by the grammar', async () => {
    const v1 = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'reports', 'v1', 'lvyuan-2025.json'), 'utf8')) as { figures: unknown[] };
    const path = join(dir, 'v1.json');
    writeFileSync(path, JSON.stringify(v1));
    const report = await loaded(path);
    expect(report.schemaVersion).toBe(2);
    expect(report.figures).toHaveLength(v1.figures.length);
    expect(report.charts.length).toBeGreaterThan(0);
    for (const section of report.sections)
      expect(
        report.charts.some((c) => c.section === section.id),
        section.id,
      ).toBe(true);
  });
});

describe('charts proposed by the grammar', () => {
  it('place every figure of every section of the bundled report', async () => {
    const report = await loaded(DATASET_PATH);
    for (const section of report.sections) {
      const specs = proposeCharts(section, report.figures);
      const withSpecs = { ...report, charts: specs };
      const rows = new Set(chartsOf(withSpecs).flatMap((c) => c.build(withSpecs, 'en').rows.flatMap((r) => (r.figureId ? [r.figureId] : []))));
      for (const figure of report.figures.filter((f) => f.section === section.id)) expect(rows.has(figure.id), `${section.id}: ${figure.id}`).toBe(true);
      // They pass the checks a written chart must pass.
      expect(parseDataset({ ...rawDataset(), charts: specs }, 'proposed.json').ok, section.id).toBe(true);
    }
  });

  it('make a slope of one thing at two periods, and cards of unlike measures', async () => {
    const report = await loaded(DATASET_PATH);
    const overview = report.sections[0];
    if (!overview) throw new Error('no section');
    const specs = proposeCharts(overview, report.figures);
    const slope = specs.find((s) => s.kind === 'slope');
    expect(slope && 'figures' in slope ? slope.figures.map((f) => f.figure) : []).toEqual(['gdp-2020', 'gdp-2025']);
    expect(specs.filter((s) => s.kind === 'kpi').length).toBeGreaterThan(0);
  });
});

describe('a broken chart spec is one line naming the file, the chart and the field', () => {
  const chart = (data: Dataset, id: string) => {
    const found = data.charts.find((c) => c.id === id);
    if (!found) throw new Error(`no chart ${id}`);
    return found;
  };

  it('an unknown figure', () => {
    const text = message(
      broken((d) => {
        const spec = chart(d, 'hte-pipeline');
        if ('figures' in spec && spec.figures?.[0]) spec.figures[0].figure = 'no-such-figure';
      }),
    );
    expect(text).toBe('broken.json: chart "hte-pipeline", field "figures[0].figure": unknown figure "no-such-figure"');
  });

  it('two measures on one axis', () => {
    const text = message(
      broken((d) => {
        const spec = chart(d, 'pillar-growth');
        if (spec.kind === 'hbar') spec.figures.push({ figure: 'food-pharma-output-share' });
      }),
    );
    expect(text).toBe(
      'broken.json: chart "pillar-growth", field "figures[2].figure": "food-pharma-output-share" measures "industrial-output-share", not "output-growth-annual": one measure per axis',
    );
    expect(text.split('\n')).toHaveLength(1);
  });

  it('a part beside its whole', () => {
    const text = message(
      broken((d) => {
        d.charts.push({
          kind: 'bar',
          id: 'parts',
          section: 'green',
          title: d.meta.title,
          figures: [{ figure: 'green-factories' }, { figure: 'national-green-factories' }],
        });
      }),
    );
    expect(text).toBe(
      'broken.json: chart "parts", field "figures[1].figure": draws "national-green-factories" beside its whole "green-factories": state the part as an annotation, or stack the parts',
    );
  });

  it('a level drawn as a length', () => {
    const text = message(
      broken((d) => {
        d.charts.push({ kind: 'bar', id: 'levels', section: 'emerging', title: d.meta.title, figures: [{ figure: 'peek-industrial-park' }] });
      }),
    );
    expect(text).toContain('chart "levels", field "figures[0].figure": draws "peek-industrial-park", a level (級), as a length');
  });

  it('an unknown section', () => {
    const text = message(
      broken((d) => {
        chart(d, 'gdp-path').section = 'nowhere';
      }),
    );
    expect(text).toMatch(/^broken\.json: chart "gdp-path", field "section": unknown section "nowhere"; expected one of overview, /u);
  });

  it('a bad schemaVersion', () => {
    const text = message(
      broken((d) => {
        (d as { schemaVersion: number }).schemaVersion = 7;
      }),
    );
    expect(text).toBe('broken.json: field "schemaVersion": must be 2 (this app reads report files of schema version 2, and migrates version 1)');
  });

  it('a note that refers to nothing', () => {
    const text = message(
      broken((d) => {
        chart(d, 'srdi-tiers').notes = [{ 'zh-Hant': '{nothing}', 'zh-Hans': '{nothing}', en: '{nothing}' }];
      }),
    );
    expect(text).toContain('chart "srdi-tiers", field "notes[0].zh-Hant": refers to {nothing}');
  });

  it('an expression that does not parse', () => {
    const text = message(
      broken((d) => {
        const spec = chart(d, 'gdp-growth');
        if (spec.derived?.[0]) spec.derived[0].calc = '({gdp-2025} / {gdp-2020}';
      }),
    );
    expect(text).toContain('chart "gdp-growth", field "derived[0].calc": the expression "(" at character 1 is not closed');
  });
});

describe('a second report, written from another article with no code', () => {
  it("loads, with its own charts and the grammar's, and every chart builds on every axis in every language", async () => {
    const report = await loaded(SECOND);
    expect(report.meta.sources[0]?.script).toBe('zh-Hans');
    expect(report.figures.length).toBeGreaterThanOrEqual(15);
    expect(report.figures.some((f) => f.status === 'target')).toBe(true);
    expect(report.figures.some((f) => f.partOf !== undefined)).toBe(true);
    const written = report.charts.filter((c) => ['ningde-key-figures', 'ningde-gdp-path'].includes(c.id));
    expect(written).toHaveLength(2);
    // Sections without written charts were charted by the grammar.
    for (const section of report.sections)
      expect(
        report.charts.some((c) => c.section === section.id),
        section.id,
      ).toBe(true);
    for (const lang of LANGS) {
      for (const chart of chartsOf(report)) {
        const model = chart.build(report, lang);
        expect(model.title, `${chart.id} ${lang}`).not.toBe('');
        for (const axis of axisModels(model)) expect(drawnPoints(axis).every((p) => Number.isFinite(p.value))).toBe(true);
      }
    }
  });

  it('states its notes from its figures, and generates its formula words', async () => {
    const report = await loaded(SECOND);
    const key = chartsOf(report)
      .find((c) => c.id === 'ningde-key-figures')
      ?.build(report, 'en');
    expect(key?.notes[0]).toBe("In 2007 Ningde's GDP was CNY 47.05 bn, while Dongguan's was already > CNY 300 bn.");
    const path = chartsOf(report)
      .find((c) => c.id === 'ningde-gdp-path')
      ?.build(report, 'zh-Hans');
    expect(path?.annotations[0]?.derived?.formula).toBe('3,151.08 ÷ 470.51');
  });

  it('is the only other report fixture, and every report fixture loads', async () => {
    const files = readdirSync(join(ROOT, 'tests', 'fixtures', 'reports')).filter((f) => f.endsWith('.json') && !f.includes('draft'));
    expect(files.length).toBeGreaterThanOrEqual(1);
    for (const file of files) await loaded(join(ROOT, 'tests', 'fixtures', 'reports', file));
  });
});
