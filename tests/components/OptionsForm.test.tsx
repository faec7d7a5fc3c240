import { fireEvent, screen, waitFor } from "@testing-library/react";
import { createFakeHost } from "./fakeHost";
import { renderApp } from "./renderApp";

describe("options (step 4)", () => {
  test("every option reaches run()", async () => {
    const host = createFakeHost();
    renderApp(host);
    await screen.findByRole("heading", { name: "Opties" });

    fireEvent.click(screen.getByRole("checkbox", { name: "REGIO" }));
    fireEvent.change(screen.getByLabelText("Aantal netwerken dat de vragenlijst kreeg"), {
      target: { value: "104" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Meer opties" }));
    fireEvent.click(screen.getByRole("radio", { name: /Alle respondenten/ }));
    fireEvent.click(screen.getByRole("radio", { name: /Zoals het Dēmos-rapport/ }));
    fireEvent.change(screen.getByLabelText("Kleinste groep met percentages"), {
      target: { value: "3" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Analyse uitvoeren" }));

    await waitFor(() => expect(host.run).toHaveBeenCalledTimes(1));
    expect(host.run.mock.calls[0][0]).toEqual({
      groupBy: ["REGIO"],
      population: 104,
      base: "all",
      rounding: "legacy",
      minCell: 3,
      language: "nl",
      columnMapping: {},
    });
    expect(typeof host.run.mock.calls[0][1]).toBe("function");
  });

  test("defaults: no groups, no population, valid base, exact rounding, minimum cell 5", async () => {
    const host = createFakeHost();
    renderApp(host);
    await screen.findByRole("heading", { name: "Opties" });
    // Base, rounding and minimum cell size are folded under "Meer opties".
    expect(screen.queryByRole("radio", { name: /Wie de vraag beantwoordde/ })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Meer opties" }));
    expect(screen.getByRole("radio", { name: /Wie de vraag beantwoordde/ })).toBeChecked();
    expect(screen.getByRole("radio", { name: /Exact/ })).toBeChecked();
    fireEvent.click(screen.getByRole("button", { name: "Analyse uitvoeren" }));
    await waitFor(() => expect(host.run).toHaveBeenCalled());
    expect(host.run.mock.calls[0][0]).toMatchObject({
      groupBy: [],
      population: null,
      base: "valid",
      rounding: "exact",
      minCell: 5,
    });
  });

  test("radio choices explain themselves in plain words", async () => {
    renderApp(createFakeHost());
    fireEvent.click(await screen.findByRole("button", { name: "Meer opties" }));
    const radio = await screen.findByRole("radio", { name: /Zoals het Dēmos-rapport/ });
    expect(radio).toHaveAccessibleName(
      expect.stringContaining("Kies dit om te vergelijken met dat rapport.")
    );
  });

  test("a population below the number of respondents is refused and focused", async () => {
    const host = createFakeHost();
    renderApp(host);
    const population = await screen.findByLabelText("Aantal netwerken dat de vragenlijst kreeg");
    fireEvent.change(population, { target: { value: "50" } });
    fireEvent.click(screen.getByRole("button", { name: "Analyse uitvoeren" }));

    expect(
      screen.getByText("Dit moet minstens 77 zijn: zoveel netwerken hebben geantwoord.")
    ).toBeInTheDocument();
    expect(population).toHaveFocus();
    expect(population).toHaveAttribute("aria-invalid", "true");
    expect(host.run).not.toHaveBeenCalled();
  });

  test("a wrong minimum cell size unfolds 'Meer opties' and gets focus", async () => {
    const host = createFakeHost();
    renderApp(host);
    fireEvent.click(await screen.findByRole("button", { name: "Meer opties" }));
    fireEvent.change(screen.getByLabelText("Kleinste groep met percentages"), {
      target: { value: "0" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Meer opties" })); // fold again
    fireEvent.click(screen.getByRole("button", { name: "Analyse uitvoeren" }));
    const field = await screen.findByLabelText("Kleinste groep met percentages");
    await waitFor(() => expect(field).toHaveFocus());
    expect(host.run).not.toHaveBeenCalled();
  });

  test("'Uitsplitsen naar' offers the columns that make sense; a numeric one in 3 bands", async () => {
    const host = createFakeHost();
    renderApp(host);
    await screen.findByRole("heading", { name: "Opties" });
    const group = screen.getByRole("group", { name: "Uitsplitsen naar" });
    expect(
      Array.from(group.querySelectorAll<HTMLInputElement>("input[type=checkbox]")).map(
        (box) => box.labels?.[0]?.textContent
      )
    ).toEqual(["GROOTTE_KLASSE", "REGIO", "INWONERS (in 3 klassen)"]);
    fireEvent.click(screen.getByRole("checkbox", { name: "INWONERS (in 3 klassen)" }));
    fireEvent.click(screen.getByRole("button", { name: "Analyse uitvoeren" }));
    await waitFor(() => expect(host.run).toHaveBeenCalled());
    expect(host.run.mock.calls[0][0]).toMatchObject({
      groupBy: [],
      bands: [{ column: "INWONERS", quantiles: 3 }],
    });
  });
});
