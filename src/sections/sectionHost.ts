/**
 * How a section gets into the page. On the server (the prerender) it is rendered to HTML on
 * the spot, with the page's contexts. In the browser a section of the first screen is mounted
 * at once; one below the fold has its chunk fetched when it is wanted. Until then it shows its
 * prerendered HTML when the prerender shows what the reader asked for (`adopt`), and is wanted
 * when the reader comes near it or into it, or (once the browser is next idle) the page shows
 * what its prerender does not (`wake`); else (no prerender to show) once the page has loaded
 * and the browser is idle, or the reader comes near, whichever is first. Each is mounted in its
 * place one section per task (so start-up has no long task). `settled` tells when every section
 * wanted so far is live (one wanted later is not waited for). The explorer's host is in
 * browserSectionHost.ts (its own chunk's); an embed, which mounts no section, has the tracking
 * host here.
 */
import { getContext, setContext, type Component } from 'svelte';
import type { SectionName } from './sections';
import { nextTask } from '../worker/nextTask';

export interface SectionHost {
  /** The section's HTML (server), or null (browser: it is mounted instead). */
  html(name: SectionName, context: Map<unknown, unknown>): string | null;
  /**
   * Mounts the section into `into` (replacing what is there); resolves to its unmount. A
   * section of the first screen comes with its component (the explorer imports it).
   */
  mount(
    name: SectionName,
    into: HTMLElement,
    context: Map<unknown, unknown>,
    component?: Component,
  ): Promise<() => void>;
  /**
   * Moves the section's prerendered HTML into `into`, where the page kept it (the prerender
   * shows what the reader asked for), so the reader sees it until the section is mounted;
   * false where there is none. `later`: a section below the fold, mounted later.
   */
  adopt?(name: SectionName, into: HTMLElement, later?: boolean): boolean;
  /** Counts another chunk the page waits for (an embed's chart) before it is settled. */
  track?(loading: Promise<unknown>): void;
  /** Resolves once every section wanted so far is live (or failed to load). */
  settled?(): Promise<void>;
  /**
   * The page shows what a section's prerender does not (another scenario or view than it
   * opened with: every section; its Monte Carlo's answer: those that show it): each section
   * named (every one, if none is) that still shows its prerender is wanted now.
   */
  wake?(names?: readonly SectionName[]): void;
}

const KEY = Symbol('section host');
export const setSectionHost = (host: SectionHost): SectionHost => setContext(KEY, host);
export const getSectionHost = (): SectionHost | undefined => getContext<SectionHost>(KEY);

/**
 * A host that mounts no section and knows when what the page waits for has arrived (`track`:
 * an embed's chart and live controls), which `settled` waits for; the explorer's host builds on
 * it (browserSectionHost.ts).
 */
export function createTrackingHost(): SectionHost & {
  settled(): Promise<void>;
  track(loading: Promise<unknown>): void;
} {
  const asked: Promise<unknown>[] = [];
  return {
    /** Resolves once everything the page has asked for is in (or failed to load). */
    async settled() {
      await nextTask(); // the page asks as it mounts: let its effects run first
      for (let seen = -1; seen !== asked.length;) {
        seen = asked.length;
        await Promise.allSettled(asked);
      }
    },
    html: () => null,
    track(loading) {
      asked.push(loading);
    },
    mount: () => Promise.reject(new Error('this page mounts no sections')),
  };
}
