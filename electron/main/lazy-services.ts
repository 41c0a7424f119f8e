import type * as ServicesModule from './services';

/** What services.ts gives, loaded once: the first caller starts the load, later ones share it. */
export type Services = typeof ServicesModule;

let loading: Promise<Services> | undefined;

/**
 * The build turns this import into a require of dist/main/services.cjs, a file beside index.cjs
 * (scripts/build.mjs, servicesBeside), so that nothing of it is read before it is asked for.
 */
export function loadServices(): Promise<Services> {
  loading ??= import('./services');
  return loading;
}
