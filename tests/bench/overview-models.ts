// Bundled and run by scripts/bench.mjs: the overview's canvas chart models in Traditional Chinese,
// built in Node from a dataset file (validated as the app loads it), printed as one JSON array for
// the floor page, which then draws them without building anything. The overview is the report's
// first section, the page the app opens on.
import { isCanvasKind } from '../../electron/common/charts/kinds';
import { chartsOnPage } from '../../electron/common/charts/registry';
import { loadDataset } from '../../electron/services/dataset';

async function main(): Promise<void> {
  const load = await loadDataset(process.argv[2] ?? '');
  if (!load.ok) throw new Error(`overview-models: ${load.message}`);
  const overview = load.dataset.sections[0]?.id ?? '';
  const models = chartsOnPage(load.dataset, overview).map((chart) => chart.build(load.dataset, 'zh-Hant'));
  if (models.length === 0) throw new Error(`overview-models: the report's first section "${overview}" has no charts`);
  process.stdout.write(JSON.stringify(models.filter((model) => isCanvasKind(model.kind))));
}

void main();
