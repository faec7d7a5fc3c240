/**
 * compareWaves: this wave against an earlier one, independent and paired. P-values pinned to R:
 * prop.test(c(x1, x2), c(n1, n2), correct = FALSE) and wilcox.test(new, old, paired = TRUE, exact = FALSE).
 */
import { parseCodebookGrid } from "../../src/analysis/codebook";
import { compareWaves } from "../../src/analysis/compareWaves";
import type { CellValue } from "../../src/analysis/grid";
import { gridFromRows } from "../../src/analysis/grid";
import { ingest } from "../../src/analysis/ingest";

const { codebook } = parseCodebookGrid(
  gridFromRows("Codeboek", [
    ["item", "tekst", "schaal"],
    ["A", "Stelling A", "AKK5"],
    ["B", "Stelling B", "AKK5"],
    ["C", "Alleen nu gevraagd", "AKK5"],
  ])
);

const newA = [4, 5, 3, 4, 5, 2, 4, 5, 3, 4];
const oldA = [3, 4, 3, 2, 4, 2, 3, 5, 2, 3];
const id = (i: number) => `Netwerk ${String(i + 1).padStart(2, "0")}`;

const current = ingest(
  gridFromRows(
    "Antwoorden",
    [
      ["Netwerk", "A", "B", "C"],
      ...newA.map((a, i): CellValue[] => [id(i), a, i === 2 ? "weet niet" : 5, 3]),
    ],
    "2024.xlsx"
  ),
  codebook
);
// The earlier wave: the same ten networks in reverse order (names typed in lower case), plus two
// networks that did not answer now; no column C.
const previousRows: CellValue[][] = [
  ["Netwerk", "A", "B"],
  ...oldA.map((a, i): CellValue[] => [id(i).toLowerCase(), a, 5]).reverse(),
  ["Netwerk 11", 5, 5],
  ["Netwerk 12", 1, 5],
];
const previous = ingest(gridFromRows("Antwoorden", previousRows, "2016.xlsx"), codebook);

describe("compareWaves", () => {
  const { comparison, issues } = compareWaves(current, previous, {
    label: "2016",
    matchOn: "netwerk",
  });

  test("independent: % high of valid answers now and then, change and prop.test p", () => {
    // A now: 4,5,3,4,5,2,4,5,3,4 → 7 of 10 high; then: 3,4,3,2,4,2,3,5,2,3,5,1 → 4 of 12.
    // > prop.test(c(7, 4), c(10, 12), correct = FALSE)$p.value   0.0867681727038758
    expect(comparison).toMatchObject({ label: "2016", file: "2016.xlsx", respondents: 12 });
    expect(comparison.alpha).toBe(0.05);
    expect(comparison.tests).toBe(2);
    const a = comparison.items[0];
    expect(a.id).toBe("A");
    expect(a.n).toBe(10);
    expect(a.pctHigh).toBeCloseTo(70, 12);
    expect(a.referenceN).toBe(12);
    expect(a.referencePctHigh).toBeCloseTo(100 / 3, 12);
    expect(a.change).toBeCloseTo(70 - 100 / 3, 12);
    expect(a.p).toBeCloseTo(0.0867681727038758, 12);
    expect(a.significant).toBe(false);
  });

  test("an item everyone agrees with in both waves has no p, and is not significant", () => {
    // > prop.test(c(9, 12), c(9, 12), correct = FALSE)$p.value   NaN
    expect(comparison.items[1]).toEqual({
      id: "B",
      n: 9,
      pctHigh: 100,
      referenceN: 12,
      referencePctHigh: 100,
      change: 0,
      p: null,
      significant: false,
    });
  });

  test("an item missing in the earlier wave is reported, not compared", () => {
    expect(comparison.items.map((item) => item.id)).toEqual(["A", "B"]);
    expect(issues).toContainEqual(
      expect.objectContaining({ code: "COMPARE_ITEM_MISSING", severity: "info" })
    );
    expect(issues.find((issue) => issue.code === "COMPARE_ITEM_MISSING")!.message).toContain("C");
  });

  test("paired: networks matched on the column (case-insensitive), Wilcoxon p as R", () => {
    // > wilcox.test(c(4,5,3,4,5,2,4,5,3,4), c(3,4,3,2,4,2,3,5,2,3), paired = TRUE, exact = FALSE)
    // V = 28, p-value = 0.0147087694431172; mean(n - o) = 0.8
    expect(comparison.paired).not.toBeNull();
    expect(comparison.paired!.on).toBe("Netwerk");
    expect(comparison.paired!.matched).toBe(10);
    const [a, b] = comparison.paired!.items;
    expect(a.id).toBe("A");
    expect(a.n).toBe(10);
    expect(a.meanChange).toBeCloseTo(0.8, 12);
    expect(a.p).toBeCloseTo(0.0147087694431172, 12);
    expect(a.significant).toBe(true);
    // B: 5 vs 5 for the nine networks with an answer now → all differences zero → no p (R: NaN).
    expect(b).toEqual({ id: "B", n: 9, meanChange: 0, p: null, significant: false });
  });

  test("duplicate keys are left out of the matching with a warning", () => {
    const rows = previousRows.map((row) => [...row]);
    rows[1][0] = "Netwerk 01"; // now two rows are Netwerk 01 (the first was netwerk 10)
    rows.push(["netwerk 01", 4, 5]);
    const withDuplicates = ingest(gridFromRows("Antwoorden", rows, "old.xlsx"), codebook);
    const result = compareWaves(current, withDuplicates, { matchOn: "Netwerk" });
    // netwerk 10 no longer present, netwerk 01 duplicated → 8 matched.
    expect(result.comparison.paired!.matched).toBe(8);
    expect(result.comparison.label).toBe("old.xlsx");
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        code: "MATCH_DUPLICATE_KEY",
        severity: "warning",
        file: "old.xlsx",
      })
    );
  });

  test("a match column that does not exist is an error naming the file; no paired block", () => {
    const result = compareWaves(current, previous, { matchOn: "Gemeente" });
    expect(result.comparison.paired).toBeNull();
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        code: "MATCH_COLUMN_MISSING",
        severity: "error",
        file: "2024.xlsx",
      })
    );
  });

  test("without matchOn there is no paired block", () => {
    expect(compareWaves(current, previous).comparison.paired).toBeNull();
  });
});
