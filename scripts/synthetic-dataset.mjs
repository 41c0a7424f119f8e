// A synthetic dataset N times the size of the bundled one, with the same schema: every figure copied
// N − 1 times under new ids (id-x2 … id-xN), in the same section, with the same value, unit, qualifier,
// period and quote, so that it validates like the original. Charts keep referring to the original ids.
// For the benchmarks only: `node scripts/synthetic-dataset.mjs 100 out.json`.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

export function scaledDataset(dataset, factor) {
  const copies = [];
  for (let n = 2; n <= factor; n += 1) {
    for (const figure of dataset.figures) copies.push({ ...figure, id: `${figure.id}-x${n}` });
  }
  return { ...dataset, figures: [...dataset.figures, ...copies] };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const factor = Number(process.argv[2] ?? 100);
  const out = process.argv[3] ?? join(root, 'test-results', `dataset-${factor}x.json`);
  const dataset = JSON.parse(readFileSync(join(root, 'resources', 'dataset', 'lvyuan-2025.json'), 'utf8'));
  const scaled = scaledDataset(dataset, factor);
  writeFileSync(out, JSON.stringify(scaled));
  console.log(`synthetic dataset: ${scaled.figures.length} figures (${factor}×) → ${out}`);
}
