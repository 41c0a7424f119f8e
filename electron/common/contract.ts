import { z } from 'zod';
import { CHANNEL_NAMES, type Method } from './channels';
import type { Dataset } from './dataset';

export { METHODS, type Method } from './channels';

/**
 * The only IPC definition. Every method of Api has an entry in CHANNELS with the schema of its
 * arguments; preload, main and the preview server are all generated from this table.
 */
export const CHANNELS = {
  getDataset: { channel: CHANNEL_NAMES.getDataset, args: z.tuple([]) },
} as const satisfies Record<Method, { channel: string; args: z.ZodType<unknown[]> }>;

export type DatasetResult = { ok: true; dataset: Dataset } | { ok: false; message: string };

type Results = {
  getDataset: DatasetResult;
};

export type Api = {
  [M in Method]: (...args: z.infer<(typeof CHANNELS)[M]['args']>) => Promise<Results[M]>;
};

export function isMethod(value: string): value is Method {
  return Object.hasOwn(CHANNELS, value);
}

/** Validates raw arguments for a method; the error names the method and what is wrong. */
export function parseArgs<M extends Method>(method: M, args: unknown): z.infer<(typeof CHANNELS)[M]['args']> {
  const result = CHANNELS[method].args.safeParse(args);
  if (!result.success) {
    throw new Error(`Invalid arguments for ${method}: ${z.prettifyError(result.error).replaceAll('\n', ' ')}`);
  }
  return result.data as z.infer<(typeof CHANNELS)[M]['args']>;
}
