/**
 * Governance roles (domain/SPEC.md §1.3, §7b; ARCHITECTURE §3.2 "governance"): the per-domain role
 * table, the dominant role, per-respondent styles, style counts and the style × size-class cross-tab.
 * Every expected number is computed by hand below (arithmetic in the comments) or in R 4.2.
 */
import { analyze } from "../../src/analysis/analyze";
import type { CellValue } from "../../src/analysis/grid";
import { gridFromRows } from "../../src/analysis/grid";
import {
  analyzeGovernance,
  classifyRespondents,
  dominantOf,
  overallStyleOf,
  STYLES,
  styleOf,
} from "../../src/analysis/governance";
import { ingest } from "../../src/analysis/ingest";
import { summarizeItem } from "../../src/analysis/itemSummary";
import type {
  GovernanceStyle,
  ItemSummary,
  RoundingMode,
  PercentBase,
} from "../../src/analysis/results";
import { demosCoordinatorenCodebook } from "../../src/presets/demosCoordinatoren";
import type { Dataset } from "../../src/analysis/dataset";

const AKK5_HIGH = [4, 5];

describe("styleOf (one respondent, one domain)", () => {
  it("picks the single role with the highest agreement code", () => {
    expect(
      styleOf(
        [
          { role: "facilitator", code: 4 },
          { role: "coproducent", code: 5 },
          { role: "opdrachtgever", code: 1 },
        ],
        AKK5_HIGH
      )
    ).toBe("coproducent");
    expect(
      styleOf(
        [
          { role: "facilitator", code: 2 },
          { role: "coproducent", code: 3 },
          { role: "opdrachtgever", code: 4 },
        ],
        AKK5_HIGH
      )
    ).toBe("opdrachtgever");
  });

  it("gives gemengd when two roles share the highest agreement code", () => {
    expect(
      styleOf(
        [
          { role: "facilitator", code: 5 },
          { role: "coproducent", code: 5 },
          { role: "opdrachtgever", code: 2 },
        ],
        AKK5_HIGH
      )
    ).toBe("gemengd");
    // 4 = 4 = 4: three-way tie
    expect(
      styleOf(
        [
          { role: "facilitator", code: 4 },
          { role: "coproducent", code: 4 },
          { role: "opdrachtgever", code: 4 },
        ],
        AKK5_HIGH
      )
    ).toBe("gemengd");
  });

  it("a lower agreement (4) loses against a higher one (5): no tie", () => {
    expect(
      styleOf(
        [
          { role: "facilitator", code: 5 },
          { role: "coproducent", code: 4 },
          { role: "opdrachtgever", code: 4 },
        ],
        AKK5_HIGH
      )
    ).toBe("facilitator");
  });

  it("gives onbepaald when nobody agrees (all codes ≤ 3), however high the neutral codes", () => {
    expect(
      styleOf(
        [
          { role: "facilitator", code: 3 },
          { role: "coproducent", code: 3 },
          { role: "opdrachtgever", code: 3 },
        ],
        AKK5_HIGH
      )
    ).toBe("onbepaald");
    expect(
      styleOf(
        [
          { role: "facilitator", code: 1 },
          { role: "coproducent", code: 2 },
          { role: "opdrachtgever", code: 3 },
        ],
        AKK5_HIGH
      )
    ).toBe("onbepaald");
  });

  it("ignores missing answers: one agreeing role among missing ones decides; all missing is onbepaald", () => {
    expect(
      styleOf(
        [
          { role: "facilitator", code: null },
          { role: "coproducent", code: 4 },
          { role: "opdrachtgever", code: null },
        ],
        AKK5_HIGH
      )
    ).toBe("coproducent");
    expect(
      styleOf(
        [
          { role: "facilitator", code: null },
          { role: "coproducent", code: null },
          { role: "opdrachtgever", code: null },
        ],
        AKK5_HIGH
      )
    ).toBe("onbepaald");
    expect(styleOf([], AKK5_HIGH)).toBe("onbepaald");
  });

  it("uses the high band it is given (a 1–7 scale: 5–7 agree)", () => {
    expect(
      styleOf(
        [
          { role: "facilitator", code: 4 },
          { role: "coproducent", code: 5 },
        ],
        [5, 6, 7]
      )
    ).toBe("coproducent");
    expect(
      styleOf(
        [
          { role: "facilitator", code: 4 },
          { role: "coproducent", code: 4 },
        ],
        [5, 6, 7]
      )
    ).toBe("onbepaald");
  });
});

describe("overallStyleOf (modal style across domains)", () => {
  it("takes the most frequent determined style", () => {
    expect(overallStyleOf(["coproducent", "coproducent", "facilitator"])).toBe("coproducent");
    expect(overallStyleOf(["coproducent", "onbepaald", "coproducent"])).toBe("coproducent");
  });

  it("does not count onbepaald: one determined domain decides", () => {
    expect(overallStyleOf(["onbepaald", "onbepaald", "opdrachtgever"])).toBe("opdrachtgever");
  });

  it("gives gemengd when determined styles tie (mixed domains)", () => {
    expect(overallStyleOf(["facilitator", "coproducent"])).toBe("gemengd");
    expect(overallStyleOf(["facilitator", "coproducent", "opdrachtgever"])).toBe("gemengd");
    expect(overallStyleOf(["facilitator", "coproducent", "onbepaald"])).toBe("gemengd");
  });

  it("counts gemengd domains like any other style", () => {
    // gemengd 2 × against facilitator 1 ×
    expect(overallStyleOf(["gemengd", "facilitator", "gemengd"])).toBe("gemengd");
    // facilitator 2 × against gemengd 1 ×
    expect(overallStyleOf(["gemengd", "facilitator", "facilitator"])).toBe("facilitator");
  });

  it("gives onbepaald when no domain is determined or there are no domains", () => {
    expect(overallStyleOf(["onbepaald", "onbepaald", "onbepaald"])).toBe("onbepaald");
    expect(overallStyleOf([])).toBe("onbepaald");
  });
});

describe("dominantOf (group level)", () => {
  it("picks the role with the highest pctHigh (seed Table C: coproducent)", () => {
    expect(
      dominantOf([
        { role: "facilitator", pctHigh: 29.9 },
        { role: "coproducent", pctHigh: 74.1 },
        { role: "opdrachtgever", pctHigh: 28.6 },
      ])
    ).toBe("coproducent");
  });

  it("ties → gemengd, also within floating-point noise", () => {
    expect(
      dominantOf([
        { role: "facilitator", pctHigh: 40 },
        { role: "coproducent", pctHigh: 40 },
        { role: "opdrachtgever", pctHigh: 10 },
      ])
    ).toBe("gemengd");
    // 100 * 7 / 30 and 23.3333… computed another way differ in the last bits only
    expect(
      dominantOf([
        { role: "facilitator", pctHigh: (100 * 7) / 30 },
        { role: "opdrachtgever", pctHigh: (7 / 30) * 100 },
      ])
    ).toBe("gemengd");
  });

  it("skips unknown (suppressed) percentages; all unknown → null", () => {
    expect(
      dominantOf([
        { role: "facilitator", pctHigh: null },
        { role: "opdrachtgever", pctHigh: 12.5 },
      ])
    ).toBe("opdrachtgever");
    expect(
      dominantOf([
        { role: "facilitator", pctHigh: null },
        { role: "coproducent", pctHigh: null },
      ])
    ).toBeNull();
    expect(dominantOf([])).toBeNull();
  });
});

/*
 * Hand-made grid: 12 networks, the nine role items (FAC, COP, OPD per domain), a size class.
 * Per respondent, (FAC, COP, OPD) codes → style per domain, and the overall style:
 *
 *        size    visie         doelstellingen   acties            overall
 *  N01   groot   5,3,1 fac     4,2,2 fac        5,4,1 fac         fac
 *  N02   groot   4,4,2 gem     5,4,1 fac        4,2,1 fac         fac (2 × fac vs 1 × gem)
 *  N03   groot   2,5,1 cop     2,5,2 cop        3,4,3 cop         cop
 *  N04   groot   4,5,2 cop     5,4,2 fac        3,3,3 onb         gem (cop 1 = fac 1)
 *  N05   groot   1,5,1 cop     –,4,2 cop        2,5,wn cop        cop
 *  N06   groot   3,3,3 onb     2,2,2 onb        –,–,– onb         onb
 *  N07   klein   1,2,5 opd     1,3,5 opd        2,4,5 opd         opd
 *  N08   klein   2,4,5 opd     2,5,4 cop        1,2,4 opd         opd
 *  N09   klein   2,5,5 gem     2,5,5 gem        1,4,5 opd         gem
 *  N10   klein   3,5,2 cop     3,4,2 cop        2,5,4 cop         cop
 *  N11   klein   1,4,4 gem     2,2,4 opd        2,3,5 opd         opd
 *  N12   (leeg)  4,4,4 gem     5,3,3 fac        4,4,1 gem         gem
 *
 * ("–" blank = missing, "wn" = "weet niet" = don't know.)
 * styleCounts: fac 2 (N01 N02), cop 3 (N03 N05 N10), opd 3 (N07 N08 N11), gem 3 (N04 N09 N12), onb 1 (N06).
 */
const HEADER = [
  "RESP_ID",
  "GROOTTE_KLASSE",
  "ROL_VIS_FAC",
  "ROL_VIS_COP",
  "ROL_VIS_OPD",
  "ROL_DOE_FAC",
  "ROL_DOE_COP",
  "ROL_DOE_OPD",
  "ROL_ACT_FAC",
  "ROL_ACT_COP",
  "ROL_ACT_OPD",
];
const ROWS: CellValue[][] = [
  ["N01", "groot", 5, 3, 1, 4, 2, 2, 5, 4, 1],
  ["N02", "groot", 4, 4, 2, 5, 4, 1, 4, 2, 1],
  ["N03", "groot", 2, 5, 1, 2, 5, 2, 3, 4, 3],
  ["N04", "groot", 4, 5, 2, 5, 4, 2, 3, 3, 3],
  ["N05", "groot", 1, 5, 1, null, 4, 2, 2, 5, "weet niet"],
  ["N06", "groot", 3, 3, 3, 2, 2, 2, null, null, null],
  ["N07", "klein", 1, 2, 5, 1, 3, 5, 2, 4, 5],
  ["N08", "klein", 2, 4, 5, 2, 5, 4, 1, 2, 4],
  ["N09", "klein", 2, 5, 5, 2, 5, 5, 1, 4, 5],
  ["N10", "klein", 3, 5, 2, 3, 4, 2, 2, 5, 4],
  ["N11", "klein", 1, 4, 4, 2, 2, 4, 2, 3, 5],
  ["N12", null, 4, 4, 4, 5, 3, 3, 4, 4, 1],
];

function dataset(): Dataset {
  return ingest(gridFromRows("Antwoorden", [HEADER, ...ROWS]), demosCoordinatorenCodebook());
}

function summaries(
  data: Dataset,
  base: PercentBase = "valid",
  rounding: RoundingMode = "exact"
): Map<string, ItemSummary> {
  return new Map(
    data.items.map((column) => [column.item.id, summarizeItem(column, { base, rounding })])
  );
}

describe("analyzeGovernance on a 12-network grid", () => {
  const data = dataset();
  const size = data.background.find((column) => column.id === "GROOTTE_KLASSE")!;
  const governance = analyzeGovernance(data, summaries(data), {
    rounding: "exact",
    groupColumns: [size],
  })!;

  it("reads the grid without problems", () => {
    expect(data.respondentIds).toHaveLength(12);
    expect(data.issues.filter((issue) => issue.severity !== "info")).toEqual([]);
  });

  it("has the three domains in order, each with the roles in seed order", () => {
    expect(governance.domains.map((domain) => domain.domain)).toEqual([
      "visie",
      "doelstellingen",
      "acties",
    ]);
    for (const domain of governance.domains) {
      expect(domain.roles.map((role) => role.role)).toEqual([
        "facilitator",
        "coproducent",
        "opdrachtgever",
      ]);
    }
    expect(governance.domains[2].roles.map((role) => role.item)).toEqual([
      "ROL_ACT_FAC",
      "ROL_ACT_COP",
      "ROL_ACT_OPD",
    ]);
  });

  it("visie: role table on 12 valid answers", () => {
    // FAC 5,4,2,4,1,3,1,2,2,3,1,4 → low (1–2): 6, neutral: 2, high (4–5): 4 → 50 %, 33.33 %, net −16.67
    // COP 3,4,5,5,5,3,2,4,5,5,4,4 → low 1, neutral 2, high 9 → 8.33 %, 75 %, net 66.67
    // OPD 1,2,1,2,1,3,5,5,5,2,4,4 → low 6, neutral 1, high 5 → 50 %, 41.67 %, net −8.33
    const [fac, cop, opd] = governance.domains[0].roles;
    expect(fac.n).toBe(12);
    expect(fac.pctLow).toBeCloseTo(50, 10);
    expect(fac.pctHigh).toBeCloseTo(100 / 3, 10);
    expect(fac.net).toBeCloseTo(100 / 3 - 50, 10);
    expect(cop.pctLow).toBeCloseTo(100 / 12, 10);
    expect(cop.pctHigh).toBeCloseTo(75, 10);
    expect(cop.net).toBeCloseTo(75 - 100 / 12, 10);
    expect(opd.pctLow).toBeCloseTo(50, 10);
    expect(opd.pctHigh).toBeCloseTo(500 / 12, 10);
    expect(opd.net).toBeCloseTo(500 / 12 - 50, 10);
    expect(governance.domains[0].dominantRole).toBe("coproducent");
  });

  it("doelstellingen: a missing answer shrinks n to 11 for that item only (base valid)", () => {
    // FAC 4,5,2,5,–,2,1,2,2,3,2,5 → n 11; low 6, high 4 → 54.55 %, 36.36 %
    // COP 2,4,5,4,4,2,3,5,5,4,2,3 → n 12; low 3, high 7 → 25 %, 58.33 %
    // OPD 2,1,2,2,2,2,5,4,5,2,4,3 → n 12; low 7, high 4 → 58.33 %, 33.33 %
    const [fac, cop, opd] = governance.domains[1].roles;
    expect([fac.n, cop.n, opd.n]).toEqual([11, 12, 12]);
    expect(fac.pctLow).toBeCloseTo(600 / 11, 10);
    expect(fac.pctHigh).toBeCloseTo(400 / 11, 10);
    expect(cop.pctLow).toBeCloseTo(25, 10);
    expect(cop.pctHigh).toBeCloseTo(700 / 12, 10);
    expect(opd.pctLow).toBeCloseTo(700 / 12, 10);
    expect(opd.pctHigh).toBeCloseTo(400 / 12, 10);
    expect(governance.domains[1].dominantRole).toBe("coproducent");
  });

  it("acties: missing and don't-know answers are both left out of a valid base", () => {
    // FAC 5,4,3,3,2,–,2,1,1,2,2,4 → n 11; low 6, high 3
    // COP 4,2,4,3,5,–,4,2,4,5,3,4 → n 11; low 2, high 7
    // OPD 1,1,3,3,wn,–,5,4,5,4,5,1 → n 10; low 3, high 5
    const [fac, cop, opd] = governance.domains[2].roles;
    expect([fac.n, cop.n, opd.n]).toEqual([11, 11, 10]);
    expect(fac.pctHigh).toBeCloseTo(300 / 11, 10);
    expect(cop.pctHigh).toBeCloseTo(700 / 11, 10);
    expect(cop.net).toBeCloseTo(500 / 11, 10);
    expect(opd.pctLow).toBeCloseTo(30, 10);
    expect(opd.pctHigh).toBeCloseTo(50, 10);
    expect(opd.net).toBeCloseTo(20, 10);
    expect(governance.domains[2].dominantRole).toBe("coproducent");
  });

  it("with base all every percentage is of the 12 respondents", () => {
    const all = analyzeGovernance(data, summaries(data, "all"), { rounding: "exact" })!;
    const [fac, cop, opd] = all.domains[2].roles;
    // 3/12, 7/12, 5/12
    expect(fac.pctHigh).toBeCloseTo(25, 10);
    expect(cop.pctHigh).toBeCloseTo(700 / 12, 10);
    expect(opd.pctHigh).toBeCloseTo(500 / 12, 10);
    // OPD low 3/12 = 25 %; net 41.67 − 25 = 16.67
    expect(opd.net).toBeCloseTo(500 / 12 - 25, 10);
  });

  it("gives every respondent a style per domain and an overall style", () => {
    const expected: [string, GovernanceStyle, GovernanceStyle, GovernanceStyle, GovernanceStyle][] =
      [
        ["N01", "facilitator", "facilitator", "facilitator", "facilitator"],
        ["N02", "gemengd", "facilitator", "facilitator", "facilitator"],
        ["N03", "coproducent", "coproducent", "coproducent", "coproducent"],
        ["N04", "coproducent", "facilitator", "onbepaald", "gemengd"],
        ["N05", "coproducent", "coproducent", "coproducent", "coproducent"],
        ["N06", "onbepaald", "onbepaald", "onbepaald", "onbepaald"],
        ["N07", "opdrachtgever", "opdrachtgever", "opdrachtgever", "opdrachtgever"],
        ["N08", "opdrachtgever", "coproducent", "opdrachtgever", "opdrachtgever"],
        ["N09", "gemengd", "gemengd", "opdrachtgever", "gemengd"],
        ["N10", "coproducent", "coproducent", "coproducent", "coproducent"],
        ["N11", "gemengd", "opdrachtgever", "opdrachtgever", "opdrachtgever"],
        ["N12", "gemengd", "facilitator", "gemengd", "gemengd"],
      ];
    expect(governance.respondents).toEqual(
      expected.map(([respondent, visie, doelstellingen, acties, overall]) => ({
        respondent,
        styles: { visie, doelstellingen, acties },
        overall,
      }))
    );
  });

  it("counts overall styles with all five keys present", () => {
    expect(Object.keys(governance.styleCounts)).toEqual([...STYLES]);
    expect(governance.styleCounts).toEqual({
      facilitator: 2,
      coproducent: 3,
      opdrachtgever: 3,
      gemengd: 3,
      onbepaald: 1,
    });
  });

  it("keeps all five keys, zeros included, when a style does not occur", () => {
    const onlyFirst = analyzeGovernance(data, summaries(data), {
      rounding: "exact",
      rows: [0, 2],
    })!;
    // N01 facilitator, N03 coproducent
    expect(onlyFirst.styleCounts).toEqual({
      facilitator: 1,
      coproducent: 1,
      opdrachtgever: 0,
      gemengd: 0,
      onbepaald: 0,
    });
    expect(onlyFirst.respondents.map((respondent) => respondent.respondent)).toEqual([
      "N01",
      "N03",
    ]);
  });

  it("cross-tabulates the overall style by size class (N12 without a size class left out), as R's chisq.test", () => {
    // groot: fac 2 (N01 N02), cop 2 (N03 N05), opd 0, gem 1 (N04), onb 1 (N06)  = 6
    // klein: fac 0, cop 1 (N10), opd 3 (N07 N08 N11), gem 1 (N09), onb 0        = 5
    // > t <- matrix(c(2,2,0,1,1, 0,1,3,1,0), nrow = 2, byrow = TRUE)
    // > x <- chisq.test(t, correct = FALSE)        # warns: approximation may be incorrect
    // > format(c(x$statistic, x$parameter, x$p.value), digits = 15)
    // "6.294444444444445" "4.000000000000000" "0.178211638232171"
    // > format(sqrt(x$statistic / (sum(t) * (min(dim(t)) - 1))), digits = 15)
    // "0.756453714527348"
    // > sum(x$expected < 5)   # every expected count is below 5 (largest 6 × 3 / 11 = 1.64)
    // [1] 10
    expect(governance.crosstabs).toHaveLength(1);
    const table = governance.crosstabs[0];
    expect(table.by).toBe("GROOTTE_KLASSE");
    expect(table.table).toEqual({
      groot: { facilitator: 2, coproducent: 2, opdrachtgever: 0, gemengd: 1, onbepaald: 1 },
      klein: { facilitator: 0, coproducent: 1, opdrachtgever: 3, gemengd: 1, onbepaald: 0 },
    });
    expect(table.chiSquare).toBeCloseTo(6.294444444444445, 10);
    expect(table.df).toBe(4);
    expect(table.p).toBeCloseTo(0.178211638232171, 10);
    expect(table.cramersV).toBeCloseTo(0.756453714527348, 10);
    expect(table.smallExpected).toBe(true);
    expect(table.cellsExpectedBelow5).toBe(10);
  });

  it("analyze() reports the cross-tab's small expected counts as an info issue", () => {
    const result = analyze(dataset(), { groupBy: ["grootteklasse"] });
    expect(result.governance!.crosstabs[0].chiSquare).toBeCloseTo(6.294444444444445, 10);
    const issue = result.issues.find((candidate) => candidate.code === "SMALL_EXPECTED_COUNT");
    expect(issue).toMatchObject({ severity: "info", sheet: "Antwoorden" });
    expect(issue!.message).toContain("10");
  });

  it("is null when the codebook has no role items in the data", () => {
    const noRoles = ingest(
      gridFromRows("Antwoorden", [
        ["RESP_ID", "VIS_01"],
        ["N01", 4],
        ["N02", 2],
      ]),
      demosCoordinatorenCodebook()
    );
    expect(analyzeGovernance(noRoles, summaries(noRoles), { rounding: "exact" })).toBeNull();
  });
});

/*
 * Legacy rounding (SPEC §1.6, ARCHITECTURE §3.2): seed 002 Table C, 77 respondents, base all.
 * Counts per code 1..5 chosen so that each band's category percentages, rounded to one decimal
 * first and then added, give the printed figures (x/77 × 100, half-up to one decimal):
 *
 *  FAC  1: 20 → 25.974 → 26.0   2: 19 → 24.675 → 24.7   low 26.0 + 24.7 = 50.7 (direct 39/77 = 50.649 → 50.6)
 *       3: 15 → 19.481 → 19.5
 *       4: 10 → 12.987 → 13.0   5: 13 → 16.883 → 16.9   high 13.0 + 16.9 = 29.9 (23/77 = 29.870)
 *       net 29.9 − 50.7 = −20.8
 *  COP  1:  6 →  7.792 →  7.8   2:  7 →  9.091 →  9.1   low 16.9 (13/77 = 16.883)
 *       3:  7 →  9.091 →  9.1
 *       4: 30 → 38.961 → 39.0   5: 27 → 35.065 → 35.1   high 74.1 (direct 57/77 = 74.026 → 74.0)
 *       net 74.1 − 16.9 = +57.2
 *  OPD  1: 20 → 26.0            2: 20 → 26.0            low 52.0 (direct 40/77 = 51.948 → 51.9)
 *       3: 15 → 19.5
 *       4: 11 → 14.286 → 14.3   5: 11 → 14.3            high 28.6 (22/77 = 28.571)
 *       net 28.6 − 52.0 = −23.4
 * Each column sums to 77; the neutral 15 / 7 / 15 are the respondents SPEC §1.6 finds missing from
 * both printed columns.
 */
const TABLE_C: Record<string, number[]> = {
  ROL_ACT_FAC: [20, 19, 15, 10, 13],
  ROL_ACT_COP: [6, 7, 7, 30, 27],
  ROL_ACT_OPD: [20, 20, 15, 11, 11],
};

function columnFromCounts(counts: number[]): number[] {
  return counts.flatMap((count, index) => new Array<number>(count).fill(index + 1));
}

function tableCDataset(): Dataset {
  const ids = Object.keys(TABLE_C);
  const columns = ids.map((id) => columnFromCounts(TABLE_C[id]));
  const rows: CellValue[][] = [["RESP_ID", ...ids]];
  for (let r = 0; r < 77; r += 1)
    rows.push([`Netwerk ${String(r + 1).padStart(3, "0")}`, ...columns.map((column) => column[r])]);
  return ingest(gridFromRows("Antwoorden", rows), demosCoordinatorenCodebook());
}

describe("legacy rounding reproduces seed 002 Table C", () => {
  const data = tableCDataset();
  const legacySummaries = summaries(data, "all", "legacy");
  const governance = analyzeGovernance(data, legacySummaries, { rounding: "legacy" })!;
  const acties = governance.domains.find((domain) => domain.domain === "acties")!;

  it("has 77 respondents and only the acties domain", () => {
    expect(data.respondentIds).toHaveLength(77);
    for (const id of Object.keys(TABLE_C)) expect(TABLE_C[id].reduce((a, b) => a + b, 0)).toBe(77);
    expect(governance.domains.map((domain) => domain.domain)).toEqual(["acties"]);
  });

  it("prints Niet / Wel akkoord 50.7 / 29.9, 16.9 / 74.1, 52.0 / 28.6 and net −20.8, +57.2, −23.4", () => {
    expect(
      acties.roles.map((role) => [role.role, role.n, role.pctLow, role.pctHigh, role.net])
    ).toEqual([
      ["facilitator", 77, 50.7, 29.9, -20.8],
      ["coproducent", 77, 16.9, 74.1, 57.2],
      ["opdrachtgever", 77, 52, 28.6, -23.4],
    ]);
    expect(acties.dominantRole).toBe("coproducent");
  });

  it("the printed band figures are the category parts, each rounded to one decimal, added", () => {
    const fac = legacySummaries.get("ROL_ACT_FAC")!;
    expect(fac.pcts).toEqual({ "1": 26, "2": 24.7, "3": 19.5, "4": 13, "5": 16.9 });
    const cop = legacySummaries.get("ROL_ACT_COP")!;
    expect(cop.pcts).toEqual({ "1": 7.8, "2": 9.1, "3": 9.1, "4": 39, "5": 35.1 });
    const opd = legacySummaries.get("ROL_ACT_OPD")!;
    expect(opd.pcts).toEqual({ "1": 26, "2": 26, "3": 19.5, "4": 14.3, "5": 14.3 });
    for (const summary of [fac, cop, opd]) {
      const parts = summary.pcts as Record<string, number>;
      expect(summary.pctLow).toBeCloseTo(parts["1"] + parts["2"], 10);
      expect(summary.pctHigh).toBeCloseTo(parts["4"] + parts["5"], 10);
    }
  });

  it("exact rounding gives the direct figures instead (39/77, 57/77, 40/77)", () => {
    const exact = analyzeGovernance(data, summaries(data, "all", "exact"), { rounding: "exact" })!;
    const [fac, cop, opd] = exact.domains[0].roles;
    expect(fac.pctLow).toBeCloseTo((100 * 39) / 77, 10); // 50.649…
    expect(cop.pctHigh).toBeCloseTo((100 * 57) / 77, 10); // 74.026…
    expect(opd.pctLow).toBeCloseTo((100 * 40) / 77, 10); // 51.948…
    expect(fac.net).toBeCloseTo((100 * (23 - 39)) / 77, 10); // −20.779…
  });

  it("analyze() with base all + legacy gives the same role table", () => {
    const result = analyze(tableCDataset(), { base: "all", rounding: "legacy", population: 104 });
    expect(
      result.governance!.domains[0].roles.map((role) => [role.pctLow, role.pctHigh, role.net])
    ).toEqual([
      [50.7, 29.9, -20.8],
      [16.9, 74.1, 57.2],
      [52, 28.6, -23.4],
    ]);
  });
});

describe("missing data is not a style", () => {
  it("has no dominant role when nobody agrees with any role (0 % everywhere is not a tie)", () => {
    expect(
      dominantOf([
        { role: "facilitator", pctHigh: 0 },
        { role: "coproducent", pctHigh: 0 },
        { role: "opdrachtgever", pctHigh: 0 },
      ])
    ).toBeNull();
  });

  it("leaves respondents without any role answer out of the styles and counts them as unclassified", () => {
    const grid = gridFromRows("Antwoorden", [
      ["RESP_ID", "ROL_ACT_FAC", "ROL_ACT_COP", "ROL_ACT_OPD", "VER_01"],
      ["A", 2, 5, 1, 4],
      ["B", null, null, null, 4],
      ["C", "weet niet", null, null, 2],
    ]);
    const dataset = ingest(grid, demosCoordinatorenCodebook());
    const governance = analyzeGovernance(dataset, summaries(dataset), { rounding: "exact" })!;
    expect(governance.respondents.map((respondent) => respondent.respondent)).toEqual(["A"]);
    expect(governance.unclassified).toBe(2);
    expect(governance.styleCounts.coproducent).toBe(1);
    expect(governance.styleCounts.onbepaald).toBe(0);
  });
});

describe("classifyRespondents agrees with styleOf and overallStyleOf", () => {
  it("for every respondent of 300 seeded ones with blanks, ties and disagreement", () => {
    // The nine role items of the hand-worked table above (HEADER without RESP_ID, GROOTTE_KLASSE).
    const roleColumns = HEADER.slice(2);
    let seed = 12;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % 6; // 0 = blank, 1–5 = code
    };
    const rows: CellValue[][] = [["RESP_ID", ...roleColumns]];
    for (let row = 0; row < 300; row += 1)
      rows.push([`N${row}`, ...roleColumns.map(() => next() || null)]);
    const dataset = ingest(gridFromRows("Antwoorden", rows), demosCoordinatorenCodebook());
    const classification = classifyRespondents(dataset);
    const roles = ["facilitator", "coproducent", "opdrachtgever"] as const;
    const domains = ["visie", "doelstellingen", "acties"];
    let unclassified = 0;
    rows.slice(1).forEach((cells, index) => {
      const codes = cells.slice(1) as (number | null)[];
      if (codes.every((code) => code === null)) {
        unclassified += 1;
        expect(classification[index]).toBeNull();
        return;
      }
      const styles = domains.map((_, domain) =>
        styleOf(
          roles.map((role, r) => ({ role, code: codes[domain * 3 + r] })),
          AKK5_HIGH
        )
      );
      expect(classification[index]).toEqual({
        styles: { visie: styles[0], doelstellingen: styles[1], acties: styles[2] },
        overall: overallStyleOf(styles),
      });
    });
    expect(unclassified).toBeLessThan(5);
    // Respondents with the same styles share one frozen object (no two objects per respondent).
    const first = new Map<string, unknown>();
    for (const entry of classification) {
      if (entry === null) continue;
      const key = JSON.stringify(entry);
      if (!first.has(key)) first.set(key, entry);
      expect(entry).toBe(first.get(key));
      expect(Object.isFrozen(entry) && Object.isFrozen(entry.styles)).toBe(true);
    }
    expect(first.size).toBeLessThan(classification.length / 2);
    // Every overall style occurs, so each branch of the rule was compared.
    const overall = new Set(classification.map((entry) => entry?.overall ?? null));
    expect(new Set([...overall].filter((style) => style !== null))).toEqual(new Set(STYLES));
  });
});
