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

export function reportHeight(root: HTMLElement, pymChildId: string | null): () => void {
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
  return () => observer.disconnect();
}
