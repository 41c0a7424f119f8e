import { specFigureIds } from '../../common/charts/spec-refs';
import type { Dataset, Figure, Section } from '../../common/dataset';
import { excerpt } from '../../common/excerpt';
import { unitLabel } from '../../common/format';
import { LANGS, type Lang } from '../../common/i18n/languages';
import { t } from '../../common/i18n/messages';
import type { CellProblem, FiguresTable, TableFigure } from './figures-table';

/**
 * A report from a workbook's figures table: the report the workbook carries (embedded-report.ts)
 * with the table's figures in place of its own, or, for a workbook without one, a report made of the
 * table alone, whose charts the grammar proposes. A value that differs from the one the source gave
 * is marked revised; the source's quote stays, as the evidence of the value it gave.
 */

type Localized = Record<Lang, string>;

function everyLanguage(text: string): Localized {
  return Object.fromEntries(LANGS.map((lang) => [lang, text])) as Localized;
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** The revision a read value makes: none where it is the source's, the one already recorded where it has not changed since. */
function revisionOf(base: Figure, value: number, read: { file: string; at: Date }): Figure['revision'] {
  const previous = base.revision?.previous ?? base.value;
  if (sameNumber(value, previous)) return undefined;
  if (base.revision && sameNumber(value, base.value)) return base.revision;
  return { previous, read: read.at.toISOString(), file: read.file };
}

/** A section by its title in any language, or its id. */
function sectionId(sections: readonly Section[], text: string): string | undefined {
  const wanted = text.trim();
  return sections.find((s) => s.id === wanted || LANGS.some((lang) => s.title[lang].trim() === wanted))?.id;
}

/** The kiosk's playlist without the charts that went; none where none is left, so that every chart plays. */
function playlistOf(kiosk: Dataset['kiosk'], charts: ReadonlySet<string>): Dataset['kiosk'] {
  const { playlist, ...rest } = kiosk;
  const kept = (playlist ?? []).filter((id) => charts.has(id));
  return kept.length > 0 ? { ...rest, playlist: kept } : rest;
}

export type TableReport = { ok: true; raw: Record<string, unknown> } | { ok: false; problems: CellProblem[] };

/** The figure as the table gives it, over the figure the report had (or none, for a row added in the workbook). */
function figureFrom(row: TableFigure, base: Figure | undefined, section: string, measure: string, lang: Lang, read: { file: string; at: Date }): Figure {
  const revision = base ? revisionOf(base, row.value, read) : undefined;
  const kept: Partial<Figure> = base ? { ...base } : {};
  // Words stating the source's value (翻番) no longer state a revised one.
  if (revision) delete kept.stated;
  delete kept.revision;
  // A range's upper end goes with its qualifier: a row no longer a range keeps only its value.
  if (row.qualifier !== 'range') delete kept.upper;
  return {
    ...kept,
    id: row.id,
    section,
    label: base ? { ...base.label, [lang]: row.label } : everyLanguage(row.label),
    measure,
    value: row.value,
    // Two units may share their words in a language (戶 and 家 are both "firms"): the figure keeps its own where the words are its.
    unit: base && unitLabel(base.unit, lang) === unitLabel(row.unit, lang) ? base.unit : row.unit,
    qualifier: row.qualifier,
    status: row.status,
    period: row.period,
    source: base ? base.source : row.quote === undefined ? {} : { quote: row.quote },
    ...(revision ? { revision } : {}),
  };
}

/** The measure of a figure added in the workbook: that of a figure with the same label, else its own. */
function measureOf(row: TableFigure, figures: readonly Figure[], lang: Lang): string {
  return figures.find((f) => f.label[lang] === row.label)?.measure ?? row.id;
}

/** The report the workbook carried, with the table's figures: rows added, removed and revised. */
export function reportFromTable(table: FiguresTable, embedded: Dataset | undefined, read: { file: string; at: Date }, messages: Lang): TableReport {
  const lang = table.lang;
  const base = embedded ?? undefined;
  const sections: Section[] = base ? [...base.sections] : [];
  const problems: CellProblem[] = [];
  const figures: Figure[] = [];
  for (const row of table.figures) {
    const known = base?.figures.find((f) => f.id === row.id);
    let section = row.section === undefined ? (known?.section ?? sections[0]?.id) : sectionId(sections, row.section);
    if (section === undefined && row.section !== undefined) {
      if (base) {
        problems.push({
          sheet: table.sheet,
          cell: row.cells.section ?? '',
          message: t(messages, 'open.unknownSection', { text: excerpt(row.section, 40).replace(/^"|"$/gu, '') }),
        });
        continue;
      }
      // A workbook of someone's own: its sections are the titles its rows give.
      section = `section-${sections.length + 1}`;
      sections.push({ id: section, title: everyLanguage(row.section) });
    }
    if (section === undefined) {
      section = 'section-1';
      sections.push({ id: section, title: everyLanguage(read.file) });
    }
    figures.push(figureFrom(row, known, section, known?.measure ?? measureOf(row, figures, lang), lang, read));
  }
  if (problems.length > 0) return { ok: false, problems };
  const ids = new Set(figures.map((f) => f.id));
  const removed = (base?.figures ?? []).map((f) => f.id).filter((id) => !ids.has(id));
  // A chart that names a figure the table no longer has goes; the grammar proposes for a section left without one.
  const names = (chart: Dataset['charts'][number]) => {
    const json = JSON.stringify(chart);
    return removed.some((id) => specFigureIds(chart).includes(id) || json.includes(`{${id}}`) || json.includes(`{${id}.`));
  };
  const charts = (base?.charts ?? []).filter((chart) => !names(chart));
  const chartIds = new Set(charts.map((c) => c.id));
  const kept = sections.filter((s) => figures.some((f) => f.section === s.id));
  const raw: Record<string, unknown> = base
    ? {
        ...base,
        sections: kept,
        figures,
        charts,
        enterprises: base.enterprises.map((e) => ({ ...e, figures: e.figures.filter((id) => ids.has(id)) })),
        kiosk: playlistOf(base.kiosk, chartIds),
      }
    : {
        schemaVersion: 2,
        version: read.at.toISOString().slice(0, 10),
        meta: {
          title: everyLanguage(read.file),
          area: everyLanguage(read.file),
          languages: [lang],
          sources: [
            {
              id: 'workbook',
              title: everyLanguage(read.file),
              published: read.at.toISOString().slice(0, 10),
              script: lang === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans',
            },
          ],
        },
        sections: kept,
        figures,
      };
  return { ok: true, raw };
}
