import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { ConsolidateSummary, Progress } from "../../src/app/host";
import { consolidateSummary, createFakeHost, deferred } from "./fakeHost";
import { renderApp } from "./renderApp";

function xlsx(name: string, bytes: number[]): File {
  return new File([new Uint8Array(bytes)], name, {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
}

describe("Samenvoegen", () => {
  test("reads the picked files as bytes, consolidates with progress, shows the summary", async () => {
    const pending = deferred<ConsolidateSummary>();
    let report: Progress = () => undefined;
    const host = createFakeHost("excel", {
      consolidate: jest.fn((_files, onProgress?: Progress) => {
        report = onProgress ?? report;
        return pending.promise;
      }),
    });
    renderApp(host);
    await screen.findByRole("heading", { name: "Gegevens gevonden" });
    fireEvent.click(screen.getByRole("tab", { name: "Samenvoegen" }));
    expect(screen.getByText("Nog geen bestanden gekozen.")).toBeInTheDocument();

    const input = screen.getByLabelText("Teruggestuurde werkmappen (.xlsx)");
    expect(input).toHaveAttribute("multiple");
    fireEvent.change(input, {
      target: { files: [xlsx("netwerk-a.xlsx", [1, 2, 3]), xlsx("netwerk-b.xlsx", [4, 5])] },
    });
    expect(screen.getByRole("heading", { name: "2 bestanden gekozen" })).toBeInTheDocument();
    expect(screen.getByText("netwerk-a.xlsx")).toBeInTheDocument();

    fireEvent.click(screen.getByRole("button", { name: "Samenvoegen" }));
    await waitFor(() => expect(host.consolidate).toHaveBeenCalledTimes(1));
    const [files] = host.consolidate.mock.calls[0];
    expect(files.map((f) => f.name)).toEqual(["netwerk-a.xlsx", "netwerk-b.xlsx"]);
    expect(files[0].bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from(files[0].bytes)).toEqual([1, 2, 3]);
    expect(Array.from(files[1].bytes)).toEqual([4, 5]);

    act(() => report(0.5, "netwerk-b.xlsx lezen"));
    expect(screen.getByRole("progressbar")).toHaveAttribute(
      "aria-valuetext",
      "50%: netwerk-b.xlsx lezen"
    );

    await act(async () => pending.resolve(consolidateSummary));
    const panel = screen.getByRole("tabpanel", { name: "Samenvoegen" });
    expect(
      within(panel).getByText(
        "2 van 2 bestanden samengevoegd: 2 respondenten op werkblad Antwoorden."
      )
    ).toBeInTheDocument();
    expect(screen.getByTestId("live-polite")).toHaveTextContent("2 van 2 bestanden samengevoegd");
    expect(screen.getByText("Lege rij overgeslagen.")).toBeInTheDocument();
    expect(screen.getByText("in netwerk-b.xlsx")).toBeInTheDocument();
    // A cell in a returned file is not in this workbook: text, not a link.
    expect(screen.getByText("Cel Antwoorden!A3")).toBeInTheDocument();

    fireEvent.click(screen.getByRole("button", { name: "Analyseer deze antwoorden" }));
    expect(screen.getByRole("tab", { name: "Analyseren" })).toHaveAttribute(
      "aria-selected",
      "true"
    );
    await screen.findByRole("heading", { name: "Gegevens gevonden" });
    expect(host.detect).toHaveBeenCalledTimes(2);
  });

  test("refuses files that are not .xlsx and can leave files out", async () => {
    const host = createFakeHost();
    renderApp(host);
    await screen.findByRole("heading", { name: "Gegevens gevonden" });
    fireEvent.click(screen.getByRole("tab", { name: "Samenvoegen" }));
    fireEvent.change(screen.getByLabelText("Teruggestuurde werkmappen (.xlsx)"), {
      target: {
        files: [xlsx("a.xlsx", [1]), new File(["x"], "oud.xls"), xlsx("b.xlsx", [2])],
      },
    });
    expect(screen.getByText(/^Dit is geen .xlsx-bestand: oud.xls./)).toHaveAttribute(
      "role",
      "alert"
    );
    fireEvent.click(screen.getByRole("button", { name: "a.xlsx weglaten" }));
    expect(screen.getByRole("heading", { name: "1 bestand gekozen" })).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Samenvoegen" }));
    await waitFor(() => expect(host.consolidate).toHaveBeenCalled());
    expect(host.consolidate.mock.calls[0][0].map((f) => f.name)).toEqual(["b.xlsx"]);
  });

  test("a failed consolidation is shown", async () => {
    const host = createFakeHost("excel", {
      consolidate: jest.fn().mockRejectedValue(new Error("Geen werkblad Antwoorden in a.xlsx")),
    });
    renderApp(host);
    await screen.findByRole("heading", { name: "Gegevens gevonden" });
    fireEvent.click(screen.getByRole("tab", { name: "Samenvoegen" }));
    fireEvent.change(screen.getByLabelText("Teruggestuurde werkmappen (.xlsx)"), {
      target: { files: [xlsx("a.xlsx", [1])] },
    });
    fireEvent.click(screen.getByRole("button", { name: "Samenvoegen" }));
    expect(await screen.findByText("Geen werkblad Antwoorden in a.xlsx")).toBeInTheDocument();
    expect(screen.getByTestId("live-assertive")).toHaveTextContent("Samenvoegen is niet gelukt.");
  });
});
