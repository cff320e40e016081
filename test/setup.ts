// Component tests (jsdom) get jest-dom's matchers, Testing Library's set-up and clean-up around
// each test (what `svelteTesting()`'s auto clean-up would add: vite.config.ts turns it off), and
// a ResizeObserver. A file that runs in Node (`// @vitest-environment node`: the model, the
// data, the codecs) needs none of them and skips the imports, which took most of a second in
// each such file on the two-core machine.
import { beforeEach } from 'vitest';

if (typeof document !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  const { act, cleanup, setup } = await import('@testing-library/svelte');
  beforeEach(async () => {
    await setup();
    return async () => {
      await act();
      cleanup();
    };
  });

  // jsdom has no ResizeObserver; the chart frame measures its box with one.
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
}
