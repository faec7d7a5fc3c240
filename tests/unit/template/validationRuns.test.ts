/** Per-cell validations joined into runs down a column (src/template/validationRuns.ts). */
import { validationRuns } from "../../../src/template/validationRuns";

const date = (range: string) => ({ range, kind: "date", prompt: "datum" });
const whole = (range: string, min = 0) => ({ range, kind: "whole", min, prompt: "getal" });

describe("validationRuns", () => {
  test("a run across row 10 is one range (rows compared as numbers, not text)", () => {
    const cells = ["G2", "G3", "G4", "G5", "G6", "G7", "G8", "G9", "G10", "G11"].map(date);
    expect(validationRuns(cells)).toEqual([date("G2:G11")]);
  });

  test("a gap, another validation or another column ends a run; lone cells stay cells", () => {
    expect(
      validationRuns([
        whole("D2"),
        whole("D3"),
        whole("D5"),
        whole("D6", 1),
        whole("D7", 1),
        whole("F2"),
        whole("AA2"),
        whole("B9"),
      ])
    ).toEqual([
      whole("B9"),
      whole("D2:D3"),
      whole("D5"),
      whole("D6:D7", 1),
      whole("F2"),
      whole("AA2"),
    ]);
  });

  test("ranges are kept as given, in front", () => {
    expect(validationRuns([date("G3"), date("C2:C9"), date("G2")])).toEqual([
      date("C2:C9"),
      date("G2:G3"),
    ]);
  });

  test("custom formulas that differ per row stay one cell each", () => {
    const custom = (row: number) => ({
      range: `E${row}`,
      kind: "custom",
      formula: `E${row}<=F${row}`,
    });
    expect(validationRuns([custom(4), custom(5)])).toEqual([custom(4), custom(5)]);
  });
});
