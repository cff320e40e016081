/** Typed contexts: the store and the translator, one instance per app (never module singletons). */
import { createContext } from 'svelte';
import type { Translate } from '../i18n/translate';
import type { ScenarioStore } from './store.svelte';
import type { View } from './view';

export const [getStore, setStore] = createContext<ScenarioStore>();
export const [getTranslate, setTranslate] = createContext<Translate>();
export const [getView, setView] = createContext<View>();
