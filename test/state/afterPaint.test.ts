import { afterEach, expect, test, vi } from 'vitest';
import { afterPaint, createWritesAfterPaint } from '../../src/state/afterPaint';
import { nextTask } from '../../src/worker/nextTask';

afterEach(() => {
  vi.unstubAllGlobals();
});

test('afterPaint waits for the next frame, then for a task of its own after it', async () => {
  const frames: (() => void)[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
  const done: string[] = [];
  afterPaint(() => done.push('written'));
  await nextTask();
  await nextTask();
  // No frame yet: nothing written, however many tasks go by.
  expect(done).toEqual([]);
  expect(frames).toHaveLength(1);
  // The frame's callbacks run before the browser lays the frame out: still nothing.
  frames[0]!();
  expect(done).toEqual([]);
  // The next task, after the frame is drawn.
  await nextTask();
  await nextTask();
  expect(done).toEqual(['written']);
});

test('where no frame will come (a hidden page, or no requestAnimationFrame), afterPaint waits only for the next task', async () => {
  const frame = vi.fn();
  vi.stubGlobal('requestAnimationFrame', frame);
  const hidden = vi.spyOn(document, 'hidden', 'get').mockReturnValue(true);
  const done: string[] = [];
  afterPaint(() => done.push('hidden'));
  expect(done).toEqual([]);
  await nextTask();
  await nextTask();
  expect(done).toEqual(['hidden']);
  expect(frame).not.toHaveBeenCalled();
  hidden.mockRestore();
  vi.stubGlobal('requestAnimationFrame', undefined);
  afterPaint(() => done.push('no frames'));
  await nextTask();
  await nextTask();
  expect(done).toEqual(['hidden', 'no frames']);
});

test('writes are kept in order and done together at the one time scheduled; flush does them at once, drop forgets them', () => {
  const scheduled: (() => void)[] = [];
  const writes = createWritesAfterPaint((callback) => scheduled.push(callback));
  const done: number[] = [];
  writes.add(() => done.push(1));
  writes.add(() => done.push(2));
  // One time for both, and nothing written before it.
  expect(scheduled).toHaveLength(1);
  expect(writes.waiting).toBe(2);
  expect(done).toEqual([]);
  scheduled[0]!();
  expect(done).toEqual([1, 2]);
  expect(writes.waiting).toBe(0);
  // A write after that asks for a time of its own.
  writes.add(() => done.push(3));
  expect(scheduled).toHaveLength(2);
  // Flushed at once (the page hidden or left): the time that comes later finds nothing to do,
  // even with a write added since (which waits for its own time).
  writes.flush();
  expect(done).toEqual([1, 2, 3]);
  writes.add(() => done.push(4));
  scheduled[1]!();
  expect(done).toEqual([1, 2, 3]);
  scheduled[2]!();
  expect(done).toEqual([1, 2, 3, 4]);
  // Dropped (the browser went back first): never written, and the time scheduled for it does
  // not write what comes after.
  writes.add(() => done.push(5));
  writes.drop();
  writes.add(() => done.push(6));
  scheduled[3]!();
  expect(done).toEqual([1, 2, 3, 4]);
  expect(writes.waiting).toBe(1);
  scheduled[4]!();
  expect(done).toEqual([1, 2, 3, 4, 6]);
  expect(writes.waiting).toBe(0);
});

test('listening, the writes waiting are done at once when the reader presses a key or a pointer (before the page handles it), when the page is hidden or left, and when it stops', () => {
  const writes = createWritesAfterPaint(() => {});
  const done: string[] = [];
  // What the page does with the key comes after the writes waiting.
  const onKey = () => done.push('the page handles the key');
  window.addEventListener('keydown', onKey);
  const stop = writes.listen(window);
  writes.add(() => done.push('before a key'));
  window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
  writes.add(() => done.push('before a pointer'));
  document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
  writes.add(() => done.push('before leaving'));
  window.dispatchEvent(new Event('pagehide'));
  writes.add(() => done.push('while shown'));
  document.dispatchEvent(new Event('visibilitychange'));
  expect(done).toEqual([
    'before a key',
    'the page handles the key',
    'before a pointer',
    'before leaving',
  ]);
  const hidden = vi.spyOn(document, 'hidden', 'get').mockReturnValue(true);
  document.dispatchEvent(new Event('visibilitychange'));
  hidden.mockRestore();
  expect(done.at(-1)).toBe('while shown');
  writes.add(() => done.push('at the end'));
  stop();
  expect(done.at(-1)).toBe('at the end');
  // Stopped: nothing listens any more.
  writes.add(() => done.push('after'));
  window.dispatchEvent(new Event('pagehide'));
  expect(done.at(-1)).toBe('at the end');
  window.removeEventListener('keydown', onKey);
});
