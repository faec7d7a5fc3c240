import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { FeedbackSummary } from "../../src/app/host";
import { createFakeHost } from "./fakeHost";
import { fakeIndicators } from "./fakeIndicators";
import { renderApp } from "./renderApp";

/** Opens the "Feedback per eenheid" fold of the indicator card and returns its region. */
async function openUnitFeedback(): Promise<HTMLElement> {
  await screen.findByRole("heading", { name: "Indicatorenkader gevonden" });
  fireEvent.click(screen.getByRole("button", { name: "Feedback per eenheid" }));
  return screen.findByRole("region", { name: "Feedback per eenheid" });
}

const sheetsDone: FeedbackSummary = {
  output: "sheets",
  networks: ["Partnerschap 01", "Partnerschap 03"],
  sheets: ["Partnerschap 01", "Partnerschap 03"],
  issues: [],
};

describe("Feedback per eenheid", () => {
  test("Excel: the units of the framework, the form's period and smallest group, one sheet per unit", async () => {
    const feedback = jest.fn(async (..._args: unknown[]) => sheetsDone);
    const indicators = fakeIndicators({
      feedbackOutputs: jest.fn(() => ["workbooks", "sheets"]),
      feedback,
    });
    renderApp(createFakeHost("excel", { indicators }));
    await screen.findByRole("heading", { name: "Indicatorenkader gevonden" });
    // The form's options are the feedback's: a year, and a smallest group of 3.
    fireEvent.change(screen.getByRole("combobox", { name: "Per" }), { target: { value: "jaar" } });
    fireEvent.change(screen.getByRole("combobox", { name: "Periode" }), {
      target: { value: "2025" },
    });
    fireEvent.change(screen.getByLabelText(/Kleinste groep/), { target: { value: "3" } });
    const panel = await openUnitFeedback();
    expect(within(panel).getByText(/minstens 3 eenheden/)).toBeInTheDocument();
    expect(within(panel).getByText(/3 eenheden gekozen/)).toBeInTheDocument();
    fireEvent.click(within(panel).getByRole("checkbox", { name: "Partnerschap 02" }));
    expect(within(panel).getByText(/2 eenheden gekozen/)).toBeInTheDocument();
    fireEvent.change(within(panel).getByLabelText("Vergelijk ook met de eigen groep (optioneel)"), {
      target: { value: "regio" },
    });
    const buttons = within(panel)
      .getAllByRole("button")
      .map((button) => button.textContent);
    expect(buttons).toEqual(
      expect.arrayContaining(["Open een werkmap per eenheid", "Voeg een blad per eenheid in"])
    );
    fireEvent.click(within(panel).getByRole("button", { name: "Voeg een blad per eenheid in" }));
    await waitFor(() => expect(feedback).toHaveBeenCalledTimes(1));
    expect(feedback.mock.calls[0][0]).toEqual({
      period: "2025",
      per: "jaar",
      minCell: 3,
      groupBy: "regio",
      units: ["Partnerschap 01", "Partnerschap 03"],
      output: "sheets",
      language: "nl",
    });
    expect(
      await within(panel).findByText(/2 terugkoppelingen ingevoegd als blad: Partnerschap 01/)
    ).toBeInTheDocument();
  });

  test("none chosen disables the buttons; a bad smallest group shows the form's error, nothing runs", async () => {
    const feedback = jest.fn(async (..._args: unknown[]) => sheetsDone);
    const indicators = fakeIndicators({ feedbackOutputs: jest.fn(() => ["sheets"]), feedback });
    renderApp(createFakeHost("excel", { indicators }));
    const panel = await openUnitFeedback();
    const insert = within(panel).getByRole("button", { name: "Voeg een blad per eenheid in" });
    fireEvent.click(within(panel).getByRole("button", { name: "Geen" }));
    expect(insert).toBeDisabled();
    fireEvent.click(within(panel).getByRole("button", { name: "Alle" }));
    expect(insert).toBeEnabled();
    fireEvent.change(screen.getByLabelText(/Kleinste groep/), { target: { value: "vijf" } });
    fireEvent.click(insert);
    expect(await screen.findByText(/geheel getal/)).toBeInTheDocument();
    expect(feedback).not.toHaveBeenCalled();
    // Every unit, with the default options: no `units` in the request.
    fireEvent.change(screen.getByLabelText(/Kleinste groep/), { target: { value: "5" } });
    fireEvent.click(insert);
    await waitFor(() => expect(feedback).toHaveBeenCalledTimes(1));
    expect(feedback.mock.calls[0][0]).toEqual({
      period: null,
      per: null,
      minCell: 5,
      output: "sheets",
      language: "nl",
    });
  });

  test("a host without feedback per unit shows no fold; a failure says why", async () => {
    renderApp(createFakeHost("excel", { indicators: fakeIndicators() }));
    await screen.findByRole("heading", { name: "Indicatorenkader gevonden" });
    expect(screen.queryByRole("button", { name: "Feedback per eenheid" })).not.toBeInTheDocument();
  });

  test("a failed run shows the reason in the fold", async () => {
    const indicators = fakeIndicators({
      feedbackOutputs: jest.fn(() => ["zip"]),
      feedback: jest.fn(async () => {
        throw new Error("geen van de gekozen eenheden komt voor in het kader.");
      }),
    });
    renderApp(createFakeHost("excel", { indicators }));
    const panel = await openUnitFeedback();
    fireEvent.click(within(panel).getByRole("button", { name: "Maak de terugkoppelingen (.zip)" }));
    expect(
      await within(panel).findByText("De terugkoppelingen konden niet gemaakt worden.")
    ).toBeInTheDocument();
    expect(within(panel).getByText(/geen van de gekozen eenheden/)).toBeInTheDocument();
  });
});
