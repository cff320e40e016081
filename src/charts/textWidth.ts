/**
 * A label's width without measuring the DOM (the charts also render on the server and in
 * tests): an estimate per character class. What the first chart draws needs only this; the
 * wrapping (textFit.ts) comes with what uses it.
 */

/** Full-width characters: kana, kanji, full-width punctuation and forms. */
export const WIDE = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * Approximate width of one character in em: DejaVu Sans's advance widths, grouped (the
 * fallback sans-serif on Linux and among the widest, so other faces come out narrower).
 */
function charEm(ch: string): number {
  if (WIDE.test(ch)) return 1;
  if (/[0-9$]/.test(ch)) return 0.64;
  if (/[ijl]/.test(ch)) return 0.28;
  if (/[frt]/.test(ch)) return 0.41;
  if (/[mw]/.test(ch)) return 0.96;
  if (/[a-z]/.test(ch)) return 0.62;
  if (/[I]/.test(ch)) return 0.3;
  if (/[MW]/.test(ch)) return 0.92;
  if (/[A-Z]/.test(ch)) return 0.72;
  if (/[%]/.test(ch)) return 0.95;
  if (/[+=<>×]/.test(ch)) return 0.84;
  if (/[()[\]–-]/.test(ch)) return 0.39;
  return 0.32; // spaces and the narrow punctuation
}

/** Estimated rendered width in px, erring wide. */
export function estimateWidth(text: string, fontPx: number): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontPx * 1.03;
}
