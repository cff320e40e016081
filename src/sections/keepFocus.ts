/**
 * A reader who has moved into a section's prerender (the keyboard, a screen reader) stays on
 * the same control once the live section takes its place (src/sections/browserSectionHost.ts).
 */

/** What can take the focus in a section, in document order. */
const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

/** A control as a reader knows it: its kind and what it says or is called. */
const controlOf = (el: Element) =>
  [el.tagName, el.getAttribute('type'), el.getAttribute('aria-label'), el.textContent?.trim()].join(
    '|',
  );

/**
 * The control that has the focus inside `el` (a section's prerender), as its place among the
 * section's controls and what it is; null when the focus is elsewhere.
 */
export function focusIn(el: HTMLElement): { index: number; control: string } | null {
  const active = document.activeElement;
  if (!active || active === el || !el.contains(active)) return null;
  const index = [...el.querySelectorAll(FOCUSABLE)].indexOf(active);
  return index < 0 ? null : { index, control: controlOf(active) };
}

/**
 * Puts the focus back on the live section's control at the same place, if it is the same
 * control (the prerender showed what the section shows: same kind, same words), else on the
 * first of the live section's controls that is; else it is left where the browser put it.
 */
export function refocus(el: HTMLElement, focused: { index: number; control: string }): void {
  const controls = [...el.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const at = controls[focused.index];
  // The live section may hold controls its prerender has not (the projects table's editing
  // controls): then the first control that is the same one.
  const same =
    at && controlOf(at) === focused.control
      ? at
      : controls.find((c) => controlOf(c) === focused.control);
  same?.focus({ preventScroll: true });
}
