/**
 * Minimal keyboard emulation for jsdom (the project has no @testing-library/user-event): Tab moves
 * focus through the tab order as a browser does, and Enter on a focused button performs the
 * browser's default action (a click, which submits the form for a submit button) unless a keydown
 * handler prevented it.
 */
import { act, fireEvent } from "@testing-library/react";

const CANDIDATES = "a[href], button, input, select, textarea, [tabindex], [contenteditable='true']";

function isHidden(element: HTMLElement): boolean {
  for (let node: HTMLElement | null = element; node; node = node.parentElement) {
    // Attributes and inline styles only: getComputedStyle is very slow with Fluent's CSS in jsdom.
    if (node.hidden || node.getAttribute("aria-hidden") === "true" || node.inert) return true;
    if (node.style.display === "none" || node.style.visibility === "hidden") return true;
  }
  return false;
}

/** The elements Tab visits, in order (no positive tabindex is used in the app). */
export function tabOrder(root: ParentNode = document.body): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(CANDIDATES)).filter(
    (element) =>
      element.tabIndex >= 0 &&
      !(element as HTMLButtonElement).disabled &&
      !isHidden(element) &&
      // Only the checked radio of a group is a tab stop (or the first when none is checked).
      !(
        element instanceof HTMLInputElement &&
        element.type === "radio" &&
        !element.checked &&
        document.querySelector(`input[type=radio][name="${element.name}"]:checked`) !== null
      )
  );
}

/** Presses Tab: focus moves to the next element in the tab order. */
export function tab(): HTMLElement | null {
  const order = tabOrder();
  const index = order.indexOf(document.activeElement as HTMLElement);
  const next = order[index + 1] ?? null;
  act(() => {
    if (document.activeElement instanceof HTMLElement)
      fireEvent.keyDown(document.activeElement, { key: "Tab" });
    next?.focus();
  });
  return next;
}

/** Presses Enter on the focused element. */
export function pressEnter(): void {
  const target = document.activeElement as HTMLElement;
  act(() => {
    const proceed = fireEvent.keyDown(target, { key: "Enter", code: "Enter" });
    if (proceed && (target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement)) {
      target.click();
    }
    fireEvent.keyUp(target, { key: "Enter", code: "Enter" });
  });
}
