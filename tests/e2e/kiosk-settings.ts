import { fileURLToPath } from 'node:url';

/** The presentation settings the preview serves during the e2e run (LVYUAN_KIOSK_SETTINGS). */
export const KIOSK_SETTINGS = fileURLToPath(new URL('./kiosk-settings.json', import.meta.url));
export const KIOSK_PIN = '2468';
