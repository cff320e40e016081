/**
 * The embed's side of the resize protocol: whenever its content's height changes, tell the
 * host page (our message, and Pym.js's when the frame was made by Pym, which passes childId).
 */
export function reportHeight(root: HTMLElement, pymChildId: string | null): () => void {
  let last = 0;
  const send = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last || window.parent === window) return;
    last = height;
    window.parent.postMessage({ type: 'pledge-explorer:resize', height }, '*');
    if (pymChildId !== null)
      window.parent.postMessage(`pymxPYMx${pymChildId}xPYMxheightxPYMx${height}`, '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(root);
  send();
  return () => observer.disconnect();
}
