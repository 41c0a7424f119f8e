import type { ComponentType } from 'react';
import { axisModels } from '../../../../electron/common/charts/axes';
import { isCanvasKind, type ChartKind, type KINDS } from '../../../../electron/common/charts/kinds';
import type { ChartModel } from '../../../../electron/common/charts/model';
import type { ConfigBuilder, ChartJsConfig, DrawContext } from '../config';
import { barConfig } from './bar';
import { doughnutConfig } from './doughnut';
import { hbarConfig } from './hbar';
import { KpiCards } from './KpiCards';
import { multiplesConfig } from './multiples';
import { slopeConfig } from './slope';
import { stackedConfig } from './stacked';
import { TextBlocks } from './TextBlocks';

/** A kind drawn on a canvas: its Chart.js configuration. */
type CanvasRenderer = { config: ConfigBuilder };
/**
 * A kind laid out as HTML: the component that lays it out. `brief` asks for the slide's version:
 * a line per block where the viewer has the article's prose.
 */
type HtmlRenderer = { Body: ComponentType<{ model: ChartModel; brief?: boolean }> };

type RendererOf<K extends ChartKind> = (typeof KINDS)[K]['draws'] extends 'canvas' ? CanvasRenderer : HtmlRenderer;

/** How the renderer draws each kind, keyed by kind: a new kind that lacks an entry does not compile. */
const RENDERERS: { [K in ChartKind]: RendererOf<K> } = {
  bar: { config: barConfig },
  hbar: { config: hbarConfig },
  stacked: { config: stackedConfig },
  slope: { config: slopeConfig },
  multiples: { config: multiplesConfig },
  doughnut: { config: doughnutConfig },
  kpi: { Body: KpiCards },
  text: { Body: TextBlocks },
};

export function rendererOf(kind: ChartKind): CanvasRenderer | HtmlRenderer {
  return RENDERERS[kind];
}

/** How many canvases a model draws: none for HTML kinds, one per value axis (panel) for the others. */
export function canvasCount(model: ChartModel): number {
  return isCanvasKind(model.kind) ? axisModels(model).length : 0;
}

/** The Chart.js configuration of a model whose kind draws on a canvas. */
export function chartConfig(model: ChartModel, context: DrawContext): ChartJsConfig {
  const renderer = rendererOf(model.kind);
  if (!('config' in renderer)) throw new Error(`internal: chart "${model.id}" is of kind "${model.kind}", which is not drawn on a canvas`);
  return renderer.config(model, context);
}
