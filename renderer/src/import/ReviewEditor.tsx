import { useEffect, useRef, useState } from 'react';
import type { Lang } from '../../../electron/common/i18n/languages';
import { t } from '../../../electron/common/i18n/messages';
import { MEASURE_ID, measureId, QUALIFIERS, STATUSES, type Fields, type Row } from './review';

/** A value as typed: a number, or a range (8.5~10). */
function parseValue(text: string): { value: number; upper: number | undefined } | undefined {
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*(?:[~～至]\s*(-?\d+(?:\.\d+)?)\s*)?$/u.exec(text.replace(/,/gu, ''));
  if (!match) return undefined;
  return { value: Number(match[1]), upper: match[2] === undefined ? undefined : Number(match[2]) };
}

/**
 * A row opened for editing (e): its fields as inputs, the label first. Enter in any of them saves,
 * Escape cancels; either gives the focus back to the row.
 */
export function ReviewEditor({
  lang,
  row,
  measures,
  id,
  onSave,
  onCancel,
}: {
  lang: Lang;
  row: Row;
  measures: readonly string[];
  id: string;
  onSave: (fields: Fields) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState({
    value: row.upper === undefined ? String(row.value) : `${row.value}~${row.upper}`,
    unit: row.unit,
    qualifier: row.qualifier,
    status: row.status,
    period: row.period,
    label: row.label,
    measure: row.measure,
  });
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const label = useRef<HTMLInputElement>(null);
  useEffect(() => {
    label.current?.focus();
    label.current?.select();
  }, []);
  const n = row.index + 1;
  const name = (col: string) => `${col}, ${t(lang, 'import.rowName', { n })}`;

  function save() {
    const value = parseValue(draft.value);
    if (value === undefined) return setProblem(`${t(lang, 'import.col.value')}: ${draft.value}`);
    const measure = MEASURE_ID.test(draft.measure) ? draft.measure : measureId(draft.measure);
    if (measure === '') return setProblem(t(lang, 'import.badMeasure', { row: n }));
    if (draft.label.trim() === '' || draft.unit.trim() === '') return setProblem(`${t(lang, 'import.col.label')} / ${t(lang, 'import.col.unit')}`);
    onSave({
      ...value,
      unit: draft.unit.trim(),
      // 8.5~10 is a range whatever the qualifier said before: the upper end is kept, never dropped.
      qualifier: value.upper !== undefined ? 'range' : draft.qualifier === 'range' ? 'exact' : draft.qualifier,
      status: draft.status,
      period: draft.period.trim(),
      label: draft.label.trim(),
      measure,
    });
  }
  const keys = (event: React.KeyboardEvent) => {
    // Enter that ends an input method's composition (拼音, 注音) picks the characters; it saves nothing.
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };
  const text = (key: 'value' | 'unit' | 'period' | 'label' | 'measure', col: string) => ({
    value: draft[key],
    'aria-label': name(col),
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => {
      const value = event.currentTarget.value;
      setDraft((d) => ({ ...d, [key]: value }));
    },
    onKeyDown: keys,
  });

  return (
    <tr id={id} className="import-fig import-editing import-selected" data-figure={n} aria-label={t(lang, 'import.rowName', { n })} aria-current="true">
      <td className="import-col-n">{n}</td>
      <td className="import-col-value">
        <input {...text('value', t(lang, 'import.col.value'))} inputMode="decimal" />
      </td>
      <td className="import-col-unit">
        <input {...text('unit', t(lang, 'import.col.unit'))} />
      </td>
      <td className="import-col-qualifier">
        <select
          aria-label={name(t(lang, 'import.col.qualifier'))}
          value={draft.qualifier}
          onKeyDown={keys}
          onChange={(event) => {
            const qualifier = QUALIFIERS.find((q) => q === event.currentTarget.value) ?? draft.qualifier;
            setDraft((d) => ({ ...d, qualifier }));
          }}
        >
          {QUALIFIERS.map((q) => (
            <option key={q} value={q}>
              {t(lang, `import.qualifier.${q}`)}
            </option>
          ))}
        </select>
      </td>
      <td className="import-col-status">
        <select
          aria-label={name(t(lang, 'import.col.status'))}
          value={draft.status}
          onKeyDown={keys}
          onChange={(event) => {
            const status = STATUSES.find((s) => s === event.currentTarget.value) ?? draft.status;
            setDraft((d) => ({ ...d, status }));
          }}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(lang, `import.status.${s}`)}
            </option>
          ))}
        </select>
      </td>
      <td className="import-col-period">
        <input {...text('period', t(lang, 'import.col.period'))} />
      </td>
      <td className="import-col-label">
        <input {...text('label', t(lang, 'import.col.label'))} ref={label} />
      </td>
      <td className="import-col-measure">
        <input {...text('measure', t(lang, 'import.col.measure'))} list={`${id}-measures`} />
        <datalist id={`${id}-measures`}>
          {measures.map((m) => (
            <option key={m} value={m} />
          ))}
        </datalist>
      </td>
      <td className="import-col-section" />
      <td className="import-col-decision">
        <button type="button" className="import-button" onClick={save}>
          {t(lang, 'import.save')}
        </button>{' '}
        <button type="button" className="import-button" onClick={onCancel}>
          {t(lang, 'import.cancel')}
        </button>
        {problem === undefined ? null : (
          <p className="import-error" role="alert">
            {problem}
          </p>
        )}
      </td>
    </tr>
  );
}
