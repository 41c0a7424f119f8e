import { vi } from 'vitest';
import type { Lang } from '../../electron/common/i18n/languages';
import type { ExportHost, KioskHost } from '../../electron/services/api';
import type { KioskOverrides } from '../../electron/services/kiosk-settings';

/**
 * A stand-in for the save dialog and the OS shell. `choose` plays the user at the dialog: it gets
 * the offered name and returns a path, or undefined to cancel.
 */
export function fakeHost(choose: (defaultName: string, lang: Lang) => string | undefined = () => undefined) {
  return {
    chooseSavePath: vi.fn((defaultName: string, lang: Lang) => Promise.resolve(choose(defaultName, lang))),
    // Resolving to undefined: opened or revealed without complaint.
    open: vi.fn<ExportHost['open']>(() => Promise.resolve(undefined)),
    reveal: vi.fn<ExportHost['reveal']>(() => Promise.resolve(undefined)),
  } satisfies ExportHost;
}

/** A stand-in for the presentation's shell: settings from `settingsPath` (defaults when undefined); leave() only counts. */
export function fakeKioskHost(settingsPath?: string, overrides: KioskOverrides = {}) {
  return {
    settingsPath,
    overrides,
    leave: vi.fn<KioskHost['leave']>(() => Promise.resolve()),
  } satisfies KioskHost;
}
