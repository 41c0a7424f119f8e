import type { ChartModel, Point } from '../../../../electron/common/charts/model';
import type { Lang } from '../../../../electron/common/i18n/languages';
import { fontFamily } from '../../fonts';

/**
 * The model a chart draws, as the app's Chart.js plugins receive it through
 * `options.plugins.<id>` (Chart.js hands a plugin its options in every hook). Chart.js resolves
 * plain option objects through proxies that re-wrap every nested object and array on each read; an
 * instance of a class passes through as it is, so the model reaches the plugins untouched.
 */
export class DrawnModel {
  readonly fontFamily: string;

  constructor(
    readonly model: ChartModel,
    readonly lang: Lang,
    /** Chart text size in pixels. */
    readonly fontSize: number,
  ) {
    this.fontFamily = fontFamily(lang);
  }

  /** The point a Chart.js element shows: series `datasetIndex`, category `index`. */
  point(datasetIndex: number, index: number): Point | null {
    return this.model.series[datasetIndex]?.points[index] ?? null;
  }

  font(weight: 400 | 700, size = this.fontSize): string {
    return `${weight} ${size}px "${this.fontFamily}"`;
  }
}
