/**
 * The main process's heavy half: zod, the dataset's schema and checks, the chart registry, the Api and
 * the kiosk settings. It is a bundle of its own (dist/main/services.cjs), required only once the first
 * window is on its way (lazy-services.ts), so that the code loaded before a window shows stays small.
 */
export { callApi } from '../common/contract';
export { createApi } from '../services/api';
export { loadKioskSettings } from '../services/kiosk-settings';
