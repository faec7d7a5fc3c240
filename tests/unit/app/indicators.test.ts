/**
 * The task pane's indicator pipeline (src/app/indicators.ts) on the example monitoring workbook
 * read as Grids. The figures are the command line's: `netwerkmeter indicators
 * examples/monitoring-wijdoenmee.xlsx` prints "Indicatoren 2026-Q3: 5 indicatoren, 40 eenheden",
 * DEELNEMERS oranje, AAN_HET_WERK groen, ORGANISATIES groen, ACTIVITEITEN geen doel, BEREIK_LB
 * oranje, each "(35/40)": so 175 of 200 expected figures (87.5 %), and 5 errors and 13 warnings.
 */
import * as fs from "fs";
import type { Grid } from "../../../src/analysis/grid";
import {
  IndicatorError,
  indicatorOverview,
  monitoringFileName,
  monitoringTemplateFor,
  periodChoices,
  runIndicatorGrids,
} from "../../../src/app/indicators";
import { parsePeriod } from "../../../src/indicators/period";
import {
  DEFAULT_INDICATOR_SETTINGS,
  readIndicatorSettings,
} from "../../../src/workbook/indicatorSettings";
import { readXlsx } from "../../../src/xlsx/readXlsx";
import { MONITORING_EXAMPLE } from "../excel/helpers";

let grids: Grid[];
beforeAll(async () => {
  grids = await readXlsx(fs.readFileSync(MONITORING_EXAMPLE), "monitoring-wijdoenmee.xlsx");
});

describe("indicatorOverview", () => {
  it("finds the framework: indicators, units, periods per roll-up, Eenheden columns", () => {
    const overview = indicatorOverview(grids, "nl")!;
    expect(overview.sheet).toBe("Indicatoren");
    expect(overview.indicators).toBe(5);
    expect(overview.units).toHaveLength(40);
    expect(overview.units[0]).toBe("Partnerschap 01");
    expect(overview.groupColumns).toEqual(["regio", "grootteklasse"]);
    expect(overview.periods.kwartaal?.[0]).toBe("2026-Q3");
    expect(overview.periods.jaar?.[0]).toBe("2026");
    expect(overview.periods.halfjaar?.[0]).toBe("2026-H2");
    // Quarterly rows cannot be split into months.
    expect(overview.periods.maand).toBeUndefined();
    expect(overview.problem).toBeNull();
  });

  it("is null for a workbook without an Indicatoren sheet", () => {
    expect(
      indicatorOverview(
        [{ sheet: "Antwoorden", originRow: 0, originColumn: 0, rows: [["a"]] }],
        "nl"
      )
    ).toBeNull();
  });

  it("says why a framework cannot run, with sheet and cell, instead of failing", () => {
    const broken: Grid[] = [
      { sheet: "Indicatoren", originRow: 0, originColumn: 0, rows: [["indicator", "naam"]] },
    ];
    const overview = indicatorOverview(broken, "en")!;
    expect(overview.problem).toMatchObject({
      code: "IND_MISSING_COLUMN",
      sheet: "Indicatoren",
      cell: "A1",
    });
    expect(overview.problem!.message).toContain("'type'");
  });

  it("periodChoices rolls months up to quarters, halves and years, latest first", () => {
    const periods = ["2025-11", "2026-01", "2025-12"].map((text) => parsePeriod(text)!);
    expect(periodChoices(periods)).toEqual({
      maand: ["2026-01", "2025-12", "2025-11"],
      kwartaal: ["2026-Q1", "2025-Q4"],
      halfjaar: ["2026-H1", "2025-H2"],
      jaar: ["2026", "2025"],
    });
  });
});

describe("runIndicatorGrids", () => {
  it("gives the command line's figures: status counts and completeness", () => {
    const { summary, report } = runIndicatorGrids(grids, DEFAULT_INDICATOR_SETTINGS, "x.xlsx");
    expect(summary.period).toBe("2026-Q3");
    expect(summary.granularity).toBe("kwartaal");
    expect(summary.indicators).toBe(5);
    expect(summary.units).toBe(40);
    expect(summary.statusCounts).toEqual([
      { status: "groen", label: "groen", count: 2 },
      { status: "oranje", label: "oranje", count: 2 },
      { status: "geen doel", label: "geen doel", count: 1 },
    ]);
    expect(summary.completeness).toEqual({ reporting: 175, expected: 200, percent: 87.5 });
    expect(summary.issueCounts).toEqual({ error: 5, warning: 13, info: 0 });
    expect(summary.issues.find((issue) => issue.code === "IND_BAD_PERIOD")).toMatchObject({
      sheet: "Metingen",
      cell: "C2938",
    });
    expect(report.sheets[0].name).toBe("Overzicht");
    // ACTIVITEITEN has no target: its trend chart has no (empty) expected line, which Excel
    // refuses (EmptyChartSeries); DEELNEMERS has one.
    const trend = report.sheets.find((sheet) => sheet.name === "Verloop")!;
    const seriesOf = (title: string) =>
      trend.charts.find((chart) => chart.title.includes(title))!.series.map((s) => s.column);
    expect(seriesOf("(ACTIVITEITEN)")).toEqual(["value"]);
    expect(seriesOf("(DEELNEMERS)")).toEqual(["value", "expected"]);
  });

  it("reports on a chosen period and roll-up, in English, by a group", () => {
    const { summary, report } = runIndicatorGrids(grids, {
      period: "2025",
      per: "jaar",
      groupBy: ["regio"],
      minCell: 5,
      language: "en",
    });
    expect(summary.period).toBe("2025");
    expect(summary.granularity).toBe("jaar");
    const english = ["green", "amber", "red", "undetermined", "no target", "no data"];
    expect(summary.statusCounts.length).toBeGreaterThan(0);
    for (const entry of summary.statusCounts) expect(english).toContain(entry.label);
    expect(report.sheets.map((sheet) => sheet.name)).toContain("Per group");
  });

  it("refuses a period that is no period, or one that does not match the roll-up", () => {
    const run = (period: string, per: "jaar" | null) =>
      runIndicatorGrids(grids, { ...DEFAULT_INDICATOR_SETTINGS, period, per });
    expect(() => run("2025-Q9", null)).toThrow(IndicatorError);
    expect(() => run("2025-Q4", "jaar")).toThrow("2025-Q4");
  });

  it("turns an unusable framework into an IndicatorError naming the sheet", () => {
    const noFigures = grids.filter((grid) => grid.sheet !== "Metingen");
    expect(() => runIndicatorGrids(noFigures, DEFAULT_INDICATOR_SETTINGS)).toThrow(
      expect.objectContaining({ code: "IND_NO_MEASUREMENTS_SHEET" })
    );
    expect(() =>
      runIndicatorGrids(grids, { ...DEFAULT_INDICATOR_SETTINGS, groupBy: ["bestaat niet"] })
    ).toThrow(IndicatorError);
  });
});

describe("monitoring template and stored settings", () => {
  it("builds the template for one unit and four quarters", () => {
    const spec = monitoringTemplateFor(grids, "Partnerschap 07", "2027-Q1..2027-Q4", "nl");
    expect(spec.unit).toBe("Partnerschap 07");
    expect(spec.periods).toEqual(["2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4"]);
    // 5 indicators × 4 periods, under the header row.
    expect(spec.sheets.find((sheet) => sheet.name === "Metingen")!.rows).toHaveLength(21);
    expect(() => monitoringTemplateFor(grids, "Partnerschap 07", "2027-Q4..2027-Q1", "nl")).toThrow(
      IndicatorError
    );
    expect(() => monitoringTemplateFor(grids, " ", "2027", "en")).toThrow("unit");
    expect(monitoringFileName("Partnerschap Ōstende 1")).toBe(
      "monitoring-partnerschap-ostende-1.xlsx"
    );
  });

  it("reads stored settings back, dropping what is malformed", () => {
    expect(readIndicatorSettings(null)).toBeUndefined();
    expect(
      readIndicatorSettings({
        period: "2025-q4",
        per: "kwartaal",
        groupBy: ["regio", 3],
        minCell: -1,
        language: "en",
      })
    ).toEqual({
      period: "2025-Q4",
      per: "kwartaal",
      groupBy: ["regio"],
      minCell: 5,
      language: "en",
    });
    expect(readIndicatorSettings({ period: "ooit", per: "eeuw" })).toMatchObject({
      period: null,
      per: null,
    });
  });
});
