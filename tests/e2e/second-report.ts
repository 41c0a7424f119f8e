import { fileURLToPath } from 'node:url';

/** A second report, written from another article, that the second preview of the e2e run serves. */
export const SECOND_REPORT = fileURLToPath(new URL('../fixtures/reports/ningde-2021.json', import.meta.url));

export const SECOND_REPORT_PORT = Number(process.env.LVYUAN_E2E_PORT ?? 4399) + 1;

export const SECOND_REPORT_URL = `http://127.0.0.1:${SECOND_REPORT_PORT}/`;
