import { useState } from 'react';
import type { ReportState } from '../../../electron/common/contract';
import { formatFigure } from '../../../electron/common/format';
import type { Lang } from '../../../electron/common/i18n/languages';
import { t } from '../../../electron/common/i18n/messages';
import { hasChanges, type ChangedValue, type FigureChange } from '../../../electron/common/report-changes';

/** Where a panel closed for one opening stays closed: each opening has its own time. */
const CLOSED = 'lvyuan:changes-closed';

function shown(value: ChangedValue | undefined, lang: Lang): string {
  return value === undefined ? '' : formatFigure(value, lang);
}

function List({ title, changes, lang }: { title: string; changes: FigureChange[]; lang: Lang }) {
  if (changes.length === 0) return null;
  return (
    <section>
      <h3>
        {title} ({changes.length})
      </h3>
      <ul>
        {changes.map((change) => (
          <li key={change.id} data-figure-id={change.id}>
            <span className="change-label">{change.label[lang]}</span>{' '}
            {change.before && change.after ? (
              <span className="change-values">
                {shown(change.before, lang)} → {shown(change.after, lang)}
              </span>
            ) : (
              <span className="change-values">{shown(change.after ?? change.before, lang)}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * After a report opens: the figures it added, removed and changed against the report shown before
 * (old → new), in the language on screen, and what did not stop it (macros left unrun). Closed, it
 * stays closed for that opening.
 */
export function ChangesPanel({ lang, state }: { lang: Lang; state: ReportState | undefined }) {
  const [closed, setClosed] = useState(() => sessionStorage.getItem(CLOSED));
  const changes = state?.changes;
  // Start-up's notice (the last report did not open again, and why): shown with no file open.
  if (state?.file === undefined && state !== undefined && state.notices.length > 0 && closed !== 'start') {
    return (
      <aside className="changes-panel start-notice" role="status">
        {state.notices.map((notice) => (
          <p key={notice}>{notice}</p>
        ))}
        <button
          type="button"
          className="button"
          onClick={() => {
            sessionStorage.setItem(CLOSED, 'start');
            setClosed('start');
          }}
        >
          {t(lang, 'changes.close')}
        </button>
      </aside>
    );
  }
  if (state?.file === undefined || changes === undefined || closed === String(state.opened)) return null;
  const close = () => {
    sessionStorage.setItem(CLOSED, String(state.opened));
    setClosed(String(state.opened));
  };
  return (
    <aside className="changes-panel" aria-labelledby="changes-title">
      <h2 id="changes-title">{t(lang, 'changes.title', { file: state.file })}</h2>
      {state.notices.map((notice) => (
        <p key={notice} className="changes-notice">
          {notice}
        </p>
      ))}
      {hasChanges(changes) ? (
        <>
          <List title={t(lang, 'changes.changed')} changes={changes.changed} lang={lang} />
          <List title={t(lang, 'changes.added')} changes={changes.added} lang={lang} />
          <List title={t(lang, 'changes.removed')} changes={changes.removed} lang={lang} />
        </>
      ) : (
        <p>{t(lang, 'changes.none')}</p>
      )}
      <button type="button" className="button" onClick={close}>
        {t(lang, 'changes.close')}
      </button>
    </aside>
  );
}
