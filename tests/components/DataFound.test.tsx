import { fireEvent, screen, within } from "@testing-library/react";
import { createFakeHost, deferred, overview } from "./fakeHost";
import { renderApp } from "./renderApp";
import type { DataOverview } from "../../src/app/host";

describe("data found (step 1)", () => {
  test("shows a designed loading state while detect runs, then the counts", async () => {
    const pending = deferred<DataOverview>();
    const host = createFakeHost("excel", { detect: jest.fn(() => pending.promise) });
    renderApp(host);

    expect(screen.getByText("Antwoorden zoeken…")).toBeInTheDocument();
    expect(host.detect).toHaveBeenCalledTimes(1);
    pending.resolve(overview);

    const card = (await screen.findByRole("heading", { name: "Gegevens gevonden" })).closest(
      "[aria-labelledby='data-found-title']"
    ) as HTMLElement;
    expect(within(card).getByTestId("respondents")).toHaveTextContent("77");
    expect(within(card).getByTestId("items-recognised")).toHaveTextContent("7 van 9");
    expect(within(card).getByText("Dēmos coördinatorenbevraging")).toBeInTheDocument();
    expect(
      within(card).getByText("Tabel tblAntwoorden op werkblad Antwoorden (A1:K78)")
    ).toBeInTheDocument();
    expect(within(card).getByText("1 fout")).toBeInTheDocument();
    expect(within(card).getByText("1 waarschuwing")).toBeInTheDocument();
    expect(within(card).getByText("1 opmerking")).toBeInTheDocument();
  });

  test("formats large counts the Dutch way", async () => {
    const host = createFakeHost("excel", {
      detect: jest.fn(async () => ({ ...overview, respondents: 2709, issues: [] })),
    });
    renderApp(host);
    expect(await screen.findByTestId("respondents")).toHaveTextContent("2.709");
    expect(screen.getByText("Geen")).toBeInTheDocument();
  });

  test("'Opnieuw zoeken' looks for the data again", async () => {
    const host = createFakeHost();
    renderApp(host);
    fireEvent.click(await screen.findByRole("button", { name: "Opnieuw zoeken" }));
    await screen.findByRole("heading", { name: "Gegevens gevonden" });
    expect(host.detect).toHaveBeenCalledTimes(2);
  });

  test("no respondents: a designed empty state that leads to a new template", async () => {
    const host = createFakeHost("excel", {
      detect: jest.fn(async () => ({ ...overview, respondents: 0, issues: [] })),
    });
    renderApp(host);
    expect(
      await screen.findByRole("heading", { name: "Nog geen antwoorden gevonden" })
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Nieuw sjabloon" }));
    expect(screen.getByRole("tab", { name: "Sjabloon" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("button", { name: "Sjabloon invoegen" })).toBeInTheDocument();
  });
});
