/**
 * IPC channel names, one per Api method. Kept apart from contract.ts so that the sandboxed preload
 * can be built from this table without bundling zod; contract.ts pairs each name with its schema.
 */
export const CHANNEL_NAMES = {
  getDataset: 'lvyuan:get-dataset',
} as const;

export type Method = keyof typeof CHANNEL_NAMES;

export const METHODS = Object.keys(CHANNEL_NAMES) as Method[];
