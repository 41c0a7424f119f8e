import { useRef, useState } from 'react';
import type { OpenReportResult } from '../../../electron/common/contract';
import type { Lang } from '../../../electron/common/i18n/languages';
import { t } from '../../../electron/common/i18n/messages';
import { REPORT_MAX_BYTES } from '../../../electron/common/limits';
import { api, errorMessage } from '../api';
import { showNewReport, toBase64 } from './report-state';

export type OpenStatus = { kind: 'busy' | 'error'; text: string } | undefined;

/**
 * Opening a report, one flow for the header's Open… and the menu's File → Open report…, Open recent
 * and Bundled report. In Electron the main process asks with its file dialog (so that Open recent
 * can list the file); in the preview the renderer's file input picks the file and its bytes go to
 * the Api. Either way the report shown stays until the new one opens, and a file that does not open
 * says in one line what is wrong and where.
 */
export function useOpenReport(lang: Lang) {
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<OpenStatus>(undefined);

  async function settle(pending: Promise<OpenReportResult>): Promise<void> {
    try {
      const answer = await pending;
      if (answer.ok) showNewReport();
      else if (answer.cancelled === true) setStatus(undefined);
      else setStatus({ kind: 'error', text: answer.message.split('\n')[0] ?? '' });
    } catch (error) {
      setStatus({ kind: 'error', text: errorMessage(error) });
    }
  }

  async function openFile(file: File): Promise<void> {
    // Refused before it is read or sent, as the Api would refuse it.
    if (file.size > REPORT_MAX_BYTES) {
      setStatus({ kind: 'error', text: `${file.name}: ${t(lang, 'open.tooBig', { max: `${REPORT_MAX_BYTES / 2 ** 20} MB` })}` });
      return;
    }
    setStatus({ kind: 'busy', text: t(lang, 'open.opening', { file: file.name }) });
    await settle(file.arrayBuffer().then((bytes) => api.openReport({ name: file.name, base64: toBase64(new Uint8Array(bytes)) }, lang)));
  }

  return {
    input,
    status,
    openFile,
    /** Open…: Electron's dialog where there is one, else the file input. */
    choose: () => {
      if (window.lvyuan) void settle(api.openReportDialog(lang));
      else input.current?.click();
    },
    openRecent: (index: number) => void settle(api.openRecentReport(index, lang)),
    openBundled: () => void api.openBundledReport().then(showNewReport),
    /** File → New report workbook…: saved where the user says, and the line says where to go next. */
    newTemplate: () =>
      void api.saveTemplate(lang).then(
        (answer) => {
          if (answer.ok) setStatus({ kind: 'busy', text: t(lang, 'template.saved', { file: answer.fileName }) });
          else if (answer.cancelled !== true) setStatus({ kind: 'error', text: answer.message });
        },
        (error: unknown) => setStatus({ kind: 'error', text: errorMessage(error) }),
      ),
  };
}

export type OpenActions = ReturnType<typeof useOpenReport>;
