import type { ReportState } from '../../../electron/common/contract';
import type { Lang } from '../../../electron/common/i18n/languages';
import { t } from '../../../electron/common/i18n/messages';
import type { OpenActions } from './useOpenReport';
import './open.css';

/**
 * Open… in the header (useOpenReport.ts opens). With a file open, the header names it and offers the
 * bundled report back.
 */
export function OpenReport({ lang, state, actions }: { lang: Lang; state: ReportState | undefined; actions: OpenActions }) {
  const { status } = actions;
  return (
    <div className="open-report">
      {state?.file === undefined ? null : (
        <>
          <span className="open-current">{t(lang, 'open.current', { file: state.file })}</span>
          <button type="button" className="header-button" onClick={actions.openBundled}>
            {t(lang, 'open.bundled')}
          </button>
        </>
      )}
      <button type="button" className="header-button" title={t(lang, 'open.hint')} onClick={actions.choose}>
        {t(lang, 'open.button')}
      </button>
      <input
        ref={actions.input}
        type="file"
        accept=".json,.xlsx,.xlsm"
        hidden
        data-testid="open-report-file"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) void actions.openFile(file);
        }}
      />
      {status ? (
        <p className={`open-status open-${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.text}
        </p>
      ) : null}
    </div>
  );
}
