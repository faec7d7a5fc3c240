/**
 * Participation of people in poverty (domain/SPEC.md §1.4.5, §7b; ARCHITECTURE §3.2
 * "participation"): representation (VER_01), involvement / expertise / directive per domain, the
 * involvement–influence gap, the "minstens" minimum, and the per-respondent 0–100 index and gap.
 * Expected numbers by hand (arithmetic in the comments) or in R 4.2 (command and output quoted).
 */
import { analyze } from "../../src/analysis/analyze";
import type { Codebook } from "../../src/analysis/codebook";
import type { Dataset } from "../../src/analysis/dataset";
import type { CellValue } from "../../src/analysis/grid";
import { gridFromRows } from "../../src/analysis/grid";
import { ingest } from "../../src/analysis/ingest";
import { summarizeItem } from "../../src/analysis/itemSummary";
import { analyzeParticipation, minimumOf } from "../../src/analysis/participation";
import type { ItemSummary, PercentBase, RoundingMode } from "../../src/analysis/results";
import { demosCoordinatorenCodebook } from "../../src/presets/demosCoordinatoren";

const HEADER = [
  "RESP_ID",
  "VER_01",
  "INB_VIS",
  "INB_DOE",
  "INB_ACT",
  "EXP_VIS",
  "EXP_DOE",
  "EXP_ACT",
  "RIC_VIS",
  "RIC_DOE",
  "RIC_ACT",
];
/*
 * Eight networks. "–" = blank (missing), "wn" = "weet niet" (don't know).
 *        VER   INB vis/doe/act   EXP vis/doe/act   RIC vis/doe/act   answered of 9
 *  P1    4     5 4 4             4 4 5             3 2 2             9
 *  P2    2     4 4 3             5 4 4             4 4 2             9
 *  P3    5     2 2 1             2 3 1             1 1 1             9
 *  P4    4     5 5 5             5 5 5             5 5 5             9
 *  P5    3     4 – –             – – 4             2 – –             3  (< 6: no index)
 *  P6    –     4 4 2             4 wn 3            2 2 –             7
 *  P7    1     3 3 3             3 3 3             3 3 3             9
 *  P8    5     4 5 –             4 – 4             – 1 2             6  (exactly the minimum)
 */
const ROWS: CellValue[][] = [
  ["P1", 4, 5, 4, 4, 4, 4, 5, 3, 2, 2],
  ["P2", 2, 4, 4, 3, 5, 4, 4, 4, 4, 2],
  ["P3", 5, 2, 2, 1, 2, 3, 1, 1, 1, 1],
  ["P4", 4, 5, 5, 5, 5, 5, 5, 5, 5, 5],
  ["P5", 3, 4, null, null, null, null, 4, 2, null, null],
  ["P6", null, 4, 4, 2, 4, "weet niet", 3, 2, 2, null],
  ["P7", 1, 3, 3, 3, 3, 3, 3, 3, 3, 3],
  ["P8", 5, 4, 5, null, 4, null, 4, null, 1, 2],
];

function dataset(codebook: Codebook = demosCoordinatorenCodebook()): Dataset {
  return ingest(gridFromRows("Antwoorden", [HEADER, ...ROWS]), codebook);
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

describe("minimumOf", () => {
  it("takes the lowest known value and ignores nulls", () => {
    expect(minimumOf([66.2, null, 64.9])).toBe(64.9);
    expect(minimumOf([null, null])).toBeNull();
    expect(minimumOf([])).toBeNull();
  });
});

describe("analyzeParticipation on an 8-network grid (base valid, exact)", () => {
  const data = dataset();
  const participation = analyzeParticipation(data, summaries(data), { rounding: "exact" })!;

  it("reads the grid without problems", () => {
    expect(data.respondentIds).toHaveLength(8);
    expect(data.issues.filter((issue) => issue.severity !== "info")).toEqual([]);
  });

  it("representation: % agreeing with VER_01 of its valid answers", () => {
    // VER_01 4,2,5,4,3,–,1,5 → n 7; high (4–5): 4 → 57.14 %; low (1–2): 2 → 28.57 %
    expect(participation.representation!.item).toBe("VER_01");
    expect(participation.representation!.n).toBe(7);
    expect(participation.representation!.pctHigh).toBeCloseTo(400 / 7, 10);
    expect(participation.representation!.pctLow).toBeCloseTo(200 / 7, 10);
  });

  it("per domain: involvement, expertise, directive, not directive and the gap", () => {
    // visie:  INB 5,4,2,5,4,4,3,4 → 6/8 = 75 %;  EXP 4,5,2,5,–,4,3,4 → 5/7 = 71.43 %;
    //         RIC 3,4,1,5,2,2,3,– → high 2/7 = 28.57 %, low 3/7 = 42.86 %;   gap 75 − 28.57 = 46.43
    // doel.:  INB 4,4,2,5,–,4,3,5 → 5/7 = 71.43 %; EXP 4,4,3,5,–,wn,3,– → 3/5 = 60 %;
    //         RIC 2,4,1,5,–,2,3,1 → high 2/7 = 28.57 %, low 4/7 = 57.14 %;   gap 71.43 − 28.57 = 42.86
    // acties: INB 4,3,1,5,–,2,3,– → 2/6 = 33.33 %; EXP 5,4,1,5,4,3,3,4 → 5/8 = 62.5 %;
    //         RIC 2,2,1,5,–,–,3,2 → high 1/6 = 16.67 %, low 4/6 = 66.67 %;   gap 33.33 − 16.67 = 16.67
    const [visie, doelstellingen, acties] = participation.domains;
    expect(participation.domains.map((domain) => domain.domain)).toEqual([
      "visie",
      "doelstellingen",
      "acties",
    ]);
    expect(visie.involvement).toBeCloseTo(75, 10);
    expect(visie.expertise).toBeCloseTo(500 / 7, 10);
    expect(visie.directive).toBeCloseTo(200 / 7, 10);
    expect(visie.notDirective).toBeCloseTo(300 / 7, 10);
    expect(visie.gap).toBeCloseTo(75 - 200 / 7, 10);
    expect(doelstellingen.involvement).toBeCloseTo(500 / 7, 10);
    expect(doelstellingen.expertise).toBeCloseTo(60, 10);
    expect(doelstellingen.directive).toBeCloseTo(200 / 7, 10);
    expect(doelstellingen.notDirective).toBeCloseTo(400 / 7, 10);
    expect(doelstellingen.gap).toBeCloseTo(300 / 7, 10);
    expect(acties.involvement).toBeCloseTo(100 / 3, 10);
    expect(acties.expertise).toBeCloseTo(62.5, 10);
    expect(acties.directive).toBeCloseTo(100 / 6, 10);
    expect(acties.notDirective).toBeCloseTo(400 / 6, 10);
    expect(acties.gap).toBeCloseTo(100 / 6, 10);
  });

  it("minimum over the domains (the seed's 'minstens')", () => {
    // involvement min(75, 71.43, 33.33) = 33.33 (acties); expertise min(71.43, 60, 62.5) = 60 (doelstellingen)
    expect(participation.minimum.involvement).toBeCloseTo(100 / 3, 10);
    expect(participation.minimum.expertise).toBeCloseTo(60, 10);
  });

  it("per-respondent index: mean of (code − 1) / 4 × 100, null below 6 of 9 answered", () => {
    // P1 codes sum 33 of 9 → (33 − 9) / 36 × 100 = 66.67     P2 sum 34 → 25/36 = 69.44
    // P3 sum 14 → 5/36 = 13.89   P4 all 5 → 100   P5 3 answered → null
    // P6 4,4,2,4,3,2,2 (7) sum 21 → 14/28 = 50   P7 all 3 → 50   P8 4,5,4,4,1,2 (6) sum 20 → 14/24 = 58.33
    // (confirmed in R, see the index mean/SD test)
    const byId = Object.fromEntries(
      participation.respondents.map((respondent) => [respondent.respondent, respondent.index])
    );
    expect(byId.P1).toBeCloseTo(200 / 3, 10);
    expect(byId.P2).toBeCloseTo(2500 / 36, 10);
    expect(byId.P3).toBeCloseTo(500 / 36, 10);
    expect(byId.P4).toBeCloseTo(100, 10);
    expect(byId.P5).toBeNull();
    expect(byId.P6).toBeCloseTo(50, 10);
    expect(byId.P7).toBeCloseTo(50, 10);
    expect(byId.P8).toBeCloseTo(175 / 3, 10);
    expect(participation.index.minItems).toBe(6); // ceil(2/3 × 9)
  });

  it("per-respondent gap: mean(INB + EXP codes) − mean(RIC codes), also when the index is null", () => {
    // P1 26/6 − 7/3 = 2    P2 24/6 − 10/3 = 0.667   P3 11/6 − 1 = 0.833   P4 5 − 5 = 0
    // P5 (4 + 4)/2 − 2 = 2  P6 17/5 − 2 = 1.4        P7 0                  P8 17/4 − 3/2 = 2.75
    const gaps = participation.respondents.map((respondent) => respondent.gap);
    const expected = [2, 2 / 3, 5 / 6, 0, 2, 1.4, 0, 2.75];
    expected.forEach((value, index) => expect(gaps[index]).toBeCloseTo(value, 10));
  });

  it("index mean and SD (n − 1) over the respondents with an index; gap mean over everyone with a gap", () => {
    // > m <- rbind(P1=c(5,4,4, 4,4,5, 3,2,2), P2=c(4,4,3, 5,4,4, 4,4,2), P3=c(2,2,1, 2,3,1, 1,1,1),
    // +   P4=rep(5,9), P5=c(4,NA,NA, NA,NA,4, 2,NA,NA), P6=c(4,4,2, 4,NA,3, 2,2,NA), P7=rep(3,9),
    // +   P8=c(4,5,NA, 4,NA,4, NA,1,2))
    // > idx <- ifelse(rowSums(!is.na(m)) >= 6, rowMeans((m - 1) / 4 * 100, na.rm = TRUE), NA)
    // > format(c(mean(idx, na.rm = TRUE), sd(idx, na.rm = TRUE)), digits = 15)
    // [1] "58.3333333333333" "25.9589736460670"
    // > gap <- rowMeans(m[, 1:6], na.rm = TRUE) - rowMeans(m[, 7:9], na.rm = TRUE); mean(gap)
    // [1] 1.20625
    expect(participation.index.n).toBe(7);
    expect(participation.index.mean).toBeCloseTo(58.3333333333333, 10);
    expect(participation.index.sd).toBeCloseTo(25.958973646067, 10);
    expect(participation.index.gapMean).toBeCloseTo(1.20625, 12);
  });

  it("a smaller minItems lets P5 (3 answered) have an index", () => {
    // P5 4, 4, 2 → (10 − 3) / 12 × 100 = 58.33
    const relaxed = analyzeParticipation(data, summaries(data), {
      rounding: "exact",
      minItems: 3,
    })!;
    expect(relaxed.index.minItems).toBe(3);
    expect(relaxed.index.n).toBe(8);
    expect(relaxed.respondents[4].index).toBeCloseTo(175 / 3, 10);
  });

  it("rows restricts everything to a subset (a group)", () => {
    // P1, P3, P4: INB_VIS 5,2,5 → 2/3; indices 66.67, 13.89, 100 → mean 60.19
    const subset = analyzeParticipation(data, summaries(data), {
      rounding: "exact",
      rows: [0, 2, 3],
    })!;
    expect(subset.respondents.map((respondent) => respondent.respondent)).toEqual([
      "P1",
      "P3",
      "P4",
    ]);
    expect(subset.index.n).toBe(3);
    expect(subset.index.mean).toBeCloseTo((200 / 3 + 500 / 36 + 100) / 3, 10);
  });

  it("reverse-keyed components are reversed inside the index and the gap", () => {
    const codebook = demosCoordinatorenCodebook();
    codebook.items = codebook.items.map((item) =>
      item.id === "RIC_ACT" ? { ...item, reversed: true } : item
    );
    const reversedData = dataset(codebook);
    const reversed = analyzeParticipation(reversedData, summaries(reversedData), {
      rounding: "exact",
    })!;
    // P4: RIC_ACT 5 becomes 1 → eight items at 100, one at 0 → 800 / 9 = 88.89
    //     gap 5 − (5 + 5 + 1) / 3 = 4/3
    expect(reversed.respondents[3].index).toBeCloseTo(800 / 9, 10);
    expect(reversed.respondents[3].gap).toBeCloseTo(4 / 3, 10);
    // P7: 3 stays 3 → 50
    expect(reversed.respondents[6].index).toBeCloseTo(50, 10);
    // The group-level percentages are of the answers as given (RIC_ACT high still 1/6)
    expect(reversed.domains[2].directive).toBeCloseTo(100 / 6, 10);
  });

  it("is null without participation items; representation alone is enough", () => {
    const none = ingest(
      gridFromRows("Antwoorden", [
        ["RESP_ID", "VIS_01"],
        ["A", 4],
      ]),
      demosCoordinatorenCodebook()
    );
    expect(analyzeParticipation(none, summaries(none), { rounding: "exact" })).toBeNull();
    const onlyVer = ingest(
      gridFromRows("Antwoorden", [
        ["RESP_ID", "VER_01"],
        ["A", 4],
        ["B", 1],
      ]),
      demosCoordinatorenCodebook()
    );
    const result = analyzeParticipation(onlyVer, summaries(onlyVer), { rounding: "exact" })!;
    expect(result.representation!.pctHigh).toBeCloseTo(50, 10);
    expect(result.domains).toEqual([]);
    expect(result.minimum).toEqual({ involvement: null, expertise: null });
    expect(result.index).toMatchObject({ n: 0, mean: null, sd: null, gapMean: null });
  });
});

/*
 * The seed 002 headline (SPEC §1.4.5 VP3/VP4, §1.6): 77 coordinators, base all, legacy rounding.
 * Counts per code 1..5 per item (each row sums to 77); x/77 × 100 rounded half-up to one decimal
 * per category, then added:
 *  VER_01  [0,0,29,48,0]     high 48 → 62.338 → 62.3 (+ 0.0)                          = 62.3 ("62%")
 *  INB_VIS [0,12,10,30,25]   high 30 → 38.961 → 39.0, 25 → 32.468 → 32.5               = 71.5
 *  INB_DOE [0,15,10,26,26]   high 26 → 33.766 → 33.8, twice                            = 67.6
 *  INB_ACT [5,12,10,25,25]   high 32.5 + 32.5                                          = 65.0 (direct 50/77 = 64.94: "65%")
 *  EXP_VIS [0,7,10,30,30]    high 39.0 + 39.0                                          = 78.0
 *  EXP_DOE [6,10,10,26,25]   high 33.8 + 32.5                                          = 66.3 (direct 51/77 = 66.23 → 66.2)
 *  EXP_ACT [3,10,10,27,27]   high 27 → 35.065 → 35.1, twice                            = 70.2
 *  RIC_VIS [10,10,27,15,15]  high 15 → 19.481 → 19.5, twice = 39.0; low 10 → 12.987 → 13.0, twice = 26.0
 *  RIC_DOE [11,11,27,14,14]  high 14 → 18.182 → 18.2, twice = 36.4; low 11 → 14.286 → 14.3, twice = 28.6
 *  RIC_ACT [12,13,32,10,10]  high 13.0 + 13.0 = 26.0; low 12 → 15.584 → 15.6, 13 → 16.883 → 16.9 = 32.5 (VP6)
 * gap: visie 71.5 − 39.0 = 32.5; doelstellingen 67.6 − 36.4 = 31.2; acties 65.0 − 26.0 = 39.0
 * minimum: involvement min(71.5, 67.6, 65.0) = 65.0; expertise min(78.0, 66.3, 70.2) = 66.3
 */
const SEED_COUNTS: Record<string, number[]> = {
  VER_01: [0, 0, 29, 48, 0],
  INB_VIS: [0, 12, 10, 30, 25],
  INB_DOE: [0, 15, 10, 26, 26],
  INB_ACT: [5, 12, 10, 25, 25],
  EXP_VIS: [0, 7, 10, 30, 30],
  EXP_DOE: [6, 10, 10, 26, 25],
  EXP_ACT: [3, 10, 10, 27, 27],
  RIC_VIS: [10, 10, 27, 15, 15],
  RIC_DOE: [11, 11, 27, 14, 14],
  RIC_ACT: [12, 13, 32, 10, 10],
};

function seedDataset(): Dataset {
  const ids = Object.keys(SEED_COUNTS);
  const columns = ids.map((id) =>
    SEED_COUNTS[id].flatMap((count, index) => new Array<number>(count).fill(index + 1))
  );
  const rows: CellValue[][] = [["RESP_ID", ...ids]];
  for (let r = 0; r < 77; r += 1)
    rows.push([`Netwerk ${r + 1}`, ...columns.map((column) => column[r])]);
  return ingest(gridFromRows("Antwoorden", rows), demosCoordinatorenCodebook());
}

describe("seed 002 'minstens' headline with legacy rounding, base all, 77 respondents", () => {
  const data = seedDataset();
  const participation = analyzeParticipation(data, summaries(data, "all", "legacy"), {
    rounding: "legacy",
  })!;

  it("every count row sums to 77", () => {
    for (const counts of Object.values(SEED_COUNTS))
      expect(counts.reduce((a, b) => a + b, 0)).toBe(77);
    expect(data.respondentIds).toHaveLength(77);
  });

  it("representation 62.3 %", () => {
    expect(participation.representation!.pctHigh).toBe(62.3);
  });

  it("per domain, with the acties 'niet richtinggevend' 32.5 %", () => {
    expect(participation.domains).toEqual([
      {
        domain: "visie",
        involvement: 71.5,
        expertise: 78,
        directive: 39,
        notDirective: 26,
        gap: 32.5,
      },
      {
        domain: "doelstellingen",
        involvement: 67.6,
        expertise: 66.3,
        directive: 36.4,
        notDirective: 28.6,
        gap: 31.2,
      },
      {
        domain: "acties",
        involvement: 65,
        expertise: 70.2,
        directive: 26,
        notDirective: 32.5,
        gap: 39,
      },
    ]);
  });

  it("minstens 65 % involvement and minstens 66.3 % expertise", () => {
    expect(participation.minimum).toEqual({ involvement: 65, expertise: 66.3 });
  });

  it("the same data with exact rounding gives the direct shares (50/77, 51/77)", () => {
    const exact = analyzeParticipation(data, summaries(data, "all", "exact"), {
      rounding: "exact",
    })!;
    expect(exact.minimum.involvement).toBeCloseTo((100 * 50) / 77, 10); // 64.935
    expect(exact.minimum.expertise).toBeCloseTo((100 * 51) / 77, 10); // 66.234
  });

  it("analyze() carries the same headline", () => {
    const result = analyze(seedDataset(), { base: "all", rounding: "legacy" });
    expect(result.participation!.minimum).toEqual({ involvement: 65, expertise: 66.3 });
    expect(result.participation!.domains[2].notDirective).toBe(32.5);
  });
});
