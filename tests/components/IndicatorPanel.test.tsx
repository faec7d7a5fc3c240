import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { createFakeHost } from "./fakeHost";
import { fakeIndicators, indicatorOverviewFake } from "./fakeIndicators";
import { renderApp } from "./renderApp";

describe("indicator workbook", () => {
  test("shows the indicator card instead of the survey's views, and runs with the chosen options", async () => {
    const indicators = fakeIndicators();
    const host = createFakeHost("excel", { indicators });
    renderApp(host);
    expect(
      await screen.findByRole("heading", { name: "Indicatorenkader gevonden" })
    ).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Gegevens gevonden" })).not.toBeInTheDocument();
    expect(screen.getByText("5 indicatoren, 3 eenheden, 2.937 cijfers")).toBeInTheDocument();
    // The problems found while reading, with their cell.
    expect(screen.getByText(/ca\. 30/)).toBeInTheDocument();

    // Period choices follow the roll-up: years after choosing "Jaar".
    const per = screen.getByRole("combobox", { name: "Per" });
    fireEvent.change(per, { target: { value: "jaar" } });
    const period = screen.getByRole("combobox", { name: "Periode" });
    expect(
      within(period)
        .getAllByRole("option")
        .map((option) => option.textContent)
    ).toEqual(["De laatste met cijfers (2026)", "2026", "2025", "2024"]);
    fireEvent.change(period, { target: { value: "2025" } });
    fireEvent.click(screen.getByRole("checkbox", { name: "regio" }));
    fireEvent.click(screen.getByRole("button", { name: "Indicatoren berekenen" }));

    expect(await screen.findByRole("heading", { name: "Indicatoren 2026-Q3" })).toBeInTheDocument();
    expect(indicators.run).toHaveBeenCalledWith(
      { period: "2025", per: "jaar", groupBy: ["regio"], minCell: 5, language: "nl" },
      expect.any(Function)
    );
    expect(screen.getByText("groen: 2")).toBeInTheDocument();
    expect(screen.getByText("geen doel: 1")).toBeInTheDocument();
    expect(screen.getByText("175 van 200 verwachte cijfers (87,5%)")).toBeInTheDocument();
    expect(
      screen.getByText(/Geschreven: Overzicht, Per eenheid, Verloop, Problemen; 2 grafieken/)
    ).toBeInTheDocument();

    // The hint under the errors speaks of measurements, not of survey answers (found by a new
    // user: the survey's "counts as a missing answer" stood under the indicator problems).
    expect(
      screen.getAllByText(
        "Een meting met een fout telt niet mee in de cijfers. Verbeter de cel en klik op Vernieuwen."
      ).length
    ).toBeGreaterThan(0);
    expect(screen.queryByText(/telt als ontbrekend antwoord/)).not.toBeInTheDocument();

    // A problem's cell is selected in Excel.
    fireEvent.click(screen.getAllByRole("button", { name: /Metingen!D2939/ })[0]);
    await waitFor(() => expect(host.selectCell).toHaveBeenCalledWith("Metingen", "D2939"));

    // Vernieuwen reruns with the stored settings.
    fireEvent.click(screen.getByRole("button", { name: "Vernieuwen" }));
    await waitFor(() => expect(indicators.refresh).toHaveBeenCalledTimes(1));
  });

  test("a roll-up the period does not fit resets the period to the latest", async () => {
    renderApp(createFakeHost("excel", { indicators: fakeIndicators() }));
    await screen.findByRole("heading", { name: "Indicatorenkader gevonden" });
    const period = screen.getByRole("combobox", { name: "Periode" });
    fireEvent.change(period, { target: { value: "2026-Q2" } });
    expect(period).toHaveValue("2026-Q2");
    fireEvent.change(screen.getByRole("combobox", { name: "Per" }), { target: { value: "jaar" } });
    expect(screen.getByRole("combobox", { name: "Periode" })).toHaveValue("latest");
  });

  test("stored settings prefill the form and offer Vernieuwen; a bad smallest group stops the run", async () => {
    const indicators = fakeIndicators({
      detect: jest.fn(async () => ({
        ...indicatorOverviewFake,
        stored: {
          period: "2026-Q2",
          per: "kwartaal" as const,
          groupBy: ["grootteklasse", "weg"],
          minCell: 3,
          language: "nl" as const,
        },
      })),
    });
    renderApp(createFakeHost("excel", { indicators }));
    expect(
      await screen.findByRole("heading", { name: "Vorige berekening vernieuwen" })
    ).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Periode" })).toHaveValue("2026-Q2");
    expect(screen.getByRole("checkbox", { name: "grootteklasse" })).toBeChecked();
    const minCell = screen.getByRole("textbox", { name: /Kleinste groep/ });
    expect(minCell).toHaveValue("3");
    fireEvent.change(minCell, { target: { value: "drie" } });
    fireEvent.click(screen.getByRole("button", { name: "Indicatoren berekenen" }));
    expect(await screen.findByText("Geef een geheel getal van 0 of meer.")).toBeInTheDocument();
    expect(indicators.run).not.toHaveBeenCalled();
  });

  test("a framework that cannot run says why, with its cell, and offers no run", async () => {
    const indicators = fakeIndicators({
      detect: jest.fn(async () => ({
        ...indicatorOverviewFake,
        problem: {
          message: "Indicatoren!A1: verplichte kolom 'type' ontbreekt in de kopregel.",
          code: "IND_MISSING_COLUMN",
          sheet: "Indicatoren",
          cell: "A1",
        },
      })),
    });
    const host = createFakeHost("excel", { indicators });
    renderApp(host);
    expect(await screen.findByText("Dit kader kan nog niet berekend worden")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Indicatoren berekenen" })).toBeDisabled();
    fireEvent.click(screen.getByRole("button", { name: "Indicatoren!A1" }));
    await waitFor(() => expect(host.selectCell).toHaveBeenCalledWith("Indicatoren", "A1"));
  });

  test("a failed run shows the host's message and keeps the options", async () => {
    const indicators = fakeIndicators({
      run: jest
        .fn()
        .mockRejectedValue(new Error("Eenheden!C1: kolom 'bestaat niet' bestaat niet.")),
    });
    renderApp(createFakeHost("excel", { indicators }));
    fireEvent.click(await screen.findByRole("button", { name: "Indicatoren berekenen" }));
    expect(
      await screen.findByText("Eenheden!C1: kolom 'bestaat niet' bestaat niet.")
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Indicatoren berekenen" })).toBeEnabled();
  });

  test("a survey workbook keeps the survey's views", async () => {
    const indicators = fakeIndicators({ detect: jest.fn(async () => null) });
    renderApp(createFakeHost("excel", { indicators }));
    expect(
      await screen.findByRole("heading", { name: "Gegevens gevonden" }, { timeout: 5000 })
    ).toBeInTheDocument();
    expect(indicators.detect).toHaveBeenCalledTimes(1);
    expect(screen.queryByText("Indicatorenkader gevonden")).not.toBeInTheDocument();
  });

  test("in English", async () => {
    renderApp(createFakeHost("excel", { indicators: fakeIndicators() }), "en");
    expect(
      await screen.findByRole("heading", { name: "Indicator framework found" })
    ).toBeInTheDocument();
    expect(screen.getByText("5 indicators, 3 units, 2,937 figures")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Compute indicators" })).toBeInTheDocument();
  });
});

describe("Nieuw sjabloon for an indicator workbook", () => {
  test("makes the monitoring template for a unit and periods; Excel opened it", async () => {
    const indicators = fakeIndicators();
    renderApp(createFakeHost("excel", { indicators }));
    await screen.findByRole("heading", { name: "Indicatorenkader gevonden" });
    fireEvent.click(screen.getByRole("tab", { name: "Sjabloon" }));
    const panel = screen.getByRole("tabpanel", { name: "Sjabloon" });
    fireEvent.change(within(panel).getByRole("combobox", { name: "Eenheid" }), {
      target: { value: "Partnerschap 02" },
    });
    fireEvent.change(within(panel).getByRole("textbox", { name: /Perioden/ }), {
      target: { value: "2027-Q1..2027-Q2" },
    });
    fireEvent.click(within(panel).getByRole("button", { name: "Sjabloon maken" }));
    expect(
      await within(panel).findByText(
        "Het sjabloon is geopend als nieuwe werkmap (monitoring-partnerschap-02.xlsx)."
      )
    ).toBeInTheDocument();
    expect(indicators.monitoringTemplate).toHaveBeenCalledWith(
      "Partnerschap 02",
      "2027-Q1..2027-Q2",
      "nl"
    );
    expect(within(panel).queryByRole("button", { name: /^Download/ })).toBeNull();
  });

  test("in the preview the template is a download", async () => {
    const indicators = fakeIndicators({
      monitoringTemplate: jest.fn(async () => ({
        name: "monitoring-partnerschap-01.xlsx",
        bytes: new Uint8Array([80, 75]),
        opened: false,
      })),
    });
    const host = createFakeHost("preview", { indicators });
    renderApp(host);
    (globalThis as { fetch?: unknown }).fetch = jest.fn(async () => ({
      ok: true,
      status: 200,
      arrayBuffer: async () => new Uint8Array([80, 75, 3, 4]).buffer,
    }));
    fireEvent.click(screen.getByRole("button", { name: "Probeer met het voorbeeld" }));
    expect(
      await screen.findByRole("heading", { name: "Indicatorenkader gevonden" })
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole("tab", { name: "Sjabloon" }));
    fireEvent.click(screen.getByRole("button", { name: "Sjabloon maken" }));
    expect(
      await screen.findByText("Het sjabloon monitoring-partnerschap-01.xlsx is klaar.")
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Download sjabloon" })).toBeInTheDocument();
    delete (globalThis as { fetch?: unknown }).fetch;
  });
});
