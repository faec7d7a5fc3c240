import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { createFakeHost, storedOptions } from "./fakeHost";
import { renderApp } from "./renderApp";

describe("refresh", () => {
  test("with stored settings: a prominent 'Vernieuwen' that reruns with them", async () => {
    const host = createFakeHost("excel", { storedOptions: jest.fn(async () => storedOptions) });
    renderApp(host);
    const refresh = await screen.findByRole("button", { name: "Vernieuwen" });
    expect(screen.getByRole("heading", { name: "Eerder geanalyseerd" })).toBeInTheDocument();

    // The options are prefilled from the stored settings.
    expect(screen.getByRole("checkbox", { name: "REGIO" })).toBeChecked();
    expect(screen.getByLabelText("Aantal netwerken dat de vragenlijst kreeg")).toHaveValue(104);
    fireEvent.click(screen.getByRole("button", { name: "Meer opties" }));
    expect(screen.getByRole("radio", { name: /Alle respondenten/ })).toBeChecked();

    fireEvent.click(refresh);
    expect(await screen.findByRole("heading", { name: "Resultaat" })).toBeInTheDocument();
    expect(host.refresh).toHaveBeenCalledTimes(1);
    expect(host.run).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole("button", { name: "Vernieuwen" }));
    await waitFor(() => expect(host.refresh).toHaveBeenCalledTimes(2));
  });

  test("without stored settings there is no refresh card", async () => {
    renderApp(createFakeHost());
    await screen.findByRole("heading", { name: "Gegevens gevonden" });
    expect(screen.queryByRole("button", { name: "Vernieuwen" })).not.toBeInTheDocument();
  });

  test("after a first run, refresh is offered with the results", async () => {
    const host = createFakeHost();
    renderApp(host);
    fireEvent.click(await screen.findByRole("button", { name: "Analyse uitvoeren" }));
    fireEvent.click(await screen.findByRole("button", { name: "Vernieuwen" }));
    await waitFor(() => expect(host.refresh).toHaveBeenCalledTimes(1));
  });

  test("options changed after the stored run: the card says Vernieuwen keeps the previous settings", async () => {
    const host = createFakeHost("excel", { storedOptions: jest.fn(async () => storedOptions) });
    renderApp(host);
    await screen.findByRole("button", { name: "Vernieuwen" });
    const card = () =>
      screen.getByRole("heading", { name: "Eerder geanalyseerd" }).closest("[aria-labelledby]");

    fireEvent.click(screen.getByRole("checkbox", { name: "REGIO" }));
    // No plain "Vernieuwen" that would silently drop the change just made.
    expect(screen.queryByRole("button", { name: "Vernieuwen" })).toBeNull();
    expect(card()).toHaveTextContent("U hebt de opties hieronder gewijzigd");
    const previous = within(card() as HTMLElement).getByRole("button", {
      name: "Vernieuwen met de vorige instellingen",
    });
    // "Analyse uitvoeren" stays the primary action; this one is not.
    expect(previous.className).not.toMatch(/primary/i);

    // Back as stored: the plain card again.
    fireEvent.click(screen.getByRole("checkbox", { name: "REGIO" }));
    expect(screen.getByRole("button", { name: "Vernieuwen" })).toBeInTheDocument();

    // A changed population or a changed column link counts too.
    fireEvent.change(screen.getByLabelText("Aantal netwerken dat de vragenlijst kreeg"), {
      target: { value: "" },
    });
    expect(screen.queryByRole("button", { name: "Vernieuwen" })).toBeNull();
    fireEvent.change(screen.getByLabelText("Aantal netwerken dat de vragenlijst kreeg"), {
      target: { value: "104" },
    });
    expect(screen.getByRole("button", { name: "Vernieuwen" })).toBeInTheDocument();

    fireEvent.click(screen.getByRole("checkbox", { name: "REGIO" }));
    fireEvent.click(screen.getByRole("button", { name: "Vernieuwen met de vorige instellingen" }));
    await waitFor(() => expect(host.refresh).toHaveBeenCalledTimes(1));
  });

  test("after 'Opties aanpassen' the card is plain again: the settings just run are the stored ones", async () => {
    const host = createFakeHost("excel", { storedOptions: jest.fn(async () => storedOptions) });
    renderApp(host);
    await screen.findByRole("button", { name: "Vernieuwen" });
    fireEvent.click(screen.getByRole("checkbox", { name: "REGIO" }));
    fireEvent.click(screen.getByRole("button", { name: "Analyse uitvoeren" }));
    await screen.findByRole("heading", { name: "Resultaat" });
    fireEvent.click(screen.getByRole("button", { name: "Opties aanpassen" }));
    expect(await screen.findByRole("button", { name: "Vernieuwen" })).toBeInTheDocument();
    expect(screen.getByRole("checkbox", { name: "REGIO" })).not.toBeChecked();
  });

  test("the preview has no refresh card, also not after 'Opties aanpassen'", async () => {
    const host = createFakeHost("preview", { storedOptions: jest.fn(async () => storedOptions) });
    (globalThis as { fetch?: unknown }).fetch = jest.fn(async () => ({
      ok: true,
      status: 200,
      arrayBuffer: async () => new Uint8Array([80, 75, 3, 4]).buffer,
    }));
    try {
      renderApp(host);
      fireEvent.click(screen.getByRole("button", { name: "Probeer met het voorbeeld" }));
      await screen.findByRole("heading", { name: "Gegevens gevonden" });
      expect(screen.queryByRole("heading", { name: "Eerder geanalyseerd" })).toBeNull();
      fireEvent.click(screen.getByRole("button", { name: "Analyse uitvoeren" }));
      await screen.findByRole("heading", { name: "Resultaat" });
      fireEvent.click(screen.getByRole("button", { name: "Opties aanpassen" }));
      await screen.findByRole("heading", { name: "Gegevens gevonden" });
      expect(screen.queryByRole("heading", { name: "Eerder geanalyseerd" })).toBeNull();
      expect(screen.queryByRole("button", { name: /Vernieuwen/ })).toBeNull();
    } finally {
      delete (globalThis as { fetch?: unknown }).fetch;
    }
  });
});
