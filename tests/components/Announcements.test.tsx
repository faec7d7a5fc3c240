/**
 * What the polite live region tells a screen reader after detect: what the screen shows. An
 * indicator workbook shows its card, a workbook without answers "Nog geen antwoorden gevonden";
 * neither may be announced as "Gegevens gevonden: 0 respondenten".
 */
import { screen, waitFor } from "@testing-library/react";
import { createFakeHost, overview } from "./fakeHost";
import { fakeIndicators } from "./fakeIndicators";
import { renderApp } from "./renderApp";

/** Every text the polite region held, in order (a screen reader reads each change). */
function recordAnnouncements(): string[] {
  const said: string[] = [];
  const region = screen.getByTestId("live-polite");
  const observer = new MutationObserver(() => said.push(region.textContent ?? ""));
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return said;
}

describe("announcements after detect", () => {
  test("survey data: the respondents found", async () => {
    renderApp(createFakeHost());
    const said = recordAnnouncements();
    await waitFor(() =>
      expect(screen.getByTestId("live-polite")).toHaveTextContent(
        "Gegevens gevonden: 77 respondenten."
      )
    );
    expect(said.filter(Boolean).at(-1)).toBe("Gegevens gevonden: 77 respondenten.");
  });

  test("an indicator workbook: the framework, never '0 respondenten'", async () => {
    const host = createFakeHost("excel", {
      detect: jest.fn().mockResolvedValue({ ...overview, respondents: 0 }),
      indicators: fakeIndicators(),
    });
    renderApp(host);
    const said = recordAnnouncements();
    await screen.findByRole("heading", { name: "Indicatorenkader gevonden" });
    await waitFor(() =>
      expect(screen.getByTestId("live-polite")).toHaveTextContent(
        "Indicatorenkader gevonden: 5 indicatoren, 3 eenheden, 2.937 cijfers."
      )
    );
    expect(said.filter((text) => /respondent/.test(text))).toEqual([]);
  });

  test("a workbook without answers: 'Nog geen antwoorden gevonden'", async () => {
    const host = createFakeHost("excel", {
      detect: jest.fn().mockResolvedValue({ ...overview, respondents: 0 }),
    });
    renderApp(host);
    const said = recordAnnouncements();
    await screen.findByRole("heading", { name: "Nog geen antwoorden gevonden" });
    await waitFor(() =>
      expect(screen.getByTestId("live-polite")).toHaveTextContent("Nog geen antwoorden gevonden.")
    );
    expect(said.filter((text) => /respondent/.test(text))).toEqual([]);
  });
});
