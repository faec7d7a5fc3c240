import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { createFakeHost, summary } from "./fakeHost";
import { renderApp } from "./renderApp";

async function runToResults(host = createFakeHost()) {
  renderApp(host);
  fireEvent.click(await screen.findByRole("button", { name: "Analyse uitvoeren" }));
  await screen.findByRole("heading", { name: "Resultaat" });
  return host;
}

describe("summary cards (step 6)", () => {
  test("Dutch numbers with a decimal comma, Dutch role names, alpha hints", async () => {
    await runToResults();
    expect(screen.getByRole("heading", { name: "Resultaat" })).toHaveFocus();
    expect(screen.getByTestId("response-rate")).toHaveTextContent("77 van 104 (74%)");

    const roles = screen
      .getByRole("heading", { name: "Dominante rol per domein" })
      .closest("[aria-labelledby]") as HTMLElement;
    const items = within(roles).getAllByRole("listitem");
    expect(items.map((li) => li.textContent)).toEqual([
      "VisieFacilitator",
      "DoelstellingenCoproducent",
      "ActiesGemengd",
    ]);

    expect(screen.getByTestId("participation-index")).toHaveTextContent("61,4 op 100");
    expect(screen.getByTestId("participation-gap")).toHaveTextContent("0,67");
    expect(screen.getByText("62,3% akkoord")).toBeInTheDocument();
    expect(screen.getByText("minstens 64,9%")).toBeInTheDocument();

    const alphas = screen
      .getByRole("heading", { name: "Betrouwbaarheid (Cronbach's alfa)" })
      .closest("[aria-labelledby]") as HTMLElement;
    const [a, b, c] = within(alphas).getAllByRole("listitem");
    expect(a).toHaveTextContent("0,70");
    expect(within(a).queryByText("onder 0,70")).not.toBeInTheDocument();
    expect(b).toHaveTextContent("0,61");
    expect(within(b).getByText("onder 0,70")).toBeInTheDocument();
    expect(within(c).getByText("niet te berekenen")).toBeInTheDocument();
    expect(
      within(alphas).getByText(
        "Vanaf 0,70 meten de uitspraken van een schaal samen voldoende hetzelfde."
      )
    ).toBeInTheDocument();

    expect(
      screen.getByText("Netwerkmeter schreef 3 werkbladen in het werkboek.")
    ).toBeInTheDocument();
    expect(screen.getByText("Bestuursstijl")).toBeInTheDocument();
    // The status news follows the results in a later render (after the charts were asked for).
    await waitFor(() =>
      expect(screen.getByTestId("live-polite")).toHaveTextContent("Analyse klaar.")
    );
  });

  test("without a population the card shows the respondents and what to do", async () => {
    const host = createFakeHost("excel", {
      run: jest.fn().mockResolvedValue({ ...summary, population: null, responseRate: null }),
    });
    await runToResults(host);
    expect(screen.getByTestId("response-rate")).toHaveTextContent("77 respondenten");
    expect(
      screen.getByText("Vul bij de opties het aantal netwerken in om de responsgraad te zien.")
    ).toBeInTheDocument();
  });

  test("charts can be inserted from the results (Excel)", async () => {
    const host = await runToResults();
    fireEvent.click(screen.getByRole("button", { name: "Grafieken invoegen" }));
    await waitFor(() => expect(host.insertCharts).toHaveBeenCalledTimes(1));
    expect(await screen.findByText("2 grafieken staan in het werkboek.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Grafieken vernieuwen" })).toBeInTheDocument();
  });

  test("'Opties aanpassen' goes back to the options, keeping them", async () => {
    await runToResults();
    fireEvent.click(screen.getByRole("button", { name: "Opties aanpassen" }));
    expect(screen.getByRole("heading", { name: "Opties" })).toBeInTheDocument();
  });
});
