/**
 * The words that come with the data, in the reader's language: assumptions' reasons,
 * sources' notes, and the names of the announced projects and dated events. Sources'
 * titles and publishers are cited as published.
 */
import { ANNOUNCED_SELECTIONS } from '../data/selections';
import type { Assumption } from '../data/provenance';
import type { Selection } from '../model';
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

/** An announced project's name in the reader's language, unless the reader renamed it. */
export function selectionName(t: Translate, row: Selection): string {
  return SELECTION_NAMES.get(row.id) === row.name
    ? t(`selection.${row.id}` as MessageKey)
    : row.name;
}

/** A dated event's label (eventLabel.ts, apart: an embed's charts show it, and nothing else here). */
export { eventLabel } from './eventLabel';
