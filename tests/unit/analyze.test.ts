/**
 * analyze(): the public JSON report (ARCHITECTURE §3.2) and buildReport(): the engine-neutral
 * Report every adapter publishes. Expected numbers by hand (arithmetic in the comments) or in R.
 */
import { analyze } from "../../src/analysis/analyze";
import { buildReport } from "../../src/report/buildReport";
import { parseCodebookGrid } from "../../src/analysis/codebook";
import type { Dataset } from "../../src/analysis/dataset";
import type { CellValue } from "../../src/analysis/grid";
import { gridFromRows } from "../../src/analysis/grid";
import { ingest } from "../../src/analysis/ingest";
import type { Report, ReportTable } from "../../src/report/reportModel";
import type { AnalysisResult } from "../../src/analysis/results";
import { demosCoordinatorenCodebook } from "../../src/presets/demosCoordinatoren";

/*
 * Twelve networks:
 *        size     region     INZ_01..04   ROL_ACT FAC COP OPD   VER INB_ACT RIC_ACT
 */
const HEADER = [
  "RESP_ID",
  "GROOTTE_KLASSE",
  "REGIO",
  "INZ_01",
  "INZ_02",
  "INZ_03",
  "INZ_04",
  "ROL_ACT_FAC",
  "ROL_ACT_COP",
  "ROL_ACT_OPD",
  "VER_01",
  "INB_ACT",
  "RIC_ACT",
];
const ROWS: CellValue[][] = [
  ["R01", "groot", "Limburg", 4, 2, 5, 3, 2, 5, 1, 4, 4, 2],
  ["R02", "groot", "Limburg", 5, 1, 5, 4, 1, 4, 2, 5, 5, 3],
  ["R03", "groot", "Antwerpen", 4, 2, 4, 2, 4, 4, 2, 2, 4, 4],
  ["R04", "groot", "Antwerpen", 2, 3, 5, 4, 2, 5, 1, 4, 2, 1],
  ["R05", "groot", "Gent", 3, 2, 4, 5, 3, 3, 3, 3, 3, 2],
  ["R06", "groot", "Gent", 4, 4, 4, 2, 5, 2, 1, 4, 5, 5],
  ["R07", "groot", "Limburg", 1, 2, 3, 4, 2, 4, 4, 1, 4, 2],
  ["R08", "klein", "Limburg", 5, 2, 4, 1, 1, 2, 5, 2, 2, 1],
  ["R09", "klein", "Gent", 4, 1, 5, 2, 2, 4, 5, 4, 4, 2],
  ["R10", "klein", "Gent", 2, 5, 4, 4, 1, 5, 4, 5, 3, 3],
  ["R11", null, "Antwerpen", 4, 2, 2, 1, 4, 4, 4, 3, 4, 2],
  ["R12", null, null, 5, 2, 4, 3, 2, 5, 2, 4, 5, 4],
];

function dataset(rows: CellValue[][] = ROWS, header: string[] = HEADER): Dataset {
  return ingest(
    gridFromRows("Antwoorden", [header, ...rows], "antwoorden.xlsx"),
    demosCoordinatorenCodebook()
  );
}

/** 77 respondents answering VIS_01 (for the response rate). */
function seventySeven(): Dataset {
  const rows: CellValue[][] = [["RESP_ID", "VIS_01"]];
  for (let r = 0; r < 77; r += 1) rows.push([`N${r + 1}`, (r % 5) + 1]);
  return ingest(gridFromRows("Antwoorden", rows), demosCoordinatorenCodebook());
}

describe("the JSON contract", () => {
  const result = analyze(dataset(), { groupBy: ["GROOTTE_KLASSE"], population: 104 });
  const json = JSON.parse(JSON.stringify(result)) as Record<string, unknown>;

  it("has exactly the top-level keys of ARCHITECTURE §3.2, in order", () => {
    expect(Object.keys(json)).toEqual([
      "tool",
      "source",
      "options",
      "population",
      "responseRate",
      "items",
      "scales",
      "governance",
      "participation",
      "indicators",
      "groups",
      "comments",
      "issues",
    ]);
    expect(json.tool).toEqual({ name: "netwerkmeter", version: expect.any(String) });
    expect(json.source).toMatchObject({
      file: "antwoorden.xlsx",
      sheet: "Antwoorden",
      respondents: 12,
    });
    expect(json.options).toEqual({
      base: "valid",
      rounding: "exact",
      minCell: 5,
      groupBy: ["GROOTTE_KLASSE"],
    });
  });

  it("every item carries the contract keys", () => {
    const items = json.items as Record<string, unknown>[];
    expect(items).toHaveLength(10);
    for (const item of items) {
      expect(Object.keys(item)).toEqual(
        expect.arrayContaining([
          "id",
          "label",
          "scale",
          "construct",
          "domain",
          "reversed",
          "n",
          "missing",
          "dontKnow",
          "counts",
          "pctLow",
          "pctNeutral",
          "pctHigh",
          "mean",
          "sd",
          "median",
        ])
      );
    }
  });

  it("an item row: counts for every scale point with zeros kept, bands, mean, SD (n − 1), median", () => {
    // INZ_02: 2,1,2,3,2,4,2,2,1,5,2,2 → counts 1:2 2:7 3:1 4:1 5:1 (n 12)
    // low 9/12 = 75 %, neutral 1/12 = 8.33 %, high 2/12 = 16.67 %
    // mean 28/12 = 2.3333; sum of squares 2·1 + 7·4 + 9 + 16 + 25 = 80;
    // var = (80 − 12 · 2.3333²) / 11 = (80 − 65.3333) / 11 = 1.33333 → sd 1.154701; median 2
    const inz02 = result.items.find((item) => item.id === "INZ_02")!;
    expect(inz02.counts).toEqual({ "1": 2, "2": 7, "3": 1, "4": 1, "5": 1 });
    expect(inz02.n).toBe(12);
    expect(inz02.pctLow).toBeCloseTo(75, 10);
    expect(inz02.pctNeutral).toBeCloseTo(100 / 12, 10);
    expect(inz02.pctHigh).toBeCloseTo(200 / 12, 10);
    expect(inz02.mean).toBeCloseTo(28 / 12, 12);
    expect(inz02.sd).toBeCloseTo(Math.sqrt(16 / 12), 12);
    expect(inz02.median).toBe(2);
  });

  it("responseRate = respondents / population × 100 (77 / 104 = 74.038…), null without a population", () => {
    const withPopulation = analyze(seventySeven(), { population: 104 });
    expect(withPopulation.population).toBe(104);
    expect(withPopulation.responseRate).toBeCloseTo(74.03846153846153, 12);
    const without = analyze(seventySeven());
    expect(without.population).toBeNull();
    expect(without.responseRate).toBeNull();
  });

  it("a population smaller than the number of respondents is a warning", () => {
    const result = analyze(seventySeven(), { population: 50 });
    expect(result.issues.find((issue) => issue.code === "POPULATION_TOO_SMALL")).toMatchObject({
      severity: "warning",
    });
  });
});

describe("group breakdowns", () => {
  const result = analyze(dataset(), { groupBy: ["grootteklasse"], minCell: 5 });
  const groups = result.groups;

  it("one group per value in natural order, respondents without a value in '(leeg)' last", () => {
    // groot R01–R07 (7), klein R08–R10 (3), blank R11 R12 (2)
    expect(groups.map((group) => [group.by, group.value, group.n])).toEqual([
      ["GROOTTE_KLASSE", "groot", 7],
      ["GROOTTE_KLASSE", "klein", 3],
      ["GROOTTE_KLASSE", "(leeg)", 2],
    ]);
    expect(groups.reduce((sum, group) => sum + group.n, 0)).toBe(12);
  });

  it("a group at or above minCell shows percentages of its own members", () => {
    // groot INZ_01: 4,5,4,2,3,4,1 → high 4/7 = 57.14 %, low 2/7 = 28.57 %
    const inz01 = groups[0].items.find((item) => item.id === "INZ_01")!;
    expect(inz01.n).toBe(7);
    expect(inz01.pctHigh).toBeCloseTo(400 / 7, 10);
    expect(inz01.pctLow).toBeCloseTo(200 / 7, 10);
    expect(inz01.suppressed).toBeUndefined();
  });

  it("a group of 3 with minCell 5: percentages null, a suppression reason, and a CELL_SUPPRESSED info issue", () => {
    const klein = groups[1];
    for (const item of klein.items) {
      expect(item.n).toBe(3);
      expect(item.pctLow).toBeNull();
      expect(item.pctNeutral).toBeNull();
      expect(item.pctHigh).toBeNull();
      expect(Object.values(item.pcts).every((value) => value === null)).toBe(true);
      expect(item.suppressed).toMatch(/basis 3 .*5/);
    }
    const issues = result.issues.filter((issue) => issue.code === "CELL_SUPPRESSED");
    expect(issues).toHaveLength(2); // klein (3) and (leeg) (2)
    expect(issues[0]).toMatchObject({
      severity: "info",
      sheet: "Antwoorden",
      file: "antwoorden.xlsx",
    });
    expect(issues[0].message).toContain("'klein'");
    expect(issues[1].message).toContain("'(leeg)'");
  });

  it("group governance and participation use the group's own (suppressed) figures", () => {
    expect(groups[0].governance!.domains[0].roles[1].pctHigh).toBeCloseTo((100 * 5) / 7, 10); // COP 5,4,4,5,3,2,4 → 5/7
    expect(groups[1].governance!.domains[0].roles.every((role) => role.pctHigh === null)).toBe(
      true
    );
    expect(groups[1].governance!.domains[0].dominantRole).toBeNull();
    // klein ROL_ACT (FAC, COP, OPD): R08 1,2,5 opd; R09 2,4,5 opd; R10 1,5,4 cop
    expect(groups[1].governance!.styleCounts).toEqual({
      facilitator: 0,
      coproducent: 1,
      opdrachtgever: 2,
      gemengd: 0,
      onbepaald: 0,
    });
    expect(groups[1].participation!.representation!.pctHigh).toBeNull();
  });

  it("minCell 0 never suppresses", () => {
    const open = analyze(dataset(), { groupBy: ["GROOTTE_KLASSE"], minCell: 0 });
    // klein INZ_01: 5,4,2 → 2/3
    expect(open.groups[1].items.find((item) => item.id === "INZ_01")!.pctHigh).toBeCloseTo(
      200 / 3,
      10
    );
    expect(open.issues.some((issue) => issue.code === "CELL_SUPPRESSED")).toBe(false);
  });

  it("'(empty)' in English", () => {
    const english = analyze(dataset(), { groupBy: ["GROOTTE_KLASSE"], language: "en" });
    expect(english.groups.map((group) => group.value)).toEqual(["groot", "klein", "(empty)"]);
  });

  it("an unknown --group-by column is a GROUP_COLUMN_MISSING error naming the available columns", () => {
    const missing = analyze(dataset(), { groupBy: ["Provincie"] });
    const issue = missing.issues.find((candidate) => candidate.code === "GROUP_COLUMN_MISSING")!;
    expect(issue.severity).toBe("error");
    expect(issue.message).toContain("'Provincie'");
    expect(issue.message).toContain("RESP_ID, GROOTTE_KLASSE, REGIO");
    expect(missing.groups).toEqual([]);
  });
});

/*
 * Reverse keying (ARCHITECTURE §3.2): reported as answered in `items`, reversed inside `scales`.
 * Codebook sheet: S1, S2 (omgekeerd), S3 on AKK5, one construct "tevredenheid".
 * S1 4,5,2,3,4,1,5,3,4   S2 2,1,4,3,2,5,2,4,2   S3 5,4,2,3,5,2,4,2,–   (9 respondents, 8 complete)
 */
function reverseDataset(reversedFlag: string): Dataset {
  const { codebook, issues } = parseCodebookGrid(
    gridFromRows("Codeboek", [
      ["item", "tekst", "construct", "schaal", "omgekeerd"],
      ["S1", "Ik ben tevreden.", "tevredenheid", "AKK5", "nee"],
      ["S2", "Ik ben ontevreden.", "tevredenheid", "AKK5", reversedFlag],
      ["S3", "Ik raad het aan.", "tevredenheid", "AKK5", "nee"],
    ])
  );
  expect(issues).toEqual([]);
  const S1 = [4, 5, 2, 3, 4, 1, 5, 3, 4];
  const S2 = [2, 1, 4, 3, 2, 5, 2, 4, 2];
  const S3 = [5, 4, 2, 3, 5, 2, 4, 2, null];
  const rows: CellValue[][] = [
    ["RESP_ID", "S1", "S2", "S3"],
    ...S1.map((_, r) => [`T${r + 1}`, S1[r], S2[r], S3[r]] as CellValue[]),
  ];
  return ingest(gridFromRows("Antwoorden", rows), codebook);
}

describe("reverse-keyed items", () => {
  const reversed = analyze(reverseDataset("ja"));
  const notReversed = analyze(reverseDataset("nee"));

  it("items: the reversed item is reported as answered (mean of the raw codes)", () => {
    // > S2 <- c(2,1,4,3,2,5,2,4,2); format(c(mean(S2), sd(S2), median(S2)), digits = 15)
    // [1] "2.77777777777778" "1.30170827931778" "2.00000000000000"
    const s2 = reversed.items.find((item) => item.id === "S2")!;
    expect(s2.reversed).toBe(true);
    expect(s2.mean).toBeCloseTo(2.77777777777778, 12);
    expect(s2.sd).toBeCloseTo(1.30170827931778, 12);
    expect(s2.median).toBe(2);
    expect(s2.counts).toEqual({ "1": 1, "2": 4, "3": 1, "4": 2, "5": 1 });
    // high = codes 4–5 as answered: 3 of 9
    expect(s2.pctHigh).toBeCloseTo(100 / 3, 10);
    expect(notReversed.items.find((item) => item.id === "S2")!.mean).toBeCloseTo(
      2.77777777777778,
      12
    );
  });

  it("scales: reversed inside (alpha as psych::alpha on 6 − S2), and flipping the flag changes alpha", () => {
    // > d <- na.omit(data.frame(S1, S2 = 6 - S2, S3)); a <- psych::alpha(d)
    // > format(c(a$total$raw_alpha, a$total$std.alpha, nrow(d)), digits = 15)
    // [1] "0.947556615017878" "0.947607039629946" "8.000000000000000"
    // > b <- psych::alpha(na.omit(data.frame(S1, S2, S3)), check.keys = FALSE)
    // > format(c(b$total$raw_alpha, b$total$std.alpha), digits = 15)
    // [1] "-3.37894736842105" "-3.33412233070571"
    const scale = reversed.scales.find((candidate) => candidate.id === "tevredenheid")!;
    expect(scale.items).toEqual(["S1", "S2", "S3"]);
    expect(scale.reversed).toEqual(["S2"]);
    expect(scale.n).toBe(8);
    expect(scale.alpha).toBeCloseTo(0.947556615017878, 10);
    expect(scale.standardizedAlpha).toBeCloseTo(0.947607039629946, 10);
    const flipped = notReversed.scales.find((candidate) => candidate.id === "tevredenheid")!;
    expect(flipped.reversed).toEqual([]);
    expect(flipped.alpha).toBeCloseTo(-3.37894736842105, 10);
    expect(flipped.standardizedAlpha).toBeCloseTo(-3.33412233070571, 10);
  });
});

describe("indicator blocks", () => {
  const result = analyze(dataset());

  it("the INZ block (one construct) is a ranking by pctHigh, descending (seed Table A)", () => {
    // INZ_01 8/12 = 66.7   INZ_02 2/12 = 16.7   INZ_03 10/12 = 83.3   INZ_04 5/12 = 41.7
    const block = result.indicators.find(
      (candidate) => candidate.title === "Beleidsthema – inzet"
    )!;
    expect(block.scale).toBe("INZ5");
    expect([block.lowLabel, block.highLabel]).toEqual(["Zwakke inzet", "Sterke inzet"]);
    expect(block.items.map((item) => item.id)).toEqual(["INZ_03", "INZ_01", "INZ_04", "INZ_02"]);
    expect(block.items.map((item) => item.pctHigh)).toEqual([
      (100 * 10) / 12,
      (100 * 8) / 12,
      (100 * 5) / 12,
      (100 * 2) / 12,
    ]);
  });

  it("the role block keeps questionnaire order although coproducent scores highest", () => {
    // FAC 3/12 = 25, COP 9/12 = 75, OPD 5/12 = 41.7
    const block = result.indicators.find(
      (candidate) => candidate.title === "Bestuursstijl – acties"
    )!;
    expect(block.items.map((item) => item.id)).toEqual([
      "ROL_ACT_FAC",
      "ROL_ACT_COP",
      "ROL_ACT_OPD",
    ]);
    expect(block.items.map((item) => item.pctHigh)).toEqual([25, 75, (100 * 5) / 12]);
    expect([block.lowLabel, block.highLabel]).toEqual(["Niet akkoord", "Wel akkoord"]);
  });

  it("items without a construct are not a ranking: they keep questionnaire order", () => {
    const { codebook } = parseCodebookGrid(
      gridFromRows("Codeboek", [
        ["item", "tekst", "schaal"],
        ["Q1", "Eerste vraag", "AKK5"],
        ["Q2", "Tweede vraag", "AKK5"],
        ["Q3", "Derde vraag", "AKK5"],
      ])
    );
    // Q1 high 0/3, Q2 high 3/3, Q3 high 1/3: a ranking would give Q2, Q3, Q1
    const data = ingest(
      gridFromRows("Antwoorden", [
        ["Q1", "Q2", "Q3"],
        [1, 4, 5],
        [2, 5, 2],
        [3, 4, 1],
      ]),
      codebook
    );
    const blocks = analyze(data).indicators;
    expect(blocks).toHaveLength(1);
    expect(blocks[0].title).toBe("Overige items");
    expect(blocks[0].items.map((item) => item.id)).toEqual(["Q1", "Q2", "Q3"]);
  });

  it("block ids are B01, B02, … in questionnaire order of their sections", () => {
    expect(result.indicators.map((block) => [block.id, block.title])).toEqual([
      ["B01", "Beleidsthema – inzet"],
      ["B02", "Bestuursstijl – acties"],
      ["B03", "Bestuursstijl – vertegenwoordiging"],
    ]);
  });
});

function allTables(report: Report): ReportTable[] {
  return report.sheets.flatMap((sheet) => sheet.tables);
}

function fullResult(
  language: "nl" | "en" = "nl",
  groupBy = ["GROOTTE_KLASSE", "REGIO"]
): AnalysisResult {
  return analyze(dataset(), { groupBy, population: 20, language });
}

describe("buildReport", () => {
  const result = fullResult();
  const report = buildReport(result);
  const tables = allTables(report);

  it("has the expected sheets", () => {
    const names = report.sheets.map((sheet) => sheet.name);
    for (const name of [
      "Overzicht",
      "Items",
      "Rollen",
      "Stijl per netwerk",
      "Stijl naar GROOTTE_KLASSE",
      "Participatie",
      "Participatie-index",
      "Items naar REGIO",
      "Problemen",
    ]) {
      expect(names).toContain(name);
    }
  });

  it("every table states n and the percentage base in its notes", () => {
    for (const table of tables) {
      const notes = table.notes.join(" ");
      expect({
        table: table.name,
        hasN: /\bn = \d+/.test(notes),
        hasBase: /\bbasis\b/i.test(notes),
      }).toEqual({ table: table.name, hasN: true, hasBase: true });
    }
  });

  it("sheet names are at most 31 characters, free of : \\ / ? * [ ], and unique (ignoring case)", () => {
    const names = report.sheets.map((sheet) => sheet.name);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[:\\/?*[\]]/);
    }
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
  });

  it("sheet names stay unique when two long group columns share their first 30 characters", () => {
    const header = [
      ...HEADER.slice(0, 3),
      "Grootteklasse van de gemeente 2016",
      "Grootteklasse van de gemeente 2020",
      ...HEADER.slice(3),
    ];
    const rows = ROWS.map((row) => [...row.slice(0, 3), row[1], row[1], ...row.slice(3)]);
    const long = analyze(dataset(rows, header), {
      groupBy: ["Grootteklasse van de gemeente 2016", "Grootteklasse van de gemeente 2020"],
    });
    const names = buildReport(long).sheets.map((sheet) => sheet.name);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
  });

  it("table names are valid Excel names, not cell references, unique (ignoring case)", () => {
    const names = tables.map((table) => table.name);
    for (const name of names) {
      expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9_.]*$/);
      expect(name).not.toMatch(/^[A-Za-z]{1,3}\d+$|^[RrCc]$|^[Rr]\d*[Cc]\d*$/);
      expect(name.length).toBeLessThanOrEqual(255);
    }
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
  });

  it("table and chart names stay unique when two group columns differ only in punctuation", () => {
    // tableName() turns both "Regio's" and "Regio s" into NM_Items_Regio_s
    const header = [...HEADER.slice(0, 3), "Regio's", "Regio s", ...HEADER.slice(3)];
    const rows = ROWS.map((row) => [...row.slice(0, 3), row[2], row[2], ...row.slice(3)]);
    const clash = analyze(dataset(rows, header), { groupBy: ["Regio's", "Regio s"] });
    expect(clash.groups.map((group) => group.by)).toEqual(
      expect.arrayContaining(["Regio's", "Regio s"])
    );
    const report = buildReport(clash);
    const names = allTables(report).map((table) => table.name);
    const charts = report.sheets.flatMap((sheet) => sheet.charts);
    expect(new Set(charts.map((chart) => chart.name.toLowerCase())).size).toBe(charts.length);
    // every chart points at a table of its own sheet
    for (const sheet of report.sheets)
      for (const chart of sheet.charts)
        expect(sheet.tables.map((table) => table.name)).toContain(chart.table);
    for (const name of names) expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9_.]*$/);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
  });

  it("every column has a key and a heading; every row has one cell per column", () => {
    for (const table of tables) {
      for (const column of table.columns) expect(column.header.length).toBeGreaterThan(0);
      for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
    }
  });

  it("Dutch seed headings: 'Niet akkoord' / 'Wel akkoord' and 'Score (%)' on the role and indicator tables", () => {
    const roles = tables.find((table) => table.name === "NM_Rollen")!;
    const headers = roles.columns.map((column) => column.header);
    expect(headers).toContain("Niet akkoord");
    expect(headers).toContain("Wel akkoord");
    expect(roles.notes[0]).toMatch(/^Score \(%\)/);
    // ROL_ACT rows in role order: FAC 25 / COP 75 / OPD 41.7 wel akkoord
    expect(roles.rows.map((row) => row[1])).toEqual([
      "Facilitator",
      "Coproducent",
      "Opdrachtgever",
    ]);
    const roleBlock = tables.find((table) => table.title === "Bestuursstijl – acties")!;
    expect(roleBlock.columns.map((column) => column.header)).toEqual([
      "Items",
      "n",
      "Niet akkoord",
      "Neutraal",
      "Wel akkoord",
      "Dēmos 2016 (%)",
    ]);
    expect(roleBlock.notes[0]).toBe("Score (%)");
    // The preset's reference figures (seed 002 Table C) beside "Wel akkoord", in role order.
    expect(roleBlock.rows.map((row) => row[row.length - 1])).toEqual([29.9, 74.1, 28.6]);
    expect(roleBlock.notes.join(" ")).toContain(
      "Dēmos 2016: het gepubliceerde aandeel wel akkoord"
    );
    const inzet = tables.find((table) => table.title === "Beleidsthema – inzet")!;
    expect(inzet.columns.map((column) => column.header)).toEqual([
      "Items",
      "n",
      "Zwakke inzet",
      "Neutraal",
      "Sterke inzet",
      "Dēmos 2016 (%)",
    ]);
    expect(inzet.notes[0]).toBe("Score (%)");
    const chart = report.sheets
      .flatMap((sheet) => sheet.charts)
      .find((spec) => spec.table === inzet.name)!;
    // The diverging Likert bar with the reference as a black marker series; a marker cannot cross
    // horizontal bars (XLSX-CHARTS.md), so the block's chart stands upright.
    expect(chart.kind).toBe("divergingBar");
    expect(chart.orientation).toBe("vertical");
    expect(chart.series.map((series) => [series.column, series.draw ?? "bar"])).toEqual([
      ["pctLow", "bar"],
      ["pctNeutral", "bar"],
      ["pctHigh", "bar"],
      ["reference", "marker"],
    ]);
    expect(chart.series[3].color).toBe("#000000");
    // Items and roles tables carry the figure too.
    const items = tables.find((table) => table.name === "NM_Items")!;
    const referenceAt = items.columns.findIndex((column) => column.key === "reference");
    expect(items.columns[referenceAt - 1].key).toBe("pctHigh");
    expect(items.rows.find((row) => row[0] === "INZ_01")![referenceAt]).toBe(81.9);
    expect(roles.columns.map((column) => column.key)).toContain("reference");
    expect(inzet.columns.find((column) => column.key === "pctHigh")!.format).toBe("percent1");
  });

  it("English headings with language 'en'", () => {
    const english = buildReport(fullResult("en"), { language: "en" });
    const names = english.sheets.map((sheet) => sheet.name);
    expect(names).toEqual(
      expect.arrayContaining(["Overview", "Items", "Roles", "Participation", "Problems"])
    );
    const roles = allTables(english).find((table) => table.name === "NM_Rollen")!;
    expect(roles.columns.map((column) => column.header)).toEqual(
      expect.arrayContaining(["Disagree", "Agree", "Domain", "Role"])
    );
    expect(roles.notes.join(" ")).toMatch(/base: valid/);
    expect(roles.rows.map((row) => row[1])).toEqual(["Facilitator", "Co-producer", "Commissioner"]);
    const inzet = allTables(english).find((table) => table.title === "Beleidsthema – inzet")!;
    expect(inzet.columns.map((column) => column.header)).toEqual([
      "Items",
      "n",
      "Weak effort",
      "Neutral",
      "Strong effort",
      "Dēmos 2016 (%)",
    ]);
    for (const table of allTables(english))
      expect(table.notes.join(" ")).not.toMatch(/respondenten|basis:/);
  });

  it("the overview carries respondents, population and response rate (12 / 20 = 60 %)", () => {
    const overview = tables.find((table) => table.name === "NM_Overzicht")!;
    const byField = Object.fromEntries(overview.rows.map(([field, value]) => [field, value]));
    expect(byField.Respondenten).toBe(12);
    expect(byField.Populatie).toBe(20);
    expect(byField["Responsgraad (%)"]).toBe(60);
  });
});
