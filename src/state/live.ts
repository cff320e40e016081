/**
 * Whether this is the live page (a browser, or a test's DOM) rather than the build-time
 * prerender. The live app is mounted afresh over the prerender, never hydrated, so what the
 * prerender leaves out (editable cells; readers without JavaScript could not use them) the
 * live page draws.
 */
export const LIVE = typeof document !== 'undefined';
