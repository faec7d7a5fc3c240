/** The indicator Report: tree order, display rounding, status words, charts. */
import { buildIndicatorsReport, treeOrder } from "../../../src/report/indicatorsReport";
import { MEASUREMENT_HEADER, run } from "./fixture";

const sheets = {
  indicators: [
    [
      "indicator",
      "naam",
      "doel",
      "subdoel",
      "niveau",
      "type",
      "decimalen",
      "basiswaarde",
      "basisperiode",
      "doelwaarde",
      "doelperiode",
    ],
    ["A1", "Eerste", "Doel A", "Sub 1", "output", "aantal", null, 0, 2023, 100, 2026],
    ["B1", "Tweede", "Doel B", "Sub 3", "outcome", "percentage", 2, null, null, null, null],
    ["A2", "Derde", "Doel A", "Sub 2", "impact", "percentage", null, null, null, null, null],
    ["A3", "Vierde", "Doel A", "Sub 1", "output", "aantal", null, null, null, null, null],
  ],
  measurements: [
    MEASUREMENT_HEADER,
    ["A1", "X", 2025, 40, null, null, null],
    ["B1", "X", 2025, null, 1, 3, null],
    ["A2", "X", 2025, null, 1, 3, null],
    ["A3", "X", 2025, 7, null, null, null],
  ],
};

describe("indicator report", () => {
  const result = run(sheets);

  test("overview in goal → sub-goal → indicator order", () => {
    expect(treeOrder(result.indicators.overview).map((row) => row.indicator)).toEqual([
      "A1",
      "A3",
      "A2",
      "B1",
    ]);
  });

  test("values rounded to each indicator's decimals, status as a word", () => {
    const report = buildIndicatorsReport(result, {
      file: "kader.xlsx",
      language: "nl",
      minCell: 5,
    });
    const overview = report.sheets[0].tables[0];
    const column = (key: string) => overview.columns.findIndex((entry) => entry.key === key);
    const byId = new Map(overview.rows.map((row) => [row[column("indicator")], row]));
    // by hand: 1/3 × 100 = 33.333… → 33.33 (decimalen 2) and 33.3 (default 1)
    expect(byId.get("B1")![column("value")]).toBe(33.33);
    expect(byId.get("A2")![column("value")]).toBe(33.3);
    // 2025 is 731 of 1096 days from end 2023 to end 2026: expected 66.696… → 67 (aantal: 0 decimals)
    expect(byId.get("A1")![column("expected")]).toBe(67);
    expect(byId.get("A1")![column("status")]).toBe("rood");
    expect(byId.get("A3")![column("status")]).toBe("geen doel");
    expect(byId.get("A1")![column("level")]).toBe("output");
  });

  test("English words in an English report; the progress chart has its reference line", () => {
    const report = buildIndicatorsReport(result, {
      file: "kader.xlsx",
      language: "en",
      minCell: 5,
    });
    expect(report.sheets.map((sheet) => sheet.name)).toEqual([
      "Overview",
      "Per unit",
      "Trend",
      "Problems",
    ]);
    const overview = report.sheets[0].tables[0];
    const status = overview.columns.findIndex((entry) => entry.key === "status");
    expect(overview.rows.map((row) => row[status])).toContain("red");
    expect(report.sheets[0].charts[0]).toMatchObject({
      kind: "bar",
      orientation: "vertical",
      stacking: "none",
      referenceLine: { value: 100, label: "100 %" },
      series: [{ column: "progress" }],
    });
  });

  test("the summary names the period type in the report's language, with real plurals", () => {
    const summary = (language: "nl" | "en") =>
      buildIndicatorsReport(result, { file: "kader.xlsx", language, minCell: 5 }).summary;
    // one unit (X), four indicators, yearly figures
    expect(summary("nl")).toContain("Periode: 2025 (per jaar); 1 eenheid; 4 indicatoren.");
    expect(summary("en")).toContain("Period: 2025 (per year); 1 unit; 4 indicators.");
  });
});
