/**
 * Where a number comes from: a published source it cites (by its id in src/data/sources.ts) or
 * an assumption with the reasoning behind it. The tables of src/data hold only these small
 * references, so whatever computes with the data (an embed, the model's workers) does not carry
 * the sources' titles and addresses; what shows a source looks it up (`sourceOf`).
 */
import type { MessageKey } from '../i18n/en';
import type { SourceId } from './sources';

export type BasisKey = Extract<MessageKey, `basis.${string}`>;

/** A published source, by its id: its title, publisher, date and link are in SOURCES. */
export interface SourceRef {
  readonly kind: 'source';
  readonly id: SourceId;
}

/** A value an assumption's text names: an amount (US$ bn) or a date, formatted for the reader. */
export type BasisValue = { readonly usdBn: number } | { readonly date: string };

export interface Assumption {
  readonly kind: 'assumption';
  /** Why this number, in one sentence: its catalogue key (`basis.*`). */
  readonly basis: BasisKey;
  /** Amounts and dates the sentence names, by placeholder. */
  readonly values?: Readonly<Record<string, BasisValue>>;
}

export type Provenance = SourceRef | Assumption;

/** Cites the published source `id` (src/data/sources.ts). */
export const cite = (id: SourceId): SourceRef => ({ kind: 'source', id });

export function assumption(
  basis: BasisKey,
  values?: Readonly<Record<string, BasisValue>>,
): Assumption {
  return { kind: 'assumption', basis, ...(values ? { values } : {}) };
}
