import { act, fireEvent, screen } from "@testing-library/react";
import type { Progress, RunSummary } from "../../src/app/host";
import { createFakeHost, deferred, summary } from "./fakeHost";
import { renderApp } from "./renderApp";

describe("run with a progress bar (step 5)", () => {
  test("shows the host's progress with a label and aria-valuetext", async () => {
    const pending = deferred<RunSummary>();
    let report: Progress = () => undefined;
    const host = createFakeHost("excel", {
      run: jest.fn((_options, onProgress?: Progress) => {
        report = onProgress ?? report;
        return pending.promise;
      }),
    });
    renderApp(host);
    fireEvent.click(await screen.findByRole("button", { name: "Analyse uitvoeren" }));

    expect(screen.getByRole("heading", { name: "Analyse loopt" })).toBeInTheDocument();
    expect(screen.getByRole("progressbar")).toHaveAttribute("aria-valuetext", "0%");

    act(() => report(0.4, "Tabellen schrijven"));
    const bar = screen.getByRole("progressbar");
    expect(bar).toHaveAttribute("aria-valuenow", "0.4");
    expect(bar).toHaveAttribute("aria-valuetext", "40%: Tabellen schrijven");
    expect(bar).toHaveAccessibleName("Tabellen schrijven");
    expect(screen.getByText("40%")).toBeInTheDocument();

    await act(async () => pending.resolve(summary));
    expect(screen.getByRole("heading", { name: "Resultaat" })).toHaveFocus();
  });
});
