/**
 * The states issue 10 changed, one test each: specific open errors with "Ander bestand kiezen"
 * first; Download as the preview's primary action with an honest text; the template and the
 * consolidation into a NEW workbook in the preview; a refresh on other data asks first; the
 * language switch is remembered; the compact header inside Excel.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import { useState } from "react";
import App from "../../src/taskpane/components/App";
import { LanguageChangeProvider, LanguageProvider, type Language } from "../../src/taskpane/i18n";
import { LANGUAGE_KEY, storedLanguage, storeLanguage } from "../../src/taskpane/languagePreference";
import { InputError } from "../../src/analysis/inputError";
import { createFakeHost, overview, storedOptions } from "./fakeHost";
import { renderApp } from "./renderApp";

/** The example workbook, as the preview fetches it. */
function mockExampleFetch() {
  (globalThis as { fetch?: unknown }).fetch = jest.fn(async () => ({
    ok: true,
    status: 200,
    arrayBuffer: async () => new Uint8Array([80, 75, 3, 4]).buffer,
  }));
}

afterEach(() => {
  delete (globalThis as { fetch?: unknown }).fetch;
});

function xlsxFile(name: string, bytes: number[] = [80, 75, 3, 4]): File {
  return new File([new Uint8Array(bytes)], name, {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
}

async function openBadFile(code: "EMPTY_FILE" | "NOT_XLSX" | "NO_DATA") {
  const host = createFakeHost("preview", {
    openWorkbook: jest.fn().mockRejectedValue(new InputError(code, { file: "antwoorden.xlsx" })),
  });
  renderApp(host);
  fireEvent.change(screen.getByLabelText("Excel-bestand met antwoorden (.xlsx)"), {
    target: { files: [xlsxFile("antwoorden.xlsx")] },
  });
  return host;
}

describe("a file that cannot be opened: its own message, another file first", () => {
  test.each([
    ["EMPTY_FILE", "Dit bestand is leeg (0 bytes)"],
    ["NOT_XLSX", "Dit is geen Excel-werkmap"],
    ["NO_DATA", "Deze werkmap is leeg"],
  ] as const)("%s → '%s'", async (code, title) => {
    await openBadFile(code);
    const heading = await screen.findByRole("heading", { name: title });
    expect(heading).toBeInTheDocument();
    const buttons = screen
      .getAllByRole("button")
      .filter((button) => heading.closest("section, div")?.contains(button) ?? true)
      .map((button) => button.textContent);
    // "Ander bestand kiezen" is the first (and primary) way out; no retry that fails again.
    expect(screen.getByRole("button", { name: "Ander bestand kiezen" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Opnieuw proberen" })).toBeNull();
    expect(buttons.indexOf("Ander bestand kiezen")).toBeGreaterThanOrEqual(0);
    // The advice fits the picker (.xlsx only): never "save as CSV".
    expect(heading.parentElement!.textContent).not.toMatch(/CSV/);
    expect(screen.getByTestId("live-assertive")).toHaveTextContent(title);
  });

  test("'Ander bestand kiezen' goes back to the start screen", async () => {
    await openBadFile("EMPTY_FILE");
    fireEvent.click(await screen.findByRole("button", { name: "Ander bestand kiezen" }));
    expect(
      await screen.findByRole("heading", { name: "Probeer Netwerkmeter in uw browser" })
    ).toBeInTheDocument();
  });

  test("an error without a known cause keeps 'Opnieuw proberen' after 'Ander bestand kiezen'", async () => {
    const host = createFakeHost("preview", {
      openWorkbook: jest.fn().mockRejectedValue(new Error("Network hiccup")),
    });
    renderApp(host);
    fireEvent.change(screen.getByLabelText("Excel-bestand met antwoorden (.xlsx)"), {
      target: { files: [xlsxFile("a.xlsx")] },
    });
    await screen.findByRole("heading", { name: "Het bestand kon niet geopend worden" });
    const names = screen.getAllByRole("button").map((button) => button.textContent);
    expect(names.indexOf("Ander bestand kiezen")).toBeLessThan(names.indexOf("Opnieuw proberen"));
  });
});

describe("results in the preview", () => {
  test("Download is the primary action, right under the heading; no 'written to the workbook'", async () => {
    const host = createFakeHost("preview");
    mockExampleFetch();
    renderApp(host);
    fireEvent.click(screen.getByRole("button", { name: "Probeer met het voorbeeld" }));
    fireEvent.click(await screen.findByRole("button", { name: "Analyse uitvoeren" }));
    const heading = await screen.findByRole("heading", { name: "Resultaat" });
    const download = screen.getByRole("button", { name: "Download resultaat" });
    // The first button after the heading, and the only primary one.
    const buttons = Array.from(document.querySelectorAll("button")).filter(
      (button) => heading.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING
    );
    expect(buttons[0]).toBe(download);
    expect(download.className).toMatch(/fui-Button/);
    expect(screen.queryByRole("button", { name: "Vernieuwen" })).toBeNull();
    expect(screen.queryByText(/schreef .* in de werkmap/)).toBeNull();
    expect(screen.getByText(/uw eigen bestand blijft zoals het was/)).toBeInTheDocument();
    // Comments are gathered on their own sheet, and the results say so.
    expect(
      screen.getByText(
        "3 opmerkingen van de netwerken staan op het blad Opmerkingen, met stelling, netwerk en type."
      )
    ).toBeInTheDocument();
    fireEvent.click(download);
    await waitFor(() => expect(host.downloadWorkbook).toHaveBeenCalledWith("analysis"));
  });
});

describe("template and consolidation in the preview go into a new workbook", () => {
  test("the template with a file open: that file is named as left alone", async () => {
    const host = createFakeHost("preview");
    mockExampleFetch();
    renderApp(host);
    fireEvent.click(screen.getByRole("button", { name: "Probeer met het voorbeeld" }));
    await screen.findByRole("heading", { name: "Gegevens gevonden" });
    fireEvent.click(screen.getByRole("tab", { name: "Sjabloon" }));
    fireEvent.click(screen.getByRole("button", { name: "Sjabloon maken in een nieuwe werkmap" }));
    expect(
      await screen.findByText(
        "Het sjabloon staat in een nieuwe werkmap; coordinatoren-demos.xlsx bleef onaangeroerd. Download het sjabloon en stuur het naar de coördinatoren."
      )
    ).toBeInTheDocument();
  });

  test("the template: a new workbook with its own download; visible sheets only", async () => {
    const host = createFakeHost("preview");
    renderApp(host);
    fireEvent.click(screen.getByRole("tab", { name: "Sjabloon" }));
    // The button says what the preview does: it makes a new workbook, it inserts nothing.
    expect(screen.queryByRole("button", { name: "Sjabloon invoegen" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Sjabloon maken in een nieuwe werkmap" }));
    // No file was open: no word about "the workbook you had open".
    expect(
      await screen.findByText(
        "Het sjabloon staat in een nieuwe werkmap. Download het sjabloon en stuur het naar de coördinatoren."
      )
    ).toBeInTheDocument();
    expect(screen.queryByText(/Lijsten|_Netwerkmeter/)).toBeNull();
    expect(screen.queryByRole("button", { name: "Download resultaat" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Download sjabloon" }));
    await waitFor(() => expect(host.downloadWorkbook).toHaveBeenCalledWith("template"));
  });

  test("consolidation: its own download, and 'Analyseer deze antwoorden' opens that workbook", async () => {
    const host = createFakeHost("preview", {
      consolidate: jest.fn().mockResolvedValue({
        filesRead: 2,
        filesConsolidated: 2,
        respondents: 2,
        sheet: "Antwoorden",
        workbook: "samengevoegde-antwoorden.xlsx",
        issues: [],
      }),
      downloadWorkbook: jest.fn().mockImplementation(async (which = "analysis") => ({
        name: which === "consolidation" ? "samengevoegde-antwoorden.xlsx" : "x.xlsx",
        bytes: new Uint8Array([80, 75, 3, 4, which === "consolidation" ? 1 : 0]),
      })),
    });
    mockExampleFetch();
    renderApp(host);
    // First the example, as in the issue.
    fireEvent.click(screen.getByRole("button", { name: "Probeer met het voorbeeld" }));
    await screen.findByRole("heading", { name: "Opties" });
    expect(host.openWorkbook).toHaveBeenCalledTimes(1);

    fireEvent.click(screen.getByRole("tab", { name: "Samenvoegen" }));
    fireEvent.change(screen.getByLabelText("Teruggestuurde werkmappen (.xlsx)"), {
      target: { files: [xlsxFile("netwerk-a.xlsx"), xlsxFile("netwerk-b.xlsx")] },
    });
    fireEvent.click(screen.getByRole("button", { name: "Samenvoegen" }));
    expect(
      await screen.findByText(/in een nieuwe werkmap \(samengevoegde-antwoorden.xlsx\)/)
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Download samengevoegde antwoorden" }));
    await waitFor(() => expect(host.downloadWorkbook).toHaveBeenCalledWith("consolidation"));

    fireEvent.click(screen.getByRole("button", { name: "Analyseer deze antwoorden" }));
    await waitFor(() => expect(host.openWorkbook).toHaveBeenCalledTimes(2));
    expect(host.openWorkbook.mock.calls[1][0]).toBe("samengevoegde-antwoorden.xlsx");
    expect(Array.from(host.openWorkbook.mock.calls[1][1])).toEqual([80, 75, 3, 4, 1]);
    await screen.findByRole("heading", { name: "Opties" });
  });
});

describe("refresh never analyses other data than was found without asking", () => {
  test("stored analysis on another sheet: the data found comes first, refresh only by choice", async () => {
    const host = createFakeHost("excel", {
      detect: jest.fn().mockResolvedValue({
        ...overview,
        source: { kind: "sheet", sheet: "Antwoorden 2", address: "A1:K3" },
        respondents: 2,
        previousInput: { sheet: "Antwoorden", sameAsFound: false },
      }),
      storedOptions: jest.fn(async () => storedOptions),
    });
    renderApp(host);
    const card = (
      await screen.findByRole("heading", { name: "Andere gegevens dan bij de vorige analyse" })
    ).closest("[aria-labelledby]") as HTMLElement;
    expect(card).toHaveTextContent(
      "De vorige analyse gebruikte werkblad Antwoorden. Netwerkmeter vond nu de antwoorden op werkblad Antwoorden 2."
    );
    expect(screen.queryByRole("button", { name: "Vernieuwen" })).toBeNull();
    fireEvent.click(within(card).getByRole("button", { name: "Analyseer werkblad Antwoorden 2" }));
    await waitFor(() => expect(host.run).toHaveBeenCalledTimes(1));
    expect(host.refresh).not.toHaveBeenCalled();
  });

  test("same data as stored: a plain 'Vernieuwen'", async () => {
    const host = createFakeHost("excel", {
      detect: jest.fn().mockResolvedValue({
        ...overview,
        previousInput: { sheet: "Antwoorden", table: "tblAntwoorden", sameAsFound: true },
      }),
      storedOptions: jest.fn(async () => storedOptions),
    });
    renderApp(host);
    expect(await screen.findByRole("button", { name: "Vernieuwen" })).toBeInTheDocument();
    expect(screen.queryByText("Andere gegevens dan bij de vorige analyse")).toBeNull();
  });
});

describe("language switch, remembered per user", () => {
  function Switchable({ initial }: { initial: Language }) {
    const [language, setLanguage] = useState<Language>(initial);
    return (
      <FluentProvider theme={webLightTheme}>
        <LanguageProvider value={language}>
          <LanguageChangeProvider
            value={(next) => {
              storeLanguage(window.localStorage, next);
              setLanguage(next);
            }}
          >
            <App host={createFakeHost("excel")} />
          </LanguageChangeProvider>
        </LanguageProvider>
      </FluentProvider>
    );
  }

  beforeEach(() => window.localStorage.clear());

  test("the footer button switches to English and back, and the choice is stored", async () => {
    render(<Switchable initial="nl" />);
    await screen.findByRole("heading", { name: "Opties" });
    const toEnglish = screen.getByRole("button", { name: "Switch Netwerkmeter to English" });
    expect(toEnglish).toHaveAttribute("lang", "en");
    act(() => toEnglish.click());
    expect(await screen.findByRole("heading", { name: "Options" })).toBeInTheDocument();
    expect(window.localStorage.getItem(LANGUAGE_KEY)).toBe("en");
    expect(storedLanguage(window.localStorage)).toBe("en");
    act(() => screen.getByRole("button", { name: "Netwerkmeter in het Nederlands" }).click());
    expect(await screen.findByRole("heading", { name: "Opties" })).toBeInTheDocument();
    expect(storedLanguage(window.localStorage)).toBe("nl");
  });

  test("a storage that refuses does not break the pane", () => {
    const refusing = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    expect(storedLanguage(refusing)).toBeNull();
    expect(() => storeLanguage(refusing, "en")).not.toThrow();
    expect(storedLanguage({ getItem: () => "fr", setItem: () => undefined })).toBeNull();
  });
});

describe("compact header inside Excel", () => {
  test("Excel: no big title (the pane's title bar has it), the heading stays for screen readers", async () => {
    renderApp(createFakeHost("excel"));
    const title = await screen.findByRole("heading", { level: 1, name: "Netwerkmeter" });
    expect(title.className).not.toMatch(/fui-Title3/);
    expect(screen.queryByText("Browserversie")).toBeNull();
  });

  test("preview: the title with the 'Browserversie' badge", () => {
    renderApp(createFakeHost("preview"));
    expect(screen.getByRole("heading", { level: 1, name: "Netwerkmeter" }).className).toMatch(
      /fui-Title3/
    );
    expect(screen.getByText("Browserversie")).toBeInTheDocument();
  });
});
