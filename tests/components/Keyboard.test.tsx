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

  test("Enter on 'Opties aanpassen' puts focus on 'Gegevens gevonden', not on nothing", async () => {
    const host = createFakeHost();
    renderApp(host);
    // The pane's first view does not take focus (inside Excel it must not pull it from the grid).
    const found = await screen.findByRole("heading", { name: "Gegevens gevonden" });
    expect(found).not.toHaveFocus();
    screen.getByRole("button", { name: "Analyse uitvoeren" }).focus();
    pressEnter();
    await screen.findByRole("heading", { name: "Resultaat" });
    screen.getByRole("button", { name: "Opties aanpassen" }).focus();
    pressEnter();
    expect(await screen.findByRole("heading", { name: "Gegevens gevonden" })).toHaveFocus();
  });

  test("Enter on 'Ander bestand kiezen' puts focus on the start screen's heading", async () => {
    const host = createFakeHost("preview");
    (globalThis as { fetch?: unknown }).fetch = jest.fn(async () => ({
      ok: true,
      status: 200,
      arrayBuffer: async () => new Uint8Array([80, 75, 3, 4]).buffer,
    }));
    try {
      renderApp(host);
      const start = screen.getByRole("heading", { name: "Probeer Netwerkmeter in uw browser" });
      expect(start).not.toHaveFocus();
      screen.getByRole("button", { name: "Probeer met het voorbeeld" }).click();
      await screen.findByRole("heading", { name: "Gegevens gevonden" });
      screen.getByRole("button", { name: "Ander bestand kiezen" }).focus();
      pressEnter();
      expect(
        await screen.findByRole("heading", { name: "Probeer Netwerkmeter in uw browser" })
      ).toHaveFocus();
    } finally {
      delete (globalThis as { fetch?: unknown }).fetch;
    }
  });
});
