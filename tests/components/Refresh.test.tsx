import { fireEvent, screen, waitFor } from "@testing-library/react";
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
});
