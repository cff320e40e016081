import '@testing-library/jest-dom/vitest';

// jsdom has no ResizeObserver; the chart frame measures its box with one.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
