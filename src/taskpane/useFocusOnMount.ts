/**
 * Moves keyboard focus to an element (usually a heading with tabIndex -1) when it appears, so a
 * keyboard or screen-reader user lands on the new step instead of at the top of the page.
 * With `onlyIfLost`, focus moves only when it was lost (the focused button disappeared with the
 * previous step), not when the user is already somewhere else. With `enabled` false it does
 * nothing: a view that moves focus only when the user came to it from the pane (not when it is the
 * first thing the pane shows, which must not pull focus from the workbook).
 */
import { useEffect, type RefObject } from "react";

export function useFocusOnMount(
  ref: RefObject<HTMLElement | null>,
  onlyIfLost = false,
  enabled = true
): void {
  useEffect(() => {
    if (!enabled) return;
    const active = document.activeElement;
    const lost = !active || active === document.body || !active.isConnected;
    if (!onlyIfLost || lost) ref.current?.focus();
    // Only on mount (empty dependency list): later re-renders must not pull focus back.
  }, []);
}
