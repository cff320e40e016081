/** A dated event's label in the reader's language (one of the words that come with the data: dataText.ts). */
import { HAZARD_EVENTS } from '../data/events';
import type { HazardEvent } from '../model';
import type { MessageKey } from './en';
import type { Translate } from './translate';

const EVENT_LABELS = new Map(HAZARD_EVENTS.map((row) => [row.id, row.label]));

/** A dated event's label in the reader's language, unless the reader renamed it. */
export function eventLabel(t: Translate, e: HazardEvent): string {
  return EVENT_LABELS.get(e.id) === e.label ? t(`event.${e.id}` as MessageKey) : e.label;
}
