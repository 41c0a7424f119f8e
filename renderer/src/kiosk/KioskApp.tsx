import { FIRST_SECTION, pageHref } from '../route';
import { dataAsOf } from '../../../electron/common/reference-years';
import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { chartById } from '../../../electron/common/charts/registry';
import type { KioskSettingsResult } from '../../../electron/common/contract';
import type { Dataset } from '../../../electron/common/dataset';
import { LANGS, type Lang } from '../../../electron/common/i18n/languages';
import { t } from '../../../electron/common/i18n/messages';
import { matchesChord } from '../../../electron/common/kiosk/chord';
import { langOfRound } from '../../../electron/common/kiosk/rounds';
import type { KioskView } from '../../../electron/common/kiosk/settings';
import { api } from '../api';
import { liveChartIds } from '../charts/chartjs';
import { loadFonts } from '../fonts';
import { ExitLock } from './ExitLock';
import { Slide } from './Slide';
import { StatusStrip } from './StatusStrip';
import { useBurnIn, useNow } from './useBurnIn';
import { useIdleCursor } from './useIdleCursor';
import { useSlideshow } from './useSlideshow';
import { useFollowedReport } from './useFollowedReport';
import './kiosk.css';

// Asked for as soon as the kiosk module loads, like the dataset.
let settingsRequest: Promise<KioskSettingsResult> | undefined;
function requestSettings(): Promise<KioskSettingsResult> {
  settingsRequest ??= api.getKioskSettings().catch((error: unknown): KioskSettingsResult => ({ ok: false, message: String(error) }));
  return settingsRequest;
}

/** ?interval=SECONDS in the address: the preview's way to run a quick show (tests, the soak). */
function intervalOverride(): number | undefined {
  const value = Number(new URLSearchParams(window.location.search).get('interval') ?? Number.NaN);
  return Number.isFinite(value) && value > 0 && value <= 3600 ? value : undefined;
}

const IS_MAC = /Mac/u.test(navigator.userAgent);
const IN_ELECTRON = window.lvyuan !== undefined;

/** Back to the viewer, at the report's first section. */
function leave(first: string | undefined): void {
  document.documentElement.classList.remove('kiosk');
  window.location.hash = pageHref(first ?? FIRST_SECTION);
}

/** The unattended presentation at #/kiosk: settings first, then the show. */
export function KioskApp({ dataset, lang }: { dataset: Dataset; lang: Lang }) {
  // Set once the fonts it needs are loaded too, so it alone says the show can start.
  const [settings, setSettings] = useState<KioskSettingsResult>();

  // The kiosk's larger type must be in place before any chart measures its font.
  useLayoutEffect(() => {
    document.documentElement.classList.add('kiosk');
    return () => document.documentElement.classList.remove('kiosk');
  }, []);

  useEffect(() => {
    let live = true;
    void requestSettings().then(async (result) => {
      // Cycling shows every language: all fonts load before the first slide.
      const wanted = result.ok ? result.settings.lang : undefined;
      const langs: readonly Lang[] = wanted === 'cycle' ? LANGS : [wanted ?? lang];
      // A font that fails to load must not stop the show: it draws with the system's CJK font instead.
      await Promise.all(langs.map(loadFonts)).catch(() => undefined);
      if (!live) return;
      setSettings(result);
    });
    return () => {
      live = false;
    };
  }, [lang]);

  if (!settings) return <p className="status-line">{t(lang, 'app.loading')}</p>;
  if (!settings.ok) {
    return (
      <main className="kiosk-error" role="alert">
        <h1>{t(lang, 'kiosk.settingsError')}</h1>
        <pre>{settings.message}</pre>
        <p>{t(lang, 'kiosk.settingsHelp')}</p>
      </main>
    );
  }
  return <Show dataset={dataset} viewerLang={lang} settings={settings.settings} />;
}

function Show({ dataset: initial, viewerLang, settings }: { dataset: Dataset; viewerLang: Lang; settings: KioskView }) {
  const slides = settings.slides;
  const intervalMs = (intervalOverride() ?? settings.intervalSeconds) * 1000;
  const now = useNow();
  const burnIn = useBurnIn(settings, now);
  const [lockOpen, setLockOpen] = useState(false);
  const closeLock = useCallback(() => setLockOpen(false), []);
  const { show, running, next, previous, togglePause, touch } = useSlideshow({
    count: slides.length,
    intervalMs,
    resumeAfterMs: settings.resumeAfterSeconds * 1000,
    // The show waits while someone types a PIN, so the keypad's language cannot change under them.
    halted: burnIn.blank || lockOpen,
  });
  const cursorHidden = useIdleCursor(settings.hideCursorAfterSeconds * 1000);
  // The file kiosk.json names, followed: a new report shows from the next slide on.
  const { dataset, notice } = useFollowedReport(initial, show.transitions);

  // An abandoned keypad closes by itself, and always before the screen goes black for the night.
  useEffect(() => {
    if (burnIn.blank) setLockOpen(false);
  }, [burnIn.blank]);
  const lang = langOfRound(settings.lang, viewerLang, show.round);
  const chartId = slides[show.index] ?? slides[0] ?? '';
  const model = useMemo(() => chartById(dataset, chartId)?.build(dataset, lang), [chartId, dataset, lang]);
  const chartIds = liveChartIds();

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // In Electron the main process hears the chord before the page does, and leaves; only the
      // browser preview, which has no lock to lift, handles it here.
      const press = { code: event.code, control: event.ctrlKey, alt: event.altKey, shift: event.shiftKey, meta: event.metaKey };
      if (!IN_ELECTRON && matchesChord(settings.exit.chord, press, IS_MAC)) {
        event.preventDefault();
        leave(dataset.sections[0]?.id);
        return;
      }
      if (lockOpen) {
        if (event.key === 'Escape') setLockOpen(false);
        return;
      }
      touch();
      switch (event.key) {
        case 'ArrowRight':
        case 'PageDown':
          next();
          break;
        case 'ArrowLeft':
        case 'PageUp':
          previous();
          break;
        case ' ':
          togglePause();
          break;
        case 'Escape':
          // Locked: Esc leaves only through the PIN, and only if one is set.
          if (settings.exit.pin) setLockOpen(true);
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [settings.exit, lockOpen, next, previous, togglePause, touch]);

  const onClick = (event: React.MouseEvent<HTMLDivElement>) => {
    if (lockOpen) return;
    // The left third goes back, the rest forward: a remote's clicker or a finger both work.
    if (event.clientX < window.innerWidth / 3) previous();
    else next();
  };

  return (
    <div
      className={`kiosk-root${cursorHidden ? ' cursor-hidden' : ''}`}
      style={{ transform: `translate(${burnIn.shift.x}px, ${burnIn.shift.y}px)` }}
      onClick={onClick}
      aria-label={t(lang, 'kiosk.label')}
      data-slide={chartId}
      data-slide-index={show.index}
      data-round={show.round}
      data-lang={lang}
      data-transitions={show.transitions}
      data-paused={show.paused}
      data-live-charts={chartIds.length}
      data-chart-ids={chartIds.join(' ')}
      data-blank={burnIn.blank}
      data-report-figures={dataset.figures.length}
      data-report-version={dataset.version}
    >
      {model ? <Slide model={model} dataset={dataset} lang={lang} /> : null}
      <StatusStrip
        lang={lang}
        now={now}
        asOf={String(dataAsOf(dataset))}
        index={show.index}
        total={slides.length}
        paused={show.paused}
        run={show.run}
        running={running}
        intervalMs={intervalMs}
        {...(notice === undefined ? {} : { notice })}
      />
      {burnIn.blank ? <div className="kiosk-blank" /> : null}
      {lockOpen ? (
        <ExitLock
          lang={lang}
          idleMs={settings.resumeAfterSeconds * 1000}
          onSubmit={async (pin) => {
            const result = await api.exitKiosk({ pin });
            if (result.ok) leave(dataset.sections[0]?.id);
            return result;
          }}
          onClose={closeLock}
        />
      ) : null}
    </div>
  );
}
