/**
 * The one number an embed of a chart answers (src/embed/EmbedHeadline.svelte shows it): each
 * chart's own, in its module script, so an embed loads the words and code of its chart's answer
 * with the chart, not every chart's (scripts/embedKeys.mjs puts the keys a chart names in that
 * chart's part of the catalogue).
 */
import type { Formatter } from '../i18n/format';
import type { Translate } from '../i18n/translate';
import type { Answers } from '../state/answers';
import type { ScenarioStore } from '../state/store.svelte';
import type { View } from '../state/view';

export interface EmbedLine {
  label: string;
  value: string;
  /** Its range, or what it rests on. */
  detail: string;
}

export interface AnswerInputs {
  t: Translate;
  fmt: Formatter;
  store: ScenarioStore;
  /** The page's one set of answers (src/state/answers.ts). */
  a: Answers;
  /** The investment period's end, as the page writes a date. */
  deadline: string;
  /** The page's view (the split chart's sector, say). */
  view: View;
}

export type EmbedAnswer = (inputs: AnswerInputs) => EmbedLine;
