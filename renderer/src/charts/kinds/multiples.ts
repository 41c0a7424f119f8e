import type { ConfigBuilder } from '../config';
import { barsConfig } from './bars';

/** One panel of small multiples (axisModels gives each its own model): upright bars on its own axis. */
export const multiplesConfig: ConfigBuilder = (model, context) => barsConfig(model, context, { horizontal: false });
