import type { BuildOptions } from 'esbuild';

/** Main's shell bundle options (what Electron parses before the first window). */
export const mainShell: BuildOptions;
export function buildAll(): Promise<void>;
