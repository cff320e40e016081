/**
 * The English catalogue: every user-visible string, in two parts (src/i18n/en.core.ts, what
 * start-up needs; src/i18n/en.later.ts, what only the sections below the fold use). `{name}`
 * marks a value filled in.
 */
import { enCore } from './en.core';
import { enLater } from './en.later';

export const en = { ...enCore, ...enLater } as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Readonly<Record<MessageKey, string>>;
/** The keys of the later part. */
export type LaterKey = keyof typeof enLater;
/** The keys of the start-up part. */
export type CoreKey = Exclude<MessageKey, LaterKey>;
