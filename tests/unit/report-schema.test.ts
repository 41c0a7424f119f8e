import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { datasetShape } from '../../electron/common/dataset';
import { ROOT } from './helpers';

/**
 * docs/report.schema.json, the JSON Schema of the report file for people who write one by hand, is
 * generated from the zod schema the app validates with: `npm run schema` writes it, and this test
 * fails while the committed file differs from what the schema says now.
 */
const PATH = join(ROOT, 'docs', 'report.schema.json');

function generated(): string {
  const schema = z.toJSONSchema(datasetShape, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'Lüyuan Report: report file', description: 'A statistical report: its sources, sections, figures (each with its verbatim quote), charts and presentation defaults. The app also checks what a schema cannot say: every reference resolves, each value appears in its quote, and the chart grammar holds (docs/ARCHITECTURE.md, "The report file").' }, null, 2)}\n`;
}

describe("the report file's JSON Schema in docs/", () => {
  it('is the one the app validates with', () => {
    if (process.env.WRITE_SCHEMA === '1') writeFileSync(PATH, generated());
    expect(existsSync(PATH), 'run npm run schema').toBe(true);
    expect(readFileSync(PATH, 'utf8'), 'run npm run schema').toBe(generated());
  });

  it("describes the bundled report's top level", () => {
    const schema = JSON.parse(readFileSync(PATH, 'utf8')) as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['schemaVersion', 'meta', 'sections', 'figures', 'charts', 'kiosk']));
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'meta', 'sections', 'figures']));
  });
});
