import { Fragment, useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleExtraction } from '../../../electron/common/extract';
import type { Lang } from '../../../electron/common/i18n/languages';
import { t } from '../../../electron/common/i18n/messages';
import { ReviewEditor } from './ReviewEditor';
import { decide, edit, groupedRows, isTyping, newSectionId, setSection, step, tally, type Fields, type Row } from './review';
import type { ImportFlow } from './useImportArticle';

const markId = (index: number) => `import-mark-${index}`;
const rowId = (index: number) => `import-row-${index}`;

/** What a figure shows in the table and its mark: its value as printed (8.5~10), or as edited. */
function shown(row: Row): string {
  if (row.decision !== 'edited') return row.proposed.printed;
  return row.upper === undefined ? String(row.value) : `${row.value}~${row.upper}`;
}

/** The article's text with a <mark> per proposed figure, from the extraction's offsets; overlapping figures keep the first. */
function ArticleText({
  lang,
  extraction,
  rows,
  selected,
  onSelect,
}: {
  lang: Lang;
  extraction: ArticleExtraction;
  rows: readonly Row[];
  selected: number | undefined;
  onSelect: (index: number) => void;
}) {
  const { text } = extraction;
  const parts: React.ReactNode[] = [];
  let at = 0;
  const ordered = [...rows].sort((a, b) => a.proposed.start - b.proposed.start);
  for (const row of ordered) {
    const { start, end } = row.proposed;
    if (start < at || end <= start || end > text.length) continue;
    if (start > at) parts.push(text.slice(at, start));
    const n = row.index + 1;
    parts.push(
      <mark
        key={row.index}
        id={markId(row.index)}
        className={`import-mark import-${row.decision}${selected === row.index ? ' import-selected' : ''}`}
        data-figure={n}
        role="button"
        tabIndex={selected === row.index ? 0 : -1}
        aria-label={t(lang, 'import.markName', { n, printed: shown(row), unit: row.unit, decision: t(lang, `import.decision.${row.decision}`) })}
        aria-pressed={selected === row.index}
        onClick={() => onSelect(row.index)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            onSelect(row.index);
          }
        }}
      >
        {text.slice(start, end)}
        <sup aria-hidden="true">{n}</sup>
      </mark>,
    );
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <div className="import-text">{parts}</div>;
}

/**
 * Step 2: the article beside the table of proposed figures. Selecting a mark or a row selects both
 * (and brings the other into view); j / k move, a accepts, r rejects, e edits (Enter saves, Escape
 * cancels), none of them while typing in a field. Rows of one measure are one group (a <tbody>).
 */
export function ReviewStep({ lang, flow }: { lang: Lang; flow: ImportFlow }) {
  const { extraction, rows, setRows, sections, setSections } = flow;
  const [selected, setSelected] = useState<number | undefined>(rows[0]?.index);
  const [editing, setEditing] = useState<number | undefined>(undefined);
  const [newSection, setNewSection] = useState('');
  const table = useRef<HTMLTableElement>(null);

  // The frame that brings the last selection into view: a newer selection, or an editor opening, cancels it.
  const pending = useRef(0);
  /** Selects a figure and brings its row and mark into view; `focus` moves the keyboard focus to its row. */
  const select = useCallback((index: number | undefined, focus = true) => {
    setSelected(index);
    cancelAnimationFrame(pending.current);
    if (index === undefined) return;
    // After React has drawn the selection.
    pending.current = requestAnimationFrame(() => {
      const row = document.getElementById(rowId(index));
      const mark = document.getElementById(markId(index));
      mark?.scrollIntoView({ block: 'nearest' });
      row?.scrollIntoView({ block: 'nearest' });
      // Never from a field the analyst is typing in (the editor takes the focus as it opens).
      if (focus && !isTyping(document.activeElement)) row?.focus({ preventScroll: true });
    });
  }, []);
  const openEditor = useCallback((index: number | undefined) => {
    cancelAnimationFrame(pending.current);
    setEditing(index);
  }, []);

  const latest = useRef({ rows, selected, editing });
  latest.current = { rows, selected, editing };
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isTyping(event.target)) return;
      const { rows: now, selected: at, editing: open } = latest.current;
      if (open !== undefined) return;
      const key = event.key.toLowerCase();
      if (key === 'j' || key === 'k') {
        event.preventDefault();
        select(step(now, at, key === 'j' ? 1 : -1));
      } else if ((key === 'a' || key === 'r') && at !== undefined) {
        event.preventDefault();
        setRows(decide(now, at, key === 'a' ? 'accepted' : 'rejected'));
        // On to the next figure, as a reviewer works down the list.
        select(step(now, at, 1));
      } else if (key === 'e' && at !== undefined) {
        event.preventDefault();
        openEditor(at);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [select, openEditor, setRows]);

  if (extraction === undefined) return null;
  const counts = tally(rows);
  const groups = groupedRows(rows);
  const measures = groups.map((group) => group.measure);

  function saveEdit(index: number, fields: Fields) {
    setRows(edit(rows, index, fields));
    setEditing(undefined);
    select(index);
  }
  function cancelEdit(index: number) {
    setEditing(undefined);
    select(index);
  }
  const act = (decision: 'accepted' | 'rejected') => {
    if (selected === undefined) return;
    setRows(decide(rows, selected, decision));
    select(step(rows, selected, 1));
  };

  return (
    <div className="import-review">
      <p className="import-summary" role="status">
        {t(lang, 'import.found', {
          count: extraction.figures.length,
          chars: extraction.text.length.toLocaleString(lang),
          script: t(lang, `import.script.${extraction.script}`),
        })}{' '}
        · {t(lang, 'import.tally', counts)}
      </p>
      <div className="import-panes">
        <section className="import-pane import-article-pane" aria-labelledby="import-article-heading">
          <h2 id="import-article-heading">{t(lang, 'import.articleHeading')}</h2>
          <ArticleText lang={lang} extraction={extraction} rows={rows} selected={selected} onSelect={(index) => select(index)} />
        </section>
        <section className="import-pane import-table-pane" aria-labelledby="import-table-heading">
          <h2 id="import-table-heading">{t(lang, 'import.tableHeading')}</h2>
          <div className="import-sections">
            <h3 id="import-sections-heading">{t(lang, 'import.sectionsHeading')}</h3>
            <ul aria-labelledby="import-sections-heading">
              {sections.map((section, i) => (
                <li key={section.id}>
                  <input
                    aria-label={`${t(lang, 'import.sectionsHeading')} ${i + 1}`}
                    value={section.title}
                    onChange={(event) => {
                      const title = event.currentTarget.value;
                      setSections(sections.map((s) => (s.id === section.id ? { ...s, title } : s)));
                    }}
                  />
                </li>
              ))}
            </ul>
            <form
              className="import-row"
              onSubmit={(event) => {
                event.preventDefault();
                if (newSection.trim() === '') return flow.fail(t(lang, 'import.badSectionTitle'));
                setSections([...sections, { id: newSectionId(sections), title: newSection.trim() }]);
                setNewSection('');
              }}
            >
              <input
                aria-label={t(lang, 'import.newSection')}
                placeholder={t(lang, 'import.newSection')}
                value={newSection}
                onChange={(e) => setNewSection(e.currentTarget.value)}
              />
              <button type="submit" className="import-button">
                {t(lang, 'import.addSection')}
              </button>
            </form>
          </div>
          <p className="import-hint" id="import-keys">
            {t(lang, 'import.keys')}
          </p>
          <div className="import-toolbar" role="toolbar" aria-label={t(lang, 'import.tableHeading')} aria-controls="import-table">
            <button type="button" className="import-button" disabled={selected === undefined} onClick={() => act('accepted')}>
              {t(lang, 'import.accept')} <kbd>a</kbd>
            </button>
            <button type="button" className="import-button" disabled={selected === undefined} onClick={() => act('rejected')}>
              {t(lang, 'import.reject')} <kbd>r</kbd>
            </button>
            <button type="button" className="import-button" disabled={selected === undefined} onClick={() => openEditor(selected)}>
              {t(lang, 'import.edit')} <kbd>e</kbd>
            </button>
            <button
              type="button"
              className="import-button"
              disabled={counts.open === 0}
              onClick={() => setRows(rows.map((row) => (row.decision === 'proposed' ? { ...row, decision: 'accepted' } : row)))}
            >
              {t(lang, 'import.acceptRest')}
            </button>
          </div>
          {rows.length === 0 ? (
            <p>{t(lang, 'import.none')}</p>
          ) : (
            <div className="import-table-scroll">
              <table className="import-table" id="import-table" ref={table} aria-describedby="import-keys">
                <caption className="sr-only">{t(lang, 'import.tableHeading')}</caption>
                <thead>
                  <tr>
                    {(['n', 'value', 'unit', 'qualifier', 'status', 'period', 'label', 'measure', 'section', 'decision'] as const).map((col) => (
                      <th key={col} scope="col" className={`import-col-${col}`}>
                        {t(lang, `import.col.${col}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                {groups.map((group, g) => (
                  <tbody key={group.measure} className={`import-group import-group-${g % 2 === 0 ? 'even' : 'odd'}`} data-measure={group.measure}>
                    <tr className="import-group-head">
                      <th scope="rowgroup" colSpan={10}>
                        {t(lang, 'import.measureGroup', { measure: group.measure, count: group.rows.length })}
                      </th>
                    </tr>
                    {group.rows.map((row) => (
                      <Fragment key={row.index}>
                        {editing === row.index ? (
                          <ReviewEditor
                            lang={lang}
                            row={row}
                            measures={measures}
                            id={rowId(row.index)}
                            onSave={(fields) => saveEdit(row.index, fields)}
                            onCancel={() => cancelEdit(row.index)}
                          />
                        ) : (
                          <tr
                            id={rowId(row.index)}
                            className={`import-fig import-${row.decision}${selected === row.index ? ' import-selected' : ''}`}
                            data-figure={row.index + 1}
                            aria-current={selected === row.index ? 'true' : undefined}
                            tabIndex={selected === row.index ? 0 : -1}
                            onClick={(event) => {
                              if (!isTyping(event.target)) select(row.index);
                              else setSelected(row.index);
                            }}
                          >
                            <td className="import-col-n">{row.index + 1}</td>
                            <td className="import-col-value">{shown(row)}</td>
                            <td className="import-col-unit">{row.unit}</td>
                            <td className="import-col-qualifier">{t(lang, `import.qualifier.${row.qualifier}`)}</td>
                            <td className="import-col-status">{t(lang, `import.status.${row.status}`)}</td>
                            <td className="import-col-period">{row.period === '' ? t(lang, 'import.noPeriodShort') : row.period}</td>
                            <td className="import-col-label">{row.label}</td>
                            <td className="import-col-measure">{row.measure}</td>
                            <td className="import-col-section">
                              <select
                                aria-label={`${t(lang, 'import.col.section')}, ${t(lang, 'import.rowName', { n: row.index + 1 })}`}
                                value={row.section}
                                onChange={(event) => setRows(setSection(rows, row.index, event.currentTarget.value))}
                              >
                                {sections.map((section) => (
                                  <option key={section.id} value={section.id}>
                                    {section.title}
                                  </option>
                                ))}
                              </select>
                            </td>
                            <td className="import-col-decision">{t(lang, `import.decision.${row.decision}`)}</td>
                          </tr>
                        )}
                      </Fragment>
                    ))}
                  </tbody>
                ))}
              </table>
            </div>
          )}
          <div className="import-row import-next">
            <button type="button" className="import-button" onClick={() => flow.goTo('article')}>
              {t(lang, 'import.back')}
            </button>
            <button type="button" className="import-primary" onClick={() => void flow.showCharts()}>
              {t(lang, 'import.toCharts')}
            </button>
          </div>
        </section>
      </div>
    </div>
  );
}
