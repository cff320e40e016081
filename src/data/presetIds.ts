/** The named scenarios' ids, in the picker's order (the presets themselves: src/data/presets.ts). */
export const PRESET_IDS = [
  'central',
  'tranchePace',
  'tokyo',
  'washington',
  'ourMoney',
  'seedArticle',
  'stalled',
  'highRates',
  'onPace',
  'korea',
] as const;
export type PresetId = (typeof PRESET_IDS)[number];
