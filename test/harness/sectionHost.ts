/**
 * The sections below the fold, for component tests: mounted at once, in place, from static
 * imports (the page fetches each in its own chunk: src/sections/sectionHost.ts).
 */
import { flushSync, mount, unmount } from 'svelte';
import type { SectionHost } from '../../src/sections/sectionHost';
import { SECTION_COMPONENTS as SECTIONS } from '../../src/sections/sectionComponents';

export const immediateSectionHost: SectionHost = {
  html: () => null,
  mount(name, into, context) {
    into.replaceChildren();
    const instance = mount(SECTIONS[name], { target: into, context });
    into.dataset.mounted = 'true';
    flushSync();
    return Promise.resolve(() => void unmount(instance));
  },
};
