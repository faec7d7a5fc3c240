/**
 * Keeps a focused control out from under a bar stuck to the bottom of the pane (the sticky
 * "Analyse uitvoeren", WCAG 2.4.11 Focus Not Obscured): when focus lands on a control outside the
 * bar that the bar covers (Tab, a jump to the first invalid field), the page scrolls just enough
 * to show it above the bar, with a small gap.
 *
 * Not `scroll-padding-bottom` on the page: the bar's own button lies in that padding whatever the
 * page does, so every focus on it would scroll the page for nothing.
 */
import { useEffect, type RefObject } from "react";

/** Space between a focused control and the top of the bar (px). */
export const BAR_GAP = 8;

export function useFocusAboveBar(bar: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onFocus = (event: FocusEvent) => {
      const element = bar.current;
      const target = event.target;
      if (!element || !(target instanceof Element) || element.contains(target)) return;
      const barBox = element.getBoundingClientRect();
      const box = target.getBoundingClientRect();
      if (box.height === 0 || box.top >= barBox.bottom) return;
      // Never scroll the control's own top out of view (a control taller than the room left).
      const by = Math.min(box.bottom + BAR_GAP - barBox.top, Math.max(0, box.top));
      if (by > 0) window.scrollBy(0, by);
    };
    document.addEventListener("focusin", onFocus);
    return () => document.removeEventListener("focusin", onFocus);
  }, [bar]);
}
