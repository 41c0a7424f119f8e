import type { ConfigBuilder } from '../config';
import { barsConfig } from './bars';

/** Upright bars, categories along the bottom. */
export const barConfig: ConfigBuilder = (model, context) => barsConfig(model, context, { horizontal: false });
