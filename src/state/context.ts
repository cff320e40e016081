/** Typed contexts: the store, the worker's results, the language and currency, and the view; one instance per app (never module singletons). */
import { createContext } from 'svelte';
import type { Formatter } from '../i18n/format';
import type { I18n } from '../i18n/i18n.svelte';
import type { Translate } from '../i18n/translate';
import type { ScenarioStore } from './store.svelte';
import type { Results } from './results.svelte';
import type { View } from './view';
import type { ViewState } from './viewState.svelte';
import type { Answers } from './answers';
import type { ChartView } from './chartView.svelte';
import type { ChangeMotion } from './changeMotion.svelte';

export const [getStore, setStore] = createContext<ScenarioStore>();
export const [getResults, setResults] = createContext<Results>();
export const [getI18n, setI18n] = createContext<I18n>();
export const [getView, setView] = createContext<View>();
/** The view's parts a reader changes on the page (theme, chart views, tables shown). */
export const [getViewState, setViewState] = createContext<ViewState>();
/** The charts' baseline switch and shared time range, which the reader changes. */
export const [getChartView, setChartView] = createContext<ChartView>();
/** The last change, as the charts' ghost and its replay. */
export const [getMotion, setMotion] = createContext<ChangeMotion>();

/** The translator of the active language. */
export const getTranslate = (): Translate => getI18n().t;
/** The formatter of the active language and currency. */
export const getFormat = (): Formatter => getI18n().fmt;

/** The one set of answers the page prints (state/answers.ts), always current. */
export const [getAnswers, setAnswers] = createContext<{ readonly current: Answers }>();
