import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { createFakeHost } from "./fakeHost";
import { renderApp } from "./renderApp";

async function openMapping() {
  fireEvent.click(await screen.findByRole("button", { name: /^Kolommen controleren/ }));
  return screen.getByRole("table", { name: "Kolommen en hun stelling" });
}

describe("column mapping review (step 2)", () => {
  test("lists every column with its statement and an 'automatisch' badge", async () => {
    renderApp(createFakeHost());
    expect(
      await screen.findByRole("button", {
        name: "Kolommen controleren (7 stellingen, 4 andere kolommen)",
      })
    ).toBeInTheDocument();
    const table = await openMapping();
    expect(within(table).getAllByRole("row")).toHaveLength(12);
    const select = within(table).getByLabelText("Stelling voor kolom D (ROL_VIS_FAC)");
    expect(select).toHaveValue("ROL_VIS_FAC");
    expect(within(table).getAllByText("automatisch")).toHaveLength(11);
  });

  test("edited links are passed to run() as columnMapping", async () => {
    const host = createFakeHost();
    renderApp(host);
    const table = await openMapping();

    fireEvent.change(within(table).getByLabelText("Stelling voor kolom F (Rol visie opdr.)"), {
      target: { value: "ROL_VIS_OPD" },
    });
    fireEvent.change(within(table).getByLabelText("Stelling voor kolom K (A1)"), {
      target: { value: "" },
    });
    expect(within(table).getAllByText("aangepast")).toHaveLength(2);

    fireEvent.click(screen.getByRole("button", { name: "Analyse uitvoeren" }));
    await waitFor(() => expect(host.run).toHaveBeenCalledTimes(1));
    expect(host.run.mock.calls[0][0].columnMapping).toEqual({
      "Rol visie opdr.": "ROL_VIS_OPD",
      A1: null,
    });
  });

  test("warns when two columns get the same statement, and can undo the changes", async () => {
    const host = createFakeHost();
    renderApp(host);
    const table = await openMapping();
    const select = within(table).getByLabelText("Stelling voor kolom F (Rol visie opdr.)");
    fireEvent.change(select, { target: { value: "ROL_VIS_FAC" } });
    expect(within(table).getByText("Ook gekoppeld aan kolom D.")).toBeInTheDocument();
    expect(select).toHaveAccessibleDescription("Ook gekoppeld aan kolom D.");

    fireEvent.click(screen.getByRole("button", { name: "Mijn wijzigingen ongedaan maken" }));
    expect(select).toHaveValue("");
    fireEvent.click(screen.getByRole("button", { name: "Analyse uitvoeren" }));
    await waitFor(() => expect(host.run).toHaveBeenCalled());
    expect(host.run.mock.calls[0][0].columnMapping).toEqual({});
  });
});
