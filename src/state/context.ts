/** Typed contexts: the store, the language and currency, and the view; one instance per app (never module singletons). */
import { createContext } from 'svelte';
import type { Formatter } from '../i18n/format';
import type { I18n } from '../i18n/i18n.svelte';
import type { Translate } from '../i18n/translate';
import type { ScenarioStore } from './store.svelte';
import type { View } from './view';

export const [getStore, setStore] = createContext<ScenarioStore>();
export const [getI18n, setI18n] = createContext<I18n>();
export const [getView, setView] = createContext<View>();

/** The translator of the active language. */
export const getTranslate = (): Translate => getI18n().t;
/** The formatter of the active language and currency. */
export const getFormat = (): Formatter => getI18n().fmt;
