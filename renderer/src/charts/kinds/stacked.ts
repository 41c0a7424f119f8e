import type { ConfigBuilder } from '../config';
import { barsConfig } from './bars';

/** Parts of a whole, stacked in one bar lying down; the legend names each part with its value. */
export const stackedConfig: ConfigBuilder = (model, context) => barsConfig(model, context, { horizontal: true, stacked: true });
