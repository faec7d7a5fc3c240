import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { createFakeHost } from "./fakeHost";
import { renderApp } from "./renderApp";

/** Opens the "Feedback per netwerk" fold and returns its region. */
async function openFeedback(): Promise<HTMLElement> {
  await screen.findByRole("heading", { name: "Gegevens gevonden" });
  fireEvent.click(screen.getByRole("button", { name: "Feedback per netwerk" }));
  return screen.findByRole("region", { name: "Feedback per netwerk" });
}

describe("Feedback per netwerk", () => {
  test("preview: choose the column and networks, one .zip is downloaded", async () => {
    const createObjectURL = jest.spyOn(URL, "createObjectURL").mockReturnValue("blob:zip");
    (globalThis as { fetch?: unknown }).fetch = jest.fn(async () => ({
      ok: true,
      status: 200,
      arrayBuffer: async () => new Uint8Array([80, 75]).buffer,
    }));
    const host = createFakeHost("preview");
    // The preview starts at the picker: open the example first.
    renderApp(host);
    fireEvent.click(screen.getByRole("button", { name: "Probeer met het voorbeeld" }));
    const panel = await openFeedback();
    const start = within(panel).getByRole("button", { name: "Maak de terugkoppelingen (.zip)" });
    expect(start).toBeDisabled();
    fireEvent.change(within(panel).getByLabelText("Kolom met de naam van het netwerk"), {
      target: { value: "Netwerk" },
    });
    await waitFor(() => expect(host.feedbackNetworks).toHaveBeenCalledWith("Netwerk"));
    const brugge = await within(panel).findByRole("checkbox", { name: "Netwerk Brugge" });
    expect(within(panel).getByText(/3 netwerken gekozen/)).toBeInTheDocument();
    fireEvent.click(brugge);
    expect(within(panel).getByText(/2 netwerken gekozen/)).toBeInTheDocument();
    fireEvent.change(within(panel).getByLabelText("Vergelijk ook met de eigen groep (optioneel)"), {
      target: { value: "GROOTTE_KLASSE" },
    });
    fireEvent.change(within(panel).getByLabelText("Kleinste groep die getoond wordt"), {
      target: { value: "4" },
    });
    fireEvent.click(start);
    await waitFor(() => expect(host.feedback).toHaveBeenCalledTimes(1));
    expect(host.feedback.mock.calls[0][0]).toEqual({
      networkColumn: "Netwerk",
      groupBy: "GROOTTE_KLASSE",
      minCell: 4,
      networks: ["Netwerk Aalst", "Netwerk Gent"],
      output: "zip",
      language: "nl",
    });
    expect(
      await within(panel).findByText(/terugkoppeling-per-netwerk\.zip is gedownload/)
    ).toBeInTheDocument();
    const blob = createObjectURL.mock.calls[0][0] as Blob;
    expect(blob.type).toBe("application/zip");
    createObjectURL.mockRestore();
  });

  test("Excel: new workbooks first, one sheet per network second; a bad minimum blocks", async () => {
    const host = createFakeHost("excel");
    renderApp(host);
    const panel = await openFeedback();
    fireEvent.change(within(panel).getByLabelText("Kolom met de naam van het netwerk"), {
      target: { value: "Netwerk" },
    });
    await within(panel).findByRole("checkbox", { name: "Netwerk Gent" });
    const buttons = within(panel)
      .getAllByRole("button")
      .map((button) => button.textContent);
    expect(buttons).toEqual(
      expect.arrayContaining(["Open een werkmap per netwerk", "Voeg een blad per netwerk in"])
    );
    fireEvent.change(within(panel).getByLabelText("Kleinste groep die getoond wordt"), {
      target: { value: "0" },
    });
    expect(within(panel).getByText("Vul een geheel getal van 1 of meer in.")).toBeInTheDocument();
    expect(
      within(panel).getByRole("button", { name: "Voeg een blad per netwerk in" })
    ).toBeDisabled();
    fireEvent.change(within(panel).getByLabelText("Kleinste groep die getoond wordt"), {
      target: { value: "5" },
    });
    fireEvent.click(within(panel).getByRole("button", { name: "Voeg een blad per netwerk in" }));
    await waitFor(() => expect(host.feedback).toHaveBeenCalledTimes(1));
    expect(host.feedback.mock.calls[0][0]).toMatchObject({ output: "sheets", minCell: 5 });
    expect(host.feedback.mock.calls[0][0].networks).toBeUndefined();
    expect(await within(panel).findByText(/ingevoegd als blad/)).toBeInTheDocument();
  });
});
