import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { createFakeHost, earlierWave, storedOptions } from "./fakeHost";
import { renderApp } from "./renderApp";

function xlsx(name: string, bytes: number[]): File {
  return new File([new Uint8Array(bytes)], name, {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
}

const section = () =>
  screen.getByRole("region", { name: "Vergelijk met vorige bevraging" }) as HTMLElement;

describe("Vergelijk met vorige bevraging", () => {
  test("reads the picked file, offers the shared columns and runs with the comparison", async () => {
    const host = createFakeHost("excel");
    renderApp(host);
    await screen.findByRole("heading", { name: "Gegevens gevonden" });
    fireEvent.change(within(section()).getByLabelText("Werkmap van de vorige bevraging (.xlsx)"), {
      target: { files: [xlsx("bevraging-2016.xlsx", [7, 8, 9])] },
    });
    await within(section()).findByText(
      "bevraging-2016.xlsx: 70 respondenten, 7 stellingen herkend (blad Antwoorden)."
    );
    const [file] = host.chooseEarlierWave.mock.calls[0];
    expect(file!.name).toBe("bevraging-2016.xlsx");
    expect(Array.from(file!.bytes)).toEqual([7, 8, 9]);

    const label = within(section()).getByLabelText("Naam van de vorige bevraging");
    expect(label).toHaveValue("bevraging-2016");
    fireEvent.change(label, { target: { value: "2016" } });
    const match = within(section()).getByLabelText(
      "Dezelfde respondenten koppelen op kolom (optioneel)"
    );
    // Background columns in both waves only (JAAR is only in the earlier one).
    expect(
      within(match)
        .getAllByRole("option")
        .map((option) => option.textContent)
    ).toEqual(["Niet koppelen (twee losse groepen)", "Netwerk", "REGIO"]);
    fireEvent.change(match, { target: { value: "Netwerk" } });

    fireEvent.click(screen.getByRole("button", { name: "Analyse uitvoeren" }));
    await waitFor(() => expect(host.run).toHaveBeenCalledTimes(1));
    expect(host.run.mock.calls[0][0].compare).toEqual({
      file: "bevraging-2016.xlsx",
      label: "2016",
      matchOn: "Netwerk",
    });
  });

  test("'Niet vergelijken' forgets the wave: the run has no comparison", async () => {
    const host = createFakeHost("excel");
    renderApp(host);
    await screen.findByRole("heading", { name: "Gegevens gevonden" });
    fireEvent.change(within(section()).getByLabelText("Werkmap van de vorige bevraging (.xlsx)"), {
      target: { files: [xlsx("bevraging-2016.xlsx", [1])] },
    });
    fireEvent.click(await within(section()).findByRole("button", { name: "Niet vergelijken" }));
    await waitFor(() => expect(host.chooseEarlierWave).toHaveBeenLastCalledWith(null));
    await within(section()).findByLabelText("Werkmap van de vorige bevraging (.xlsx)");
    fireEvent.click(screen.getByRole("button", { name: "Analyse uitvoeren" }));
    await waitFor(() => expect(host.run).toHaveBeenCalledTimes(1));
    expect(host.run.mock.calls[0][0].compare).toBeUndefined();
  });

  test("says the file is needed again when the stored run compared with one", async () => {
    const host = createFakeHost("excel", {
      storedOptions: jest.fn(async () => ({
        ...storedOptions,
        compare: { file: earlierWave.file, label: "2016" },
      })),
    });
    renderApp(host);
    await screen.findByRole("heading", { name: "Gegevens gevonden" });
    expect(
      await within(section()).findByText(/De vorige analyse vergeleek met bevraging-2016\.xlsx/)
    ).toBeInTheDocument();
    // Choosing it again clears the warning.
    fireEvent.change(within(section()).getByLabelText("Werkmap van de vorige bevraging (.xlsx)"), {
      target: { files: [xlsx("bevraging-2016.xlsx", [1])] },
    });
    await within(section()).findByText(/70 respondenten/);
    expect(within(section()).queryByText(/De vorige analyse vergeleek/)).toBeNull();
  });

  test("English texts", async () => {
    renderApp(createFakeHost("excel"), "en");
    await screen.findByRole("heading", { name: "Data found" });
    expect(screen.getByRole("region", { name: "Compare with previous wave" })).toBeInTheDocument();
  });
});
