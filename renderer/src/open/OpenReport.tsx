import { useRef, useState } from 'react';
import type { ReportState } from '../../../electron/common/contract';
import { REPORT_MAX_BYTES } from '../../../electron/common/limits';
import type { Lang } from '../../../electron/common/i18n/languages';
import { t } from '../../../electron/common/i18n/messages';
import { api, errorMessage } from '../api';
import { showNewReport, toBase64 } from './report-state';
import './open.css';

/**
 * Open… in the header: the user picks a report file or a workbook, its bytes go to the Api (the
 * renderer never sees a path), and the report shown stays until the new one has opened. A file that
 * does not open leaves the screen as it was and says, in one line, what is wrong and where. With a
 * file open, the header names it and offers the bundled report back.
 */
export function OpenReport({ lang, state }: { lang: Lang; state: ReportState | undefined }) {
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<{ kind: 'busy' | 'error'; text: string } | undefined>(undefined);

  async function open(file: File): Promise<void> {
    // Refused before it is read or sent, as the Api would refuse it.
    if (file.size > REPORT_MAX_BYTES) {
      setStatus({ kind: 'error', text: `${file.name}: ${t(lang, 'open.tooBig', { max: `${REPORT_MAX_BYTES / 2 ** 20} MB` })}` });
      return;
    }
    setStatus({ kind: 'busy', text: t(lang, 'open.opening', { file: file.name }) });
    try {
      const answer = await api.openReport({ name: file.name, base64: toBase64(new Uint8Array(await file.arrayBuffer())) }, lang);
      if (answer.ok) showNewReport();
      else setStatus({ kind: 'error', text: answer.message.split('\n')[0] ?? '' });
    } catch (error) {
      setStatus({ kind: 'error', text: errorMessage(error) });
    }
  }

  return (
    <div className="open-report">
      {state?.file === undefined ? null : (
        <>
          <span className="open-current">{t(lang, 'open.current', { file: state.file })}</span>
          <button type="button" className="header-button" onClick={() => void api.openBundledReport().then(showNewReport)}>
            {t(lang, 'open.bundled')}
          </button>
        </>
      )}
      <button type="button" className="header-button" title={t(lang, 'open.hint')} onClick={() => input.current?.click()}>
        {t(lang, 'open.button')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,.xlsx,.xlsm"
        hidden
        data-testid="open-report-file"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) void open(file);
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
