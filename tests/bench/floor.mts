// The floor page's script (built by scripts/bench.mjs): the overview's charts drawn by the app's own
// Chart.js set-up from models built ahead of time in Node, on the HTML the app rendered. No React,
// no dataset request, no model building: what any page that shows these charts has to pay. A module
// of its own (.mts, with tsconfig.floor.json) because it runs in the browser on renderer code, which
// the Node project that checks tests/bench/*.ts cannot type-check.
import type { ChartModel } from '../../electron/common/charts/model';
import { Chart } from '../../renderer/src/charts/chartjs';
import { canvasCount, chartConfig } from '../../renderer/src/charts/kinds';
import { loadFonts } from '../../renderer/src/fonts';
import { pageFontSize } from '../../renderer/src/charts/font-size';

/** The overview's canvas models, built by tests/bench/overview-models.ts and put in by esbuild's define. */
declare const FLOOR_MODELS: ChartModel[];

async function draw(): Promise<void> {
  await loadFonts('zh-Hant');
  const canvases = [...document.querySelectorAll('canvas')];
  if (canvases.length !== FLOOR_MODELS.length) throw new Error(`floor: ${canvases.length} canvases on the page but ${FLOOR_MODELS.length} chart models`);
  const fontSize = pageFontSize();
  for (const canvas of canvases) {
    const model = FLOOR_MODELS.find((m) => m.id === canvas.dataset.chart);
    // A multiples chart draws one canvas per panel, which this page does not lay out: the overview has none.
    if (model === undefined || canvasCount(model) !== 1) throw new Error(`floor: no one-canvas model for the canvas of chart "${canvas.dataset.chart ?? ''}"`);
    new Chart(canvas, chartConfig(model, { lang: 'zh-Hant', fontSize }));
  }
  // As the app marks, in the same task as the last chart's creation (PageView's useDrawnMark).
  performance.mark('lvyuan:page-drawn', { detail: { page: 'floor', lang: 'zh-Hant' } });
  document.documentElement.dataset.drawnPage = 'floor';
}

void draw();
