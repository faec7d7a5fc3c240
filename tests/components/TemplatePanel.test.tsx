import { fireEvent, screen, within } from "@testing-library/react";
import { createFakeHost } from "./fakeHost";
import { renderApp } from "./renderApp";

describe("Nieuw sjabloon", () => {
  test("inserts the template sheets and says what was added", async () => {
    const host = createFakeHost();
    renderApp(host);
    await screen.findByRole("heading", { name: "Gegevens gevonden" });
    fireEvent.click(screen.getByRole("tab", { name: "Sjabloon" }));
    fireEvent.click(screen.getByRole("button", { name: "Sjabloon invoegen" }));
    const panel = screen.getByRole("tabpanel", { name: "Sjabloon" });
    expect(
      await within(panel).findByText("Toegevoegd: Vragenlijst, Antwoorden, Codeboek.")
    ).toBeInTheDocument();
    expect(host.insertTemplate).toHaveBeenCalledWith("nl");
    expect(screen.getByTestId("live-polite")).toHaveTextContent(
      "Toegevoegd: Vragenlijst, Antwoorden, Codeboek."
    );
    // Excel: no download button.
    expect(screen.queryByRole("button", { name: /^Download/ })).not.toBeInTheDocument();
  });

  test("in the preview the workbook with the template can be downloaded", async () => {
    const host = createFakeHost("preview");
    renderApp(host);
    fireEvent.click(screen.getByRole("tab", { name: "Sjabloon" }));
    fireEvent.click(screen.getByRole("button", { name: "Sjabloon maken in een nieuwe werkmap" }));
    expect(await screen.findByRole("button", { name: "Download sjabloon" })).toBeInTheDocument();
  });

  test("a failure is shown with the host's message", async () => {
    const host = createFakeHost("excel", {
      insertTemplate: jest.fn().mockRejectedValue(new Error("Werkblad Antwoorden bestaat al")),
    });
    renderApp(host);
    await screen.findByRole("heading", { name: "Gegevens gevonden" });
    fireEvent.click(screen.getByRole("tab", { name: "Sjabloon" }));
    fireEvent.click(screen.getByRole("button", { name: "Sjabloon invoegen" }));
    expect(await screen.findByText("Werkblad Antwoorden bestaat al")).toBeInTheDocument();
    const panel = screen.getByRole("tabpanel", { name: "Sjabloon" });
    expect(within(panel).getByText("Het sjabloon kon niet ingevoegd worden.")).toBeInTheDocument();
    expect(screen.getByTestId("live-assertive")).toHaveTextContent(
      "Het sjabloon kon niet ingevoegd worden."
    );
  });
});
