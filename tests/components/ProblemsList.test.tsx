import { fireEvent, screen, within } from "@testing-library/react";
import ProblemsList from "../../src/taskpane/components/ProblemsList";
import type { Issue } from "../../src/analysis/issue";
import { createFakeHost } from "./fakeHost";
import { renderApp, renderWithProviders } from "./renderApp";

describe("problems list (step 3)", () => {
  test("groups problems by severity in lists; a click selects the offending cell", async () => {
    const host = createFakeHost();
    renderApp(host);
    // Open by default because there is an error.
    const errors = await screen.findByRole("list", { name: "Fouten (1)" });
    expect(screen.getByRole("list", { name: "Waarschuwingen (1)" })).toBeInTheDocument();
    expect(screen.getByRole("list", { name: "Ter info (1)" })).toBeInTheDocument();
    expect(within(errors).getByRole("listitem")).toHaveTextContent(
      "Waarde 7 ligt buiten de schaal 1–5."
    );

    fireEvent.click(within(errors).getByRole("button", { name: "Ga naar cel Antwoorden!K17" }));
    expect(host.selectCell).toHaveBeenCalledWith("Antwoorden", "K17");
  });

  test("quotes sheet names with spaces, shows files, and folds long lists", () => {
    const issues: Issue[] = Array.from({ length: 30 }, (_, i) => ({
      severity: "warning",
      code: "OUT_OF_RANGE",
      message: `Probleem ${i + 1}`,
      sheet: "Mijn antwoorden",
      cell: `D${i + 2}`,
    }));
    const onSelectCell = jest.fn();
    renderWithProviders(<ProblemsList issues={issues} onSelectCell={onSelectCell} />);
    const list = screen.getByRole("list", { name: "Waarschuwingen (30)" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(25);
    fireEvent.click(screen.getByRole("button", { name: "Ga naar cel 'Mijn antwoorden'!D2" }));
    expect(onSelectCell).toHaveBeenCalledWith("Mijn antwoorden", "D2");
    fireEvent.click(screen.getByRole("button", { name: "Toon alle 30" }));
    expect(within(list).getAllByRole("listitem")).toHaveLength(30);
  });

  test("without selectCell (browser preview) the cell is plain text", () => {
    renderWithProviders(
      <ProblemsList
        issues={[
          {
            severity: "error",
            code: "OUT_OF_RANGE",
            message: "Fout",
            sheet: "Antwoorden",
            cell: "B2",
          },
        ]}
      />
    );
    expect(screen.getByText("Cel Antwoorden!B2")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Ga naar cel/ })).not.toBeInTheDocument();
  });

  test("issues of the open file need no file name; other files' cells are text", () => {
    const onSelectCell = jest.fn();
    renderWithProviders(
      <ProblemsList
        currentFile="antwoorden.xlsx"
        onSelectCell={onSelectCell}
        issues={[
          {
            severity: "error",
            code: "OUT_OF_RANGE",
            message: "Hier",
            file: "antwoorden.xlsx",
            sheet: "A",
            cell: "B2",
          },
          {
            severity: "error",
            code: "OUT_OF_RANGE",
            message: "Daar",
            file: "netwerk-7.xlsx",
            sheet: "A",
            cell: "C3",
          },
        ]}
      />
    );
    expect(screen.queryByText("in antwoorden.xlsx")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Ga naar cel A!B2" })).toBeInTheDocument();
    expect(screen.getByText("in netwerk-7.xlsx")).toBeInTheDocument();
    expect(screen.getByText("Cel A!C3")).toBeInTheDocument();
  });

  test("an empty list says so", () => {
    renderWithProviders(<ProblemsList issues={[]} />);
    expect(screen.getByText("Geen problemen gevonden.")).toBeInTheDocument();
  });
});

describe("problems in words (issue 10, finding 5)", () => {
  const issue = {
    severity: "error" as const,
    code: "OUT_OF_RANGE" as const,
    message: "Waarde 7 ligt buiten schaal AKK5 (1–5) bij item VIS_02; als ontbrekend geteld.",
    sheet: "Antwoorden",
    cell: "H31",
    context: {
      respondent: "CS 06",
      item: "VIS_02",
      statement: "Het netwerk heeft een gedeelde visie",
      column: "VIS_02",
      value: "7",
      allowed: "1–5 of helemaal niet akkoord … helemaal akkoord",
      row: 31,
    },
  };

  test("the network, the statement, the column and the value, not codes", () => {
    renderWithProviders(<ProblemsList issues={[issue]} onSelectCell={jest.fn()} />);
    expect(
      screen.getByText("Netwerk CS 06: “Het netwerk heeft een gedeelde visie”")
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        "Het antwoord 7 in kolom 'VIS_02' past niet op de schaal; het telt als ontbrekend."
      )
    ).toBeInTheDocument();
    expect(screen.queryByText(/bij item VIS_02|buiten schaal AKK5/)).toBeNull();
    // Inside Excel the cell can still be selected.
    expect(screen.getByRole("button", { name: "Ga naar cel Antwoorden!H31" })).toBeInTheDocument();
  });

  test("preview: a click shows the row in context; the hint says where to fix it", () => {
    renderWithProviders(<ProblemsList issues={[issue]} isPreview />);
    expect(
      screen.getByText(/In de browserversie verandert u niets aan uw bestand/)
    ).toBeInTheDocument();
    expect(screen.queryByText(/zoek opnieuw/)).toBeNull();
    const show = screen.getByRole("button", { name: "Toon rij 31" });
    expect(show).toHaveAttribute("aria-expanded", "false");
    fireEvent.click(show);
    expect(show).toHaveAttribute("aria-expanded", "true");
    const row = screen.getByLabelText("Rij 31");
    expect(Array.from(row.querySelectorAll("dt")).map((dt) => dt.textContent)).toEqual([
      "Netwerk",
      "Kolom",
      "Stelling",
      "Antwoord",
      "Toegestaan",
    ]);
    expect(row).toHaveTextContent("CS 06");
    expect(row).toHaveTextContent("7");
  });

  test("an issue without context keeps its message", () => {
    renderWithProviders(
      <ProblemsList issues={[{ severity: "info", code: "DEFAULT_CODEBOOK", message: "Preset." }]} />
    );
    expect(screen.getByText("Preset.")).toBeInTheDocument();
  });
});
