/**
 * The id of the page's plain-language summary, when there is one: every chart names it in
 * `aria-describedby`, so the summary is also the charts' accessible description.
 */
import { getContext, hasContext, setContext } from 'svelte';

const KEY = Symbol('plain-summary-id');

export function setSummaryId(id: string): void {
  setContext(KEY, id);
}

export function getSummaryId(): string | undefined {
  return hasContext(KEY) ? getContext<string>(KEY) : undefined;
}
