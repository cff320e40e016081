/**
 * The data this build carries: its version (written into every link as `d=`) and the day every
 * fact in src/data was checked through. They are the newest release's (release.ts, which lists
 * every release with its changelog): a release sets them here. Apart from that list, so a page
 * that only needs them (an embed) does not carry the changelog.
 */
export const DATA_VERSION = '2';
export const DATA_AS_OF = '2026-10-09';
