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
