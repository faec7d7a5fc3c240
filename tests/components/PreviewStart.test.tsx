import { fireEvent, screen, waitFor } from "@testing-library/react";
import { createFakeHost } from "./fakeHost";
import { renderApp } from "./renderApp";

function xlsx(name: string, bytes: number[]): File {
  return new File([new Uint8Array(bytes)], name);
}

describe("browser preview", () => {
  afterEach(() => {
    delete (globalThis as { fetch?: unknown }).fetch;
    jest.restoreAllMocks();
  });

  test("starts with a screen to open a workbook; opening one detects its data", async () => {
    const host = createFakeHost("preview");
    renderApp(host);
    expect(
      screen.getByRole("heading", { name: "Probeer Netwerkmeter in uw browser" })
    ).toBeInTheDocument();
    expect(screen.getByText("Browserversie")).toBeInTheDocument();
    expect(host.detect).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText("Excel-bestand met antwoorden (.xlsx)"), {
      target: { files: [xlsx("mijn-bevraging.xlsx", [9, 8, 7])] },
    });
    await screen.findByRole("heading", { name: "Gegevens gevonden" });
    expect(host.openWorkbook).toHaveBeenCalledTimes(1);
    const [name, bytes] = host.openWorkbook.mock.calls[0];
    expect(name).toBe("mijn-bevraging.xlsx");
    expect(Array.from(bytes)).toEqual([9, 8, 7]);
    expect(host.detect).toHaveBeenCalledTimes(1);
    expect(screen.getByText("mijn-bevraging.xlsx")).toBeInTheDocument();
    // No Excel to jump to in the preview: cells are text.
    expect(screen.getByText("Cel Antwoorden!K17")).toBeInTheDocument();

    fireEvent.click(screen.getByRole("button", { name: "Ander bestand kiezen" }));
    expect(
      screen.getByRole("heading", { name: "Probeer Netwerkmeter in uw browser" })
    ).toBeInTheDocument();
  });

  test("a workbook can be dropped on the start screen", async () => {
    const host = createFakeHost("preview");
    renderApp(host);
    fireEvent.drop(screen.getByTestId("file-drop-zone"), {
      dataTransfer: { files: [xlsx("gesleept.xlsx", [1])] },
    });
    await screen.findByRole("heading", { name: "Gegevens gevonden" });
    expect(host.openWorkbook.mock.calls[0][0]).toBe("gesleept.xlsx");
  });

  test("'Probeer met het voorbeeld' fetches the example workbook", async () => {
    const fetchMock = jest.fn(async () => ({
      ok: true,
      status: 200,
      arrayBuffer: async () => new Uint8Array([80, 75]).buffer,
    }));
    (globalThis as { fetch?: unknown }).fetch = fetchMock;
    const host = createFakeHost("preview");
    renderApp(host);
    fireEvent.click(screen.getByRole("button", { name: "Probeer met het voorbeeld" }));
    await screen.findByRole("heading", { name: "Gegevens gevonden" });
    expect(fetchMock).toHaveBeenCalledWith("assets/coordinatoren-demos.xlsx");
    expect(host.openWorkbook.mock.calls[0][0]).toBe("coordinatoren-demos.xlsx");
    expect(Array.from(host.openWorkbook.mock.calls[0][1])).toEqual([80, 75]);
  });

  test("a file that cannot be opened: error with retry and a way back", async () => {
    const host = createFakeHost("preview");
    host.openWorkbook.mockRejectedValueOnce(new Error("Not a zip file"));
    renderApp(host);
    fireEvent.change(screen.getByLabelText("Excel-bestand met antwoorden (.xlsx)"), {
      target: { files: [xlsx("kapot.xlsx", [0])] },
    });
    expect(
      await screen.findByRole("heading", { name: "Het bestand kon niet geopend worden" })
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Opnieuw proberen" }));
    await screen.findByRole("heading", { name: "Gegevens gevonden" });
    expect(host.openWorkbook).toHaveBeenCalledTimes(2);
  });

  test("results: a compact summary table and 'Download resultaat'", async () => {
    const createObjectURL = jest.spyOn(URL, "createObjectURL").mockReturnValue("blob:x");
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    const host = createFakeHost("preview");
    renderApp(host);
    fireEvent.change(screen.getByLabelText("Excel-bestand met antwoorden (.xlsx)"), {
      target: { files: [xlsx("a.xlsx", [1])] },
    });
    fireEvent.click(await screen.findByRole("button", { name: "Analyse uitvoeren" }));
    await screen.findByRole("heading", { name: "Resultaat" });

    expect(screen.queryByRole("button", { name: "Grafieken invoegen" })).not.toBeInTheDocument();
    const table = screen.getByRole("table", { name: "Kerncijfers van deze analyse" });
    expect(table).toHaveTextContent("Responsgraad74,0%");
    expect(table).toHaveTextContent("Dominante rol: VisieFacilitator");
    expect(table).toHaveTextContent("Alfa B0,61");

    fireEvent.click(screen.getByRole("button", { name: "Download resultaat" }));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    expect(host.downloadWorkbook).toHaveBeenCalledTimes(1);
    const blob = createObjectURL.mock.calls[0][0] as Blob;
    expect(blob.type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const link = click.mock.instances[0] as unknown as HTMLAnchorElement;
    expect(link.download).toBe("netwerkmeter-resultaat.xlsx");
  });
});
