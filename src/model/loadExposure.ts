/**
 * The central path's exposure (MODEL.md §3, step 8): only the data download shows it, so it is
 * a chunk of its own (src/model/exposure.ts), fetched when asked for. (A module of its own, so
 * that src/model/index.ts stays re-exports only, which the bundler spreads over the chunks
 * that use each part.)
 */
export const loadExposure = () => import('./exposure');
