// Bundled and run by scripts/bench.mjs: the overview's canvas chart models in Traditional Chinese,
// built in Node from a dataset file (validated as the app loads it), printed as one JSON array for
// the floor page, which then draws them without building anything.
import { isCanvasKind } from '../../electron/common/charts/kinds';
import { chartsOnPage } from '../../electron/common/charts/registry';
import { loadDataset } from '../../electron/services/dataset';

async function main(): Promise<void> {
  const load = await loadDataset(process.argv[2] ?? '');
  if (!load.ok) throw new Error(`overview-models: ${load.message}`);
  const models = chartsOnPage('overview').map((chart) => chart.build(load.dataset, 'zh-Hant'));
  process.stdout.write(JSON.stringify(models.filter((model) => isCanvasKind(model.kind))));
}

void main();
