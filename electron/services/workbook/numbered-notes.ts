import type { TextPart } from '../../common/charts/model';
import type { Lang } from '../../common/i18n/languages';
import { t } from '../../common/i18n/messages';
import { profile } from '../../common/i18n/profiles';

/** A note said beside a chart: its number, where the chart is, and its text as parts (values live on the Notes sheet). */
export type NumberedNote = { number: number; sheet: string; chart: string; parts: readonly TextPart[] };

/**
 * The notes said beside the charts (annotations, the report's notes, each derived value's formula),
 * numbered in the order the sheets show them, as a statistics office numbers them: each once, in
 * the Notes table, and "[note 3]" under its chart. A line written under a chart ran across the sheet
 * in a merged cell; a table row holds it whole, filters and reads aloud.
 */
export class NumberedNotes {
  readonly notes: NumberedNote[] = [];

  constructor(
    private readonly lang: Lang,
    /** The sheet the notes are on, as a line under a chart names it. */
    readonly sheetName: string,
  ) {}

  /** Numbers a chart's notes; returns the line that points to them under the chart, or undefined where it has none. */
  add(sheet: string, chart: string, lines: readonly (readonly TextPart[])[]): string | undefined {
    if (lines.length === 0) return undefined;
    const markers = lines.map((parts) => {
      const number = this.notes.length + 1;
      this.notes.push({ number, sheet, chart, parts });
      return this.marker(number);
    });
    return t(this.lang, 'report.notesLine', { notes: markers.join(profile(this.lang).listSeparator), sheet: this.sheetName });
  }

  /** "[note 3]", as the Notes table's first column and the line under a chart write it. */
  marker(number: number): string {
    return t(this.lang, 'report.noteMarker', { n: number });
  }
}
