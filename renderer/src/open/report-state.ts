import { useEffect, useState } from 'react';
import type { ReportState } from '../../../electron/common/contract';
import { api } from '../api';

/** Which report is shown (the bundled one, or a file the user opened) and what its opening changed; asked once per page load. */
export function useReportState(): ReportState | undefined {
  const [state, setState] = useState<ReportState | undefined>(undefined);
  useEffect(() => {
    let live = true;
    api.getReportState().then(
      (answer) => live && setState(answer),
      () => live && setState({ notices: [] }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/**
 * A file's bytes as base64, as the Api takes them over IPC and HTTP alike. In slices: a string of
 * every byte at once overflows the argument list of String.fromCharCode for files of megabytes.
 */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Shows the report the Api now serves: every page, cache and chart starts again from it. */
export function showNewReport(): void {
  window.location.reload();
}
