import { describe } from '../../../common/charts/build';
import type { NativeKind } from '../../../common/charts/kinds';
import type { ChartModel, Point } from '../../../common/charts/model';
import { t, type MessageKey } from '../../../common/i18n/messages';
import { profile } from '../../../common/i18n/profiles';

/**
 * A native chart's alternative text (the drawing's xdr:cNvPr descr), in the export's language: what
 * a screen reader says of the chart in place of seeing it. The kind in words, the measure (the value
 * axis's title), then the screen reader's description of the chart (build.ts describe: the title and
 * every value drawn, with its period and status). Values stated beside the chart rather than drawn
 * (annotations) are in the cells under it, not in the chart.
 */

const KIND_WORDS: Record<NativeKind, MessageKey> = {
  bar: 'report.chartKind.bar',
  hbar: 'report.chartKind.hbar',
  stacked: 'report.chartKind.stacked',
  slope: 'report.chartKind.slope',
  multiples: 'report.chartKind.multiples',
  doughnut: 'report.chartKind.doughnut',
};

/** A measure after "Bar chart of": its first letter in lower case where it starts a capitalised word ("Yearly growth", not "GDP"). */
function inRunningText(measure: string): string {
  return /^\p{Lu}\p{Ll}/u.test(measure) ? `${measure.charAt(0).toLocaleLowerCase()}${measure.slice(1)}` : measure;
}

/**
 * Each value drawn, named so that it reads alone: by its category, or where the chart has several
 * series by its series too (the parts of a stacked bar, named by the legend on screen).
 */
function drawnPoints(model: ChartModel): Point[] {
  const [open, close] = profile(model.lang).brackets;
  const several = model.series.length > 1;
  return model.series.flatMap((series) =>
    series.points.flatMap((point) => {
      if (point === null) return [];
      if (!several) return [point];
      return [{ ...point, category: model.categories.length > 1 ? `${point.category}${open}${series.name}${close}` : series.name }];
    }),
  );
}

export function altText(model: ChartModel, kind: NativeKind): string {
  const description = describe(model.title, drawnPoints(model), model.lang);
  const words = t(model.lang, KIND_WORDS[kind]);
  return model.valueAxis
    ? t(model.lang, 'report.chartAlt', { kind: words, measure: inRunningText(model.valueAxis), description })
    : t(model.lang, 'report.chartAltNoMeasure', { kind: words, description });
}
