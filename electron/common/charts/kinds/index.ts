import { bar } from './bar';
import { doughnut } from './doughnut';
import { hbar } from './hbar';
import { kpi } from './kpi';
import { multiples } from './multiples';
import { slope } from './slope';
import { stacked } from './stacked';
import { text } from './text';
import type { KindTraits } from './traits';

export type { KindTraits };

/**
 * Every chart kind, one line each. ChartKind is this map's keys, and every surface keeps an
 * exhaustive map of its adapters keyed by kind, so the compiler names each surface a new kind lacks.
 */
export const KINDS = { bar, hbar, stacked, slope, multiples, doughnut, kpi, text } as const satisfies Record<string, KindTraits>;

export type ChartKind = keyof typeof KINDS;
type Traits = typeof KINDS;

/** The kinds drawn on a Chart.js canvas. */
export type CanvasKind = { [K in ChartKind]: Traits[K]['draws'] extends 'canvas' ? K : never }[ChartKind];
/** The kinds that become a native Excel chart in the workbook. */
export type NativeKind = { [K in ChartKind]: Traits[K]['workbook'] extends 'native-chart' ? K : never }[ChartKind];

const ALL = Object.keys(KINDS) as ChartKind[];

export function isCanvasKind(kind: ChartKind): kind is CanvasKind {
  return KINDS[kind].draws === 'canvas';
}

export function isNativeKind(kind: ChartKind): kind is NativeKind {
  return KINDS[kind].workbook === 'native-chart';
}

/** Every kind drawn on a canvas, in the registry's order. */
export const CANVAS_KINDS: readonly CanvasKind[] = ALL.filter(isCanvasKind);
