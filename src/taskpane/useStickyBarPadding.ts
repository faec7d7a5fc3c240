/**
 * Keeps a focused field out from under a bar stuck to the bottom of the pane (the sticky "Analyse
 * uitvoeren"): while the bar is shown, the page's scroll-padding-bottom is the bar's height plus a
 * small gap, so the browser scrolls a field that gets focus (Tab, a click on a label, a jump to
 * the first invalid field) far enough up to stay visible above the bar (WCAG 2.4.11 Focus Not
 * Obscured). The bar may grow (the "verbeter eerst" line): a ResizeObserver follows its height.
 */
import { useEffect, type RefObject } from "react";

/** Space between a focused field and the top of the bar (px). */
export const STICKY_BAR_GAP = 8;

export function useStickyBarPadding(bar: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = bar.current;
    if (!element) return;
    const root = document.documentElement;
    const apply = () =>
      root.style.setProperty(
        "scroll-padding-bottom",
        `${Math.ceil(element.getBoundingClientRect().height) + STICKY_BAR_GAP}px`
      );
    apply();
    const observer = typeof ResizeObserver === "function" ? new ResizeObserver(apply) : null;
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      root.style.removeProperty("scroll-padding-bottom");
    };
  }, [bar]);
}
