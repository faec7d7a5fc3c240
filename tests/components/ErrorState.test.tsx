import { fireEvent, screen, waitFor } from "@testing-library/react";
import { createFakeHost, overview } from "./fakeHost";
import { renderApp } from "./renderApp";

describe("error states", () => {
  test("a rejected detect shows a designed error, announces it, and retries", async () => {
    const host = createFakeHost("excel", {
      detect: jest
        .fn()
        .mockRejectedValueOnce(new Error("RichApi.Error: The requested resource doesn't exist."))
        .mockResolvedValue(overview),
    });
    renderApp(host);

    const title = await screen.findByRole("heading", {
      name: "De antwoorden konden niet gelezen worden",
    });
    expect(title).toHaveFocus();
    expect(
      screen.getByText(
        "Open het werkblad met de antwoorden (of selecteer de tabel) en probeer het opnieuw."
      )
    ).toBeInTheDocument();
    expect(
      screen.getByText("RichApi.Error: The requested resource doesn't exist.")
    ).toBeInTheDocument();
    expect(screen.getByTestId("live-assertive")).toHaveTextContent(
      "De antwoorden konden niet gelezen worden"
    );

    fireEvent.click(screen.getByRole("button", { name: "Opnieuw proberen" }));
    expect(await screen.findByRole("heading", { name: "Gegevens gevonden" })).toBeInTheDocument();
    expect(host.detect).toHaveBeenCalledTimes(2);
    expect(screen.getByTestId("live-assertive")).toBeEmptyDOMElement();
  });

  test("a failed run keeps the data: retry reruns, or go back to the options", async () => {
    const host = createFakeHost();
    host.run.mockRejectedValueOnce(new Error("Out of memory"));
    renderApp(host);
    fireEvent.click(await screen.findByRole("button", { name: "Analyse uitvoeren" }));

    expect(
      await screen.findByRole("heading", { name: "De analyse is niet gelukt" })
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Terug naar de opties" }));
    expect(screen.getByRole("heading", { name: "Opties" })).toBeInTheDocument();

    host.run.mockRejectedValueOnce(new Error("Out of memory"));
    fireEvent.click(screen.getByRole("button", { name: "Analyse uitvoeren" }));
    fireEvent.click(await screen.findByRole("button", { name: "Opnieuw proberen" }));
    expect(await screen.findByRole("heading", { name: "Resultaat" })).toBeInTheDocument();
    await waitFor(() => expect(host.run).toHaveBeenCalledTimes(3));
  });
});
