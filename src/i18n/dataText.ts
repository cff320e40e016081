/**
 * The words that come with the data, in the reader's language: assumptions' reasons,
 * sources' notes, and the names of the announced projects and dated events. Sources'
 * titles and publishers are cited as published.
 */
import { ANNOUNCED_SELECTIONS } from '../data/selections';
import { HAZARD_EVENTS } from '../data/events';
import type { Assumption } from '../data/provenance';
import type { HazardEvent, Selection } from '../model';
import type { MessageKey } from './en';
import type { Formatter } from './format';
import type { Translate } from './translate';

/** An assumption's reason, with its amounts and dates formatted for the reader. */
export function basisText(t: Translate, fmt: Formatter, a: Assumption): string {
  const values = Object.fromEntries(
    Object.entries(a.values ?? {}).map(([name, v]) => [
      name,
      'usdBn' in v ? fmt.money(v.usdBn) : fmt.date(v.date),
    ]),
  );
  return t(a.basis, values);
}

const SELECTION_NAMES = new Map(ANNOUNCED_SELECTIONS.map((row) => [row.id, row.name]));
const EVENT_LABELS = new Map(HAZARD_EVENTS.map((row) => [row.id, row.label]));

/** An announced project's name in the reader's language, unless the reader renamed it. */
export function selectionName(t: Translate, row: Selection): string {
  return SELECTION_NAMES.get(row.id) === row.name
    ? t(`selection.${row.id}` as MessageKey)
    : row.name;
}

/** A dated event's label in the reader's language, unless the reader renamed it. */
export function eventLabel(t: Translate, e: HazardEvent): string {
  return EVENT_LABELS.get(e.id) === e.label ? t(`event.${e.id}` as MessageKey) : e.label;
}
