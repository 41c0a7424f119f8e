import type { ConfigBuilder } from '../config';
import { barsConfig } from './bars';

/** Bars lying down, categories read top-down with room for long names. */
export const hbarConfig: ConfigBuilder = (model, context) => barsConfig(model, context, { horizontal: true });
