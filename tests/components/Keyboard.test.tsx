import { screen, waitFor } from "@testing-library/react";
import { createFakeHost } from "./fakeHost";
import { pressEnter, tab, tabOrder } from "./keyboard";
import { renderApp } from "./renderApp";

describe("keyboard", () => {
  test("Tab reaches the run button through labelled controls, and Enter runs", async () => {
    const host = createFakeHost();
    renderApp(host);
    const run = await screen.findByRole("button", { name: "Analyse uitvoeren" });

    expect(
      document.querySelectorAll("[tabindex]:not([tabindex='-1']):not([tabindex='0'])")
    ).toHaveLength(0);
    (document.activeElement as HTMLElement | null)?.blur();
    const visited: HTMLElement[] = [];
    for (let i = 0; i < 60 && document.activeElement !== run; i++) {
      const next = tab();
      if (!next) break;
      visited.push(next);
    }
    expect(run).toHaveFocus();
    // Every stop on the way has an accessible name.
    for (const element of visited) expect(element).toHaveAccessibleName();
    expect(visited.length).toBe(tabOrder().indexOf(run) + 1);

    pressEnter();
    await waitFor(() => expect(host.run).toHaveBeenCalledTimes(1));
    expect(await screen.findByRole("heading", { name: "Resultaat" })).toHaveFocus();
  });

  test("a problem's link works from the keyboard", async () => {
    const host = createFakeHost();
    renderApp(host);
    const link = await screen.findByRole("button", { name: "Ga naar cel Antwoorden!K17" });
    link.focus();
    pressEnter();
    expect(host.selectCell).toHaveBeenCalledWith("Antwoorden", "K17");
  });
});
