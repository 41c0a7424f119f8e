import type { Lang } from '../../../electron/common/i18n/languages';
import { t } from '../../../electron/common/i18n/messages';

type Props = {
  lang: Lang;
  now: Date;
  asOf: string;
  index: number;
  total: number;
  paused: boolean;
  /** Starts the progress bar again; it runs for intervalMs unless the show stands still. */
  run: number;
  running: boolean;
  intervalMs: number;
  /** For the operator: why the report file the show follows is not the report on screen. */
  notice?: string;
};

function clock(now: Date): string {
  return `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
}

/** Clock, the data's date, slide n / N and a bar filling up to the next slide. */
export function StatusStrip({ lang, now, asOf, index, total, paused, run, running, intervalMs, notice }: Props) {
  return (
    <footer className="kiosk-status">
      <div
        key={run}
        className={`kiosk-progress${running ? ' is-running' : ''}`}
        style={{ animationDuration: `${intervalMs}ms` }}
        role="progressbar"
        aria-label={t(lang, 'kiosk.progress')}
      />
      <time className="kiosk-clock" dateTime={now.toISOString()}>
        {clock(now)}
      </time>
      <span className="kiosk-asof">{t(lang, 'kiosk.asOf', { asOf })}</span>
      {notice === undefined ? null : (
        <span className="kiosk-notice" role="status">
          {notice}
        </span>
      )}
      {paused ? (
        <span className="kiosk-paused" role="status">
          {t(lang, 'kiosk.paused')}
        </span>
      ) : null}
      <span className="kiosk-count">{t(lang, 'kiosk.slideOf', { n: index + 1, total })}</span>
    </footer>
  );
}
