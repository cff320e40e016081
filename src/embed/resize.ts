/**
 * The embed's side of the resize protocol: whenever the page's content height changes, tell
 * the host page (our message, and Pym.js's when the frame was made by Pym, which passes
 * childId). The height measured is the whole document's content (the mount point with its
 * padding and margins), so the frame never clips its own footer.
 */
export function contentHeight(doc: Document): number {
  const view = doc.defaultView;
  const px = (el: Element, prop: 'marginBottom' | 'paddingBottom') =>
    parseFloat(view?.getComputedStyle(el)[prop] ?? '0') || 0;
  const scrollY = view?.scrollY ?? 0;
  let bottom = 0;
  for (const child of Array.from(doc.body.children)) {
    if (child.tagName === 'SCRIPT' || child.tagName === 'NOSCRIPT') continue;
    bottom = Math.max(
      bottom,
      child.getBoundingClientRect().bottom + scrollY + px(child, 'marginBottom'),
    );
  }
  return Math.ceil(bottom + px(doc.body, 'paddingBottom') + px(doc.body, 'marginBottom'));
}

/**
 * Reports the height now and whenever it changes, and again once each of `parts` (the chunks
 * still mounting: the chart, the live controls) has arrived and its update been drawn:
 * Chromium holds back the resize observers of a cross-origin frame out of view, which a part
 * arriving late would otherwise leave unreported. Returns the way to stop.
 */
export function reportHeight(
  root: HTMLElement,
  pymChildId: string | null,
  parts: readonly Promise<unknown>[] = [],
  drawn: () => Promise<void> = () => Promise.resolve(),
): () => void {
  let last = 0;
  const doc = root.ownerDocument;
  const send = () => {
    const height = contentHeight(doc);
    if (height === last || window.parent === window) return;
    last = height;
    window.parent.postMessage({ type: 'pledge-explorer:resize', height }, '*');
    if (pymChildId !== null)
      window.parent.postMessage(`pymxPYMx${pymChildId}xPYMxheightxPYMx${height}`, '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(root);
  observer.observe(doc.body);
  send();
  let stopped = false;
  for (const part of parts)
    void part.then(drawn).then(
      () => stopped || send(),
      () => {},
    );
  return () => {
    stopped = true;
    observer.disconnect();
  };
}
