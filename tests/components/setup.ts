/**
 * Setup for the "components" jest project (jsdom): jest-dom matchers, and the browser APIs that
 * jsdom lacks but the task pane (or Fluent UI) calls.
 */
import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";

// Fluent UI (Griffel) inserts hundreds of CSS rules, and jsdom's getComputedStyle matches every
// rule against the element; Testing Library calls it for each node while computing accessible
// names and visibility (including ::before/::after), so role queries took seconds each. jsdom does
// no layout anyway: answer from the inline style, which is where the app and Fluent set
// display/visibility at run time (collapsed Fluent panels and closed popups are unmounted).
// The exception: Fluent's Tab repeats its label in a span kept invisible by a class (it reserves the
// width of the bold selected label), which would otherwise double every tab's accessible name.
const noPseudoContent = document.createElement("div").style;
const invisible = document.createElement("div").style;
invisible.visibility = "hidden";
const INVISIBLE_BY_CLASS = ".fui-Tab__content--reserved-space";
window.getComputedStyle = ((element: Element, pseudo?: string | null) => {
  if (pseudo) return noPseudoContent;
  if (element.matches(INVISIBLE_BY_CLASS)) return invisible;
  return (element as HTMLElement).style;
}) as typeof window.getComputedStyle;
configure({ asyncUtilTimeout: 4000 });
jest.setTimeout(30000);

if (typeof window.ResizeObserver === "undefined") {
  window.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

if (typeof window.matchMedia === "undefined") {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// saveBytes() makes an object URL for the download link.
if (typeof URL.createObjectURL === "undefined") {
  URL.createObjectURL = () => "blob:netwerkmeter-test";
  URL.revokeObjectURL = () => undefined;
}
