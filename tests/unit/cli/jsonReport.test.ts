/**
 * The JSON report written in pieces (src/cli/jsonReport.ts) is exactly JSON.stringify(value, null,
 * 2) plus a line end, for every kind of member JSON knows or leaves out.
 */
import { analyze } from "../../../src/analysis/analyze";
import { gridFromRows } from "../../../src/analysis/grid";
import { ingest } from "../../../src/analysis/ingest";
import { demosCoordinatorenCodebook } from "../../../src/presets/demosCoordinatoren";
import { jsonReportBytes, jsonReportPieces } from "../../../src/cli/jsonReport";

const expected = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

describe("jsonReportPieces", () => {
  it.each([
    [{}],
    [{ a: 1 }],
    [{ a: 1, b: [true, null, "x"], c: { d: {}, e: [] } }],
    [{ skipped: undefined, fn: () => 1, kept: "Dēmos – visie", nested: { u: undefined } }],
    [{ only: undefined }],
    [{ date: new Date(Date.UTC(2026, 11, 2)), nan: NaN, big: 1e21, small: -0 }],
    [{ 2: "two", 1: "one", b: "b", a: "a" }],
    [{ quote: 'a"b\\c\n\u0001', emoji: "😀" }],
    [[1, { a: 2 }]],
    [{ toJSON: () => ({ replaced: true }) }],
  ])("%j", (value) => {
    expect(jsonReportPieces(value).join("")).toBe(expected(value));
  });
  it("an analysis result, byte for byte in UTF-8", () => {
    const grid = gridFromRows("Antwoorden", [
      ["RESP_ID", "REGIO", "VIS_01", "VIS_02", "ROL_VIS_FAC", "ROL_VIS_COP", "INB_VIS"],
      ["Netwerk 1", "Gent", "Akkoord", 4, 5, 2, 4],
      ["Netwerk 2", "Aalst", 2, "5", 4, 4, 3],
      ["Netwerk 3", "Gent", 5, 4, 1, 5, "weet niet"],
    ]);
    const result = analyze(ingest(grid, demosCoordinatorenCodebook()), { groupBy: ["REGIO"] });
    expect(
      Buffer.concat(jsonReportBytes(result)).equals(Buffer.from(expected(result), "utf8"))
    ).toBe(true);
  });
});
