/**
 * What the add-in writes inside Excel has the report file's layout (src/xlsx/exceljsPort.ts): the
 * overview's table of contents as cell hyperlinks to the sheets (never a HYPERLINK formula), the
 * rows down to a table's header frozen, and, where the host has page layout (ExcelApi 1.9), the
 * sheet printed landscape on A4 one page wide with the header row on every page. Found when the
 * pane's report was compared with the command line's file: the pane's had none of these. Against
 * the fake object model; a host at ExcelApi 1.8 still gets the links and frozen rows.
 */
import type { FakeExcel, FakeSheet } from "../../fakes/fakeExcel";
import { exampleFake, runOptions, sessionOn } from "./helpers";

/** The cells of column A holding a hyperlink: [text, documentReference]. */
function links(sheet: FakeSheet): [unknown, string | undefined][] {
  const found: [unknown, string | undefined][] = [];
  for (let row = 0; row < 100; row += 1) {
    const cell = sheet.cell(row, 0);
    if (cell?.hyperlink) found.push([cell.value, cell.hyperlink.documentReference]);
  }
  return found;
}

/** The zero-based row of a table's header. */
function headerRow(fake: FakeExcel, table: string): number {
  const found = fake.allTables().find((candidate) => candidate.name === table);
  if (!found) throw new Error(`no table ${table}`);
  return found.rect.row;
}

describe("report layout inside Excel", () => {
  test("table of contents as hyperlinks, frozen header rows, print set-up", async () => {
    const fake = await exampleFake();
    const session = sessionOn(fake);
    await session.run(runOptions({ groupBy: ["GROOTTE_KLASSE"], population: 104 }));

    const overview = fake.sheet("Overzicht")!;
    const toc = links(overview);
    expect(toc.length).toBeGreaterThanOrEqual(3);
    expect(toc).toContainEqual([
      "Items: Alle items: verdeling, gemiddelde en spreiding",
      "Items!A1",
    ]);
    expect(toc).toContainEqual([
      "B01 Beleidsthema – visie: Beleidsthema – visie",
      "'B01 Beleidsthema – visie'!A1",
    ]);
    // Every link leads to a sheet of the workbook.
    for (const [, reference] of toc) {
      const sheet = /^'?(.*?)'?!A1$/.exec(reference ?? "")?.[1] ?? "";
      expect(fake.sheet(sheet)).toBeDefined();
    }
    expect(fake.formulaWrites).toEqual([]);
    const first = overview.cell(
      Array.from({ length: 100 }, (_unused, row) => row).find(
        (row) => overview.cell(row, 0)?.hyperlink
      )!,
      0
    )!;
    expect([first.fontColor, first.underline]).toEqual(["#0563C1", "Single"]);

    const items = fake.sheet("Items")!;
    const header = headerRow(fake, "NM_Items");
    expect(items.frozenRows).toBe(header + 1);
    expect(items.pageLayout).toEqual(
      expect.objectContaining({
        orientation: "Landscape",
        paperSize: "A4",
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        printTitleRows: `$${header + 1}:$${header + 1}`,
        leftFooter: "&A",
        rightFooter: "Pagina &P van &N",
      })
    );

    // Vernieuwen: the same layout, nothing stacked.
    await session.refresh();
    expect(fake.sheet("Items")!.frozenRows).toBe(headerRow(fake, "NM_Items") + 1);
    expect(links(fake.sheet("Overzicht")!)).toEqual(toc);
  });

  test("a host without page layout (ExcelApi 1.8) gets the links and frozen rows", async () => {
    const fake = await exampleFake({ apiVersion: "1.8" });
    await sessionOn(fake).run(runOptions({ groupBy: ["GROOTTE_KLASSE"] }));
    expect(links(fake.sheet("Overzicht")!).length).toBeGreaterThanOrEqual(3);
    expect(fake.sheet("Items")!.frozenRows).toBe(headerRow(fake, "NM_Items") + 1);
    expect(fake.sheet("Items")!.pageLayout).toEqual({});
  });
});
