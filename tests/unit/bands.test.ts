/**
 * Bands for numeric group columns (src/analysis/bands.ts). Expected values by hand; quantiles in R:
 *   quantile(1:10, c(1/3, 2/3))            # 4 7          (type 7, R's default)
 *   quantile(c(5,5,5,5,9), c(1/3, 2/3))    # 5 5
 */
import { analyze } from "../../src/analysis/analyze";
import { gridFromRows } from "../../src/analysis/grid";
import { ingest } from "../../src/analysis/ingest";
import { demosCoordinatorenCodebook } from "../../src/presets/demosCoordinatoren";
import {
  BandSpecError,
  bandLabels,
  bandValues,
  parseBandSpec,
  parseLooseNumber,
  quantileCuts,
} from "../../src/analysis/bands";

describe("parseLooseNumber", () => {
  it.each([
    ["15000", 15000],
    ["15.000", 15000],
    ["15 000", 15000],
    ["1.234.567", 1234567],
    ["12,5", 12.5],
    ["1,234.5", 1234.5],
    ["-3", -3],
  ])("%s → %d", (text, value) => expect(parseLooseNumber(text)).toBe(value));
  it.each(["", "klein", "15k", "2026-03-01", "1.2.3,4,5"])("'%s' is not a number", (text) =>
    expect(parseLooseNumber(text)).toBeNaN()
  );
});

describe("parseBandSpec", () => {
  it("reads cut points and quantile groups", () => {
    expect(parseBandSpec("INWONERS:15000,50000")).toEqual({
      column: "INWONERS",
      cuts: [15000, 50000],
    });
    expect(parseBandSpec("Aantal inwoners:q4")).toEqual({
      column: "Aantal inwoners",
      quantiles: 4,
    });
  });
  it.each([
    "INWONERS",
    ":15000",
    "INWONERS:",
    "INWONERS:50000,15000",
    "INWONERS:abc",
    "X:q1",
    "X:q11",
  ])("rejects '%s' with a message that shows the right form", (text) => {
    expect(() => parseBandSpec(text)).toThrow(BandSpecError);
  });
  it("says how to write it, in Dutch and English", () => {
    expect(() => parseBandSpec("INWONERS")).toThrow(/KOLOM:GRENS,GRENS/);
    expect(() => parseBandSpec("INWONERS:50000,15000", "en")).toThrow(/ascending/);
  });
});

describe("bandLabels", () => {
  it("Dutch thousands with a point, an en dash between, ≥ for the top band (seed 000's < 15k)", () => {
    expect(bandLabels([15000, 50000], "nl")).toEqual(["< 15.000", "15.000–50.000", "≥ 50.000"]);
    expect(bandLabels([15000], "en")).toEqual(["< 15,000", "≥ 15,000"]);
    expect(bandLabels([], "nl")).toEqual([]);
  });
});

describe("quantileCuts", () => {
  it("R type 7 quantiles, as quantile(1:10, c(1/3, 2/3)) = 4, 7", () => {
    expect(quantileCuts([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 3)).toEqual([4, 7]);
  });
  it("drops cuts that coincide or sit at the minimum (no empty lowest band)", () => {
    // quantile(c(5,5,5,5,9), c(1/3,2/3)) = 5 5: both at the minimum → no cut
    expect(quantileCuts([5, 5, 5, 5, 9], 3)).toEqual([]);
    expect(quantileCuts([], 3)).toEqual([]);
  });
});

describe("bandValues", () => {
  it("half-open bands: a value equal to a cut point goes to the band above", () => {
    const banded = bandValues(
      ["12000", "15000", null, "80.000", "49999", "50000", "veel"],
      { column: "INWONERS", cuts: [15000, 50000] },
      "nl"
    );
    expect(banded.values).toEqual([
      "< 15.000",
      "15.000–50.000",
      null,
      "≥ 50.000",
      "15.000–50.000",
      "≥ 50.000",
      null,
    ]);
    expect(banded.order).toEqual(["< 15.000", "15.000–50.000", "≥ 50.000"]);
    expect(banded.notNumbers).toEqual([6]);
  });
  it("quantile bands from the data", () => {
    const values = Array.from({ length: 10 }, (_, i) => String(i + 1));
    const banded = bandValues(values, { column: "X", quantiles: 3 }, "nl");
    expect(banded.cuts).toEqual([4, 7]);
    expect(banded.values.filter((value) => value === "< 4")).toHaveLength(3); // 1, 2, 3
    expect(banded.values.filter((value) => value === "4–7")).toHaveLength(3); // 4, 5, 6
    expect(banded.values.filter((value) => value === "≥ 7")).toHaveLength(4); // 7, 8, 9, 10
  });
});

describe("bands in analyze", () => {
  const rows = [
    ["RESP_ID", "INWONERS", "VIS_01"],
    ["N1", 9000, 4],
    ["N2", "14.999", 5],
    ["N3", 15000, 2],
    ["N4", 262000, 4],
    ["N5", null, 3],
  ];
  const dataset = ingest(gridFromRows("Antwoorden", rows), demosCoordinatorenCodebook());

  it("a banded column is a group column with its bands in order, lowest first, (leeg) last", () => {
    const result = analyze(dataset, {
      bandSpecs: [{ column: "inwoners", cuts: [15000, 50000] }],
      minCell: 0,
    });
    expect(result.groups.map((group) => [group.by, group.value, group.n])).toEqual([
      ["INWONERS", "< 15.000", 2],
      ["INWONERS", "15.000–50.000", 1],
      ["INWONERS", "≥ 50.000", 1],
      ["INWONERS", "(leeg)", 1],
    ]);
    expect(result.options.bands).toEqual([
      {
        column: "INWONERS",
        cuts: [15000, 50000],
        labels: ["< 15.000", "15.000–50.000", "≥ 50.000"],
      },
    ]);
  });

  it("a missing band column is GROUP_COLUMN_MISSING", () => {
    const result = analyze(dataset, { bandSpecs: [{ column: "BUDGET", cuts: [1] }] });
    expect(result.issues.find((issue) => issue.code === "GROUP_COLUMN_MISSING")!.message).toMatch(
      /BUDGET.*--bands/
    );
  });
});
