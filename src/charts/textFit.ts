/**
 * Fitting chart labels without measuring the DOM (the charts also render on the server and
 * in tests): line wrapping that breaks English at spaces and Japanese between characters,
 * never before closing punctuation, by the width estimate of textWidth.ts.
 */
import { WIDE, estimateWidth } from './textWidth';

export { estimateWidth };

/**
 * Characters a Japanese line must not start with (closing brackets and punctuation, the
 * long-vowel mark, small kana): they stay with what comes before them.
 */
const NO_START = '、。，．）」』％・ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ';

/** Opening brackets: a line must not end with them, so they go with what follows. */
const NO_END = '（「『';

const WIDE_CLASS = '\\u3000-\\u30ff\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
/** A word (non-wide run) or one wide character, with any opening bracket before it and any character that may not start a line after it. */
const TOKENS = new RegExp(
  `[${NO_END}]*(?:[^\\s${WIDE_CLASS}]+|[${WIDE_CLASS}])[${NO_START}]*|\\s+`,
  'g',
);

/** Splits text into lines no wider than `fits` allows; a single over-long word gets a line of its own. */
export function wrapBy(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(TOKENS) ?? []) {
    if (/^\s+$/.test(token)) {
      if (line) line += ' ';
      continue;
    }
    if (line.trim() && !fits(line + token)) {
      lines.push(line.trimEnd());
      line = token;
    } else line += token;
  }
  return line.trim() ? [...lines, line.trimEnd()] : lines;
}

/** Wraps a label to a width in px at a font size. */
export function wrapToWidth(text: string, widthPx: number, fontPx: number): string[] {
  return wrapBy(text, (line) => estimateWidth(line, fontPx) <= widthPx);
}

/** Columns a line takes: wide characters two, others one. */
export function columns(text: string): number {
  let n = 0;
  for (const ch of text) n += WIDE.test(ch) ? 2 : 1;
  return n;
}

/** Rows for wrapped labels: each as tall as its lines need (at least `minRow`), stacked. */
export function stackRows(
  lines: readonly (readonly string[])[],
  minRow: number,
  linePx: number,
): { top: number; h: number }[] {
  let top = 0;
  return lines.map((l) => {
    const h = Math.max(minRow, l.length * linePx + 8);
    const row = { top, h };
    top += h;
    return row;
  });
}
