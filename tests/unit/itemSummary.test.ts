/**
 * One statement's distribution (src/analysis/itemSummary.ts): counts per scale point, percentages
 * per point and per band, mean / sample SD / median, the two percentage bases and the two rounding
 * modes. The seed-002 block rebuilds the printed tables of domain/SPEC.md §1.4 on n = 77 with the
 * "legacy rounding" of §1.6 (each category rounded to one decimal, then added) and base "all".
 *
 * R values: R 4.2.2, `Rscript -e '…'`; the command and its printed output stand above each pin.
 */
import type { CodebookItem } from "../../src/analysis/codebook";
import { ANSWER_STATUS, type ItemColumn } from "../../src/analysis/dataset";
import {
  medianFromCounts,
  summarizeItem,
  type ItemSummaryOptions,
} from "../../src/analysis/itemSummary";
import { resolveScale } from "../../src/analysis/scale";

type Answer = number | null | "dk" | "bad";
type Column = Pick<ItemColumn, "item" | "values" | "status">;

function itemOn(scaleId: string, id = "Q"): CodebookItem {
  const scale = resolveScale(scaleId);
  if (!scale) throw new Error(scaleId);
  return {
    id,
    label: `Stelling ${id}`,
    construct: null,
    domain: null,
    section: null,
    scale,
    reversed: false,
  };
}

/** An item column from answers: a code, null (blank), "dk" (don't know) or "bad" (rejected cell). */
function column(scaleId: string, answers: Answer[], id = "Q"): Column {
  const values = new Float64Array(answers.length);
  const status = new Uint8Array(answers.length);
  answers.forEach((answer, index) => {
    values[index] = typeof answer === "number" ? answer : NaN;
    status[index] =
      typeof answer === "number"
        ? ANSWER_STATUS.valid
        : answer === "dk"
          ? ANSWER_STATUS.dontKnow
          : answer === "bad"
            ? ANSWER_STATUS.invalid
            : ANSWER_STATUS.missing;
  });
  return { item: itemOn(scaleId, id), values, status };
}

/** An item column from counts per code (plus blanks, don't-knows and rejected cells). */
function fromCounts(
  scaleId: string,
  counts: Record<number, number>,
  extra: { missing?: number; dontKnow?: number; invalid?: number } = {},
  id = "Q"
): Column {
  const answers: Answer[] = [];
  for (const [code, count] of Object.entries(counts))
    for (let k = 0; k < count; k += 1) answers.push(Number(code));
  for (let k = 0; k < (extra.missing ?? 0); k += 1) answers.push(null);
  for (let k = 0; k < (extra.dontKnow ?? 0); k += 1) answers.push("dk");
  for (let k = 0; k < (extra.invalid ?? 0); k += 1) answers.push("bad");
  return column(scaleId, answers, id);
}

const exactValid: ItemSummaryOptions = { base: "valid", rounding: "exact" };
const legacyAll: ItemSummaryOptions = { base: "all", rounding: "legacy" };
const exactAll: ItemSummaryOptions = { base: "all", rounding: "exact" };

describe("counts and percentages", () => {
  test("every scale point is present in counts, zeros kept", () => {
    const akk = summarizeItem(column("AKK5", [1, 2, 2, 4, 5]), exactValid);
    expect(akk.counts).toEqual({ "1": 1, "2": 2, "3": 0, "4": 1, "5": 1 });
    const nut = summarizeItem(column("NUT2", [1, 1, 1]), exactValid);
    expect(nut.counts).toEqual({ "0": 0, "1": 3 });
    const empty = summarizeItem(column("1-6", [null, "dk"]), exactValid);
    expect(empty.counts).toEqual({ "1": 0, "2": 0, "3": 0, "4": 0, "5": 0, "6": 0 });
  });

  test("percentages per point and per band (low / neutral / high), base valid", () => {
    // confirmed in R: > 100 * prop.table(table(factor(c(1,2,2,4,5), levels = 1:5)))
    //  1  2  3  4  5
    // 20 40  0 20 20
    const summary = summarizeItem(column("AKK5", [1, 2, 2, 4, 5, null]), exactValid);
    expect(summary.pcts).toEqual({ "1": 20, "2": 40, "3": 0, "4": 20, "5": 20 });
    expect(summary.pctLow).toBe(60);
    expect(summary.pctNeutral).toBe(0);
    expect(summary.pctHigh).toBe(40);
    expect(summary.baseN).toBe(5);
  });

  test("scales without a neutral point (NUT2, 1-6) have pctNeutral null", () => {
    const nut = summarizeItem(column("NUT2", [0, 1, 1, 1]), exactValid);
    expect([nut.pctLow, nut.pctNeutral, nut.pctHigh]).toEqual([25, null, 75]);
    const six = summarizeItem(column("1-6", [1, 3, 4, 6]), exactValid);
    expect([six.pctLow, six.pctNeutral, six.pctHigh]).toEqual([50, null, 50]);
  });

  test("item metadata is carried over", () => {
    const summary = summarizeItem(
      {
        ...column("AKK5", [4]),
        item: {
          ...itemOn("AKK5", "ACT_03"),
          construct: "lastenverdeling",
          domain: "acties",
          section: "Beleidsthema – acties",
          reversed: true,
        },
      },
      exactValid
    );
    expect(summary).toMatchObject({
      id: "ACT_03",
      label: "Stelling ACT_03",
      scale: "AKK5",
      construct: "lastenverdeling",
      domain: "acties",
      section: "Beleidsthema – acties",
      reversed: true,
    });
  });
});

describe("mean, sample SD and median (pinned to R)", () => {
  test("odd n: codes 1,2,2,4,5 plus a blank, a don't-know and a rejected cell", () => {
    const summary = summarizeItem(column("AKK5", [1, 2, null, 2, "dk", 4, "bad", 5]), exactValid);
    expect([summary.n, summary.missing, summary.invalid, summary.dontKnow]).toEqual([5, 2, 1, 1]);
    // confirmed in R: > mean(c(1,2,2,4,5))  [1] 2.8
    expect(summary.mean).toBeCloseTo(2.8, 12);
    // confirmed in R: > sd(c(1,2,2,4,5))  [1] 1.643168
    expect(summary.sd).toBeCloseTo(1.643168, 6);
    // confirmed in R: > median(c(1,2,2,4,5))  [1] 2
    expect(summary.median).toBe(2);
  });

  test("even n: the median is the mean of the two middle values", () => {
    const summary = summarizeItem(column("AKK5", [5, 1, 4, 2, 3, 2]), exactValid);
    // confirmed in R: > mean(c(1,2,2,3,4,5))  [1] 2.833333
    expect(summary.mean).toBeCloseTo(2.833333, 6);
    // confirmed in R: > sd(c(1,2,2,3,4,5))  [1] 1.47196
    expect(summary.sd).toBeCloseTo(1.47196, 5);
    // confirmed in R: > median(c(1,2,2,3,4,5))  [1] 2.5
    expect(summary.median).toBe(2.5);

    const upper = summarizeItem(column("AKK5", [5, 5, 4, 4, 4, 4]), exactValid);
    // confirmed in R: > median(c(5,5,4,4,4,4))  [1] 4
    expect(upper.median).toBe(4);
    // confirmed in R: > sd(c(5,5,4,4,4,4))  [1] 0.5163978
    expect(upper.sd).toBeCloseTo(0.5163978, 7);
  });

  test("77 answers (seed 002 Table C, Facilitator acties: 19, 20, 15, 12, 11)", () => {
    const summary = summarizeItem(
      fromCounts("AKK5", { 1: 19, 2: 20, 3: 15, 4: 12, 5: 11 }),
      exactValid
    );
    // confirmed in R: > f <- rep(1:5, c(19,20,15,12,11)); mean(f)  [1] 2.688312
    expect(summary.mean).toBeCloseTo(2.688312, 6);
    // confirmed in R: > sd(f)  [1] 1.378975
    expect(summary.sd).toBeCloseTo(1.378975, 6);
    // confirmed in R: > median(f)  [1] 2
    expect(summary.median).toBe(2);
  });

  test("0/1 scale (NUT2, 2 × 0 and 75 × 1)", () => {
    const summary = summarizeItem(fromCounts("NUT2", { 0: 2, 1: 75 }), exactValid);
    // confirmed in R: > b <- rep(0:1, c(2,75)); print(mean(b), digits = 15)  [1] 0.974025974025974
    expect(summary.mean).toBeCloseTo(0.974025974025974, 14);
    // confirmed in R: > print(sd(b), digits = 15)  [1] 0.160100788487652
    expect(summary.sd).toBeCloseTo(0.160100788487652, 13);
    // confirmed in R: > median(b)  [1] 1
    expect(summary.median).toBe(1);
  });

  test("one answer: SD undefined (null, as R's NA); no answers: mean, SD and median null", () => {
    const one = summarizeItem(column("AKK5", [3, null]), exactValid);
    expect([one.mean, one.sd, one.median]).toEqual([3, null, 3]);
    const none = summarizeItem(column("AKK5", [null, "dk", "bad"]), exactValid);
    expect([none.n, none.mean, none.sd, none.median]).toEqual([0, null, null, null]);
    // Base valid with n = 0: no percentages, and no suppression message either.
    expect([none.pctLow, none.pctNeutral, none.pctHigh]).toEqual([null, null, null]);
    expect(none.suppressed).toBeUndefined();
  });

  test("medianFromCounts", () => {
    expect(medianFromCounts([1, 2, 3], [1, 2, 1], 4)).toBe(2);
    expect(medianFromCounts([1, 2, 3, 4, 5], [2, 0, 0, 0, 2], 4)).toBe(3);
    expect(medianFromCounts([0, 1], [1, 1], 2)).toBe(0.5);
    expect(medianFromCounts([1, 2, 3], [0, 0, 0], 0)).toBeNull();
  });
});

describe("base 'valid' vs base 'all'", () => {
  // 10 respondents: 2 × 1, 1 × 3, 3 × 4, 1 × 5, 2 blanks (one of them a rejected cell), 1 don't know.
  const col = column("AKK5", [1, 1, 3, 4, 4, 4, 5, null, "bad", "dk"]);

  test("valid: percentages of the 7 valid answers", () => {
    const summary = summarizeItem(col, exactValid);
    expect([summary.n, summary.missing, summary.invalid, summary.dontKnow, summary.baseN]).toEqual([
      7, 2, 1, 1, 7,
    ]);
    expect(summary.pctLow).toBeCloseTo((100 * 2) / 7, 12);
    expect(summary.pctNeutral).toBeCloseTo((100 * 1) / 7, 12);
    expect(summary.pctHigh).toBeCloseTo((100 * 4) / 7, 12);
    expect((summary.pctLow ?? 0) + (summary.pctNeutral ?? 0) + (summary.pctHigh ?? 0)).toBeCloseTo(
      100,
      12
    );
  });

  test("all: denominators include missing and don't-know (all 10 respondents)", () => {
    const summary = summarizeItem(col, exactAll);
    expect(summary.baseN).toBe(10);
    expect(summary.pctLow).toBe(20);
    expect(summary.pctNeutral).toBe(10);
    expect(summary.pctHigh).toBe(40);
    expect(summary.pcts).toEqual({ "1": 20, "2": 0, "3": 10, "4": 30, "5": 10 });
    // Mean, SD, median are always of the valid answers.
    expect(summary.n).toBe(7);
    // confirmed in R: > print(mean(c(1,1,3,4,4,4,5)), digits = 15)  [1] 3.14285714285714
    expect(summary.mean).toBeCloseTo(3.14285714285714, 13);
  });

  test("a subset of respondents (rows) is summarised on its own", () => {
    const summary = summarizeItem(col, exactAll, [0, 2, 7, 9]);
    expect(summary.counts).toEqual({ "1": 1, "2": 0, "3": 1, "4": 0, "5": 0 });
    expect([summary.n, summary.missing, summary.dontKnow, summary.baseN]).toEqual([2, 1, 1, 4]);
    expect([summary.pctLow, summary.pctNeutral, summary.pctHigh]).toEqual([25, 25, 0]);
  });
});

describe("counting paths (consecutive codes, a subset of rows, codes with gaps)", () => {
  const answers: Answer[] = [1, "bad", 3, null, "dk", 3, 5, "bad"];

  test("a subset counts a rejected cell as missing and as invalid, as the whole column does", () => {
    const summary = summarizeItem(column("AKK5", answers), exactAll, [1, 2, 4, 7]);
    expect(summary.counts).toEqual({ "1": 0, "2": 0, "3": 1, "4": 0, "5": 0 });
    expect([summary.n, summary.missing, summary.invalid, summary.dontKnow]).toEqual([1, 2, 2, 1]);
    const whole = summarizeItem(column("AKK5", answers), exactAll);
    expect([whole.n, whole.missing, whole.invalid, whole.dontKnow]).toEqual([4, 3, 2, 1]);
    expect(whole.counts).toEqual({ "1": 1, "2": 0, "3": 2, "4": 0, "5": 1 });
  });

  test("codes with gaps (0, 5, 10) are counted by code, not by offset", () => {
    const akk5 = resolveScale("AKK5")!;
    const gapped = {
      ...akk5,
      id: "GAPS",
      points: [0, 5, 10].map((code) => ({ code, label: { nl: `${code}`, en: `${code}` } })),
      min: 0,
      max: 10,
      lowCodes: [0],
      neutralCodes: [5],
      highCodes: [10],
    };
    const codes: Answer[] = [10, 0, "bad", 10, 5, null, 10];
    const col = column("AKK5", codes);
    const summary = summarizeItem({ ...col, item: { ...col.item, scale: gapped } }, exactValid);
    expect(summary.counts).toEqual({ "0": 1, "5": 1, "10": 3 });
    expect([summary.n, summary.missing, summary.invalid]).toEqual([5, 2, 1]);
    // confirmed in R: > x <- c(10, 0, 10, 5, 10); c(mean(x), median(x))  [1]  7 10
    expect([summary.mean, summary.median]).toEqual([7, 10]);
    const subset = summarizeItem(
      { ...col, item: { ...col.item, scale: gapped } },
      exactValid,
      [1, 2, 4]
    );
    expect(subset.counts).toEqual({ "0": 1, "5": 1, "10": 0 });
    expect([subset.n, subset.missing, subset.invalid]).toEqual([2, 1, 1]);
  });
});

describe("seed 002 reproduced on n = 77 (SPEC §1.4, §1.6): legacy rounding, base all", () => {
  /** Low and high band of an item in both modes. */
  function bands(col: Column) {
    const legacy = summarizeItem(col, legacyAll);
    const exact = summarizeItem(col, exactAll);
    return { legacy, exact };
  }

  describe("Table C: Rol van de netwerkcoördinator bij het opstellen van de acties", () => {
    test("Facilitator: Niet akkoord 50.7 / Wel akkoord 29.9 (39 and 23 of 77)", () => {
      const { legacy, exact } = bands(
        fromCounts("AKK5", { 1: 19, 2: 20, 3: 15, 4: 12, 5: 11 }, {}, "ROL_ACT_FAC")
      );
      expect(legacy.baseN).toBe(77);
      // confirmed in R: > sum(round(100 * c(19, 20) / 77, 1))  [1] 50.7       (24.7 + 26.0)
      expect(legacy.pctLow).toBe(50.7);
      // confirmed in R: > sum(round(100 * c(12, 11) / 77, 1))  [1] 29.9       (15.6 + 14.3)
      expect(legacy.pctHigh).toBe(29.9);
      expect(legacy.pcts).toEqual({ "1": 24.7, "2": 26, "3": 19.5, "4": 15.6, "5": 14.3 });
      // confirmed in R: > print(100 * 39 / 77, digits = 15)  [1] 50.6493506493507
      expect(exact.pctLow).toBeCloseTo(50.6493506493507, 12);
      // confirmed in R: > print(100 * 23 / 77, digits = 15)  [1] 29.8701298701299
      expect(exact.pctHigh).toBeCloseTo(29.8701298701299, 12);
    });

    test("Coproducent: 16.9 / 74.1 (13 and 57 of 77)", () => {
      const { legacy, exact } = bands(
        fromCounts("AKK5", { 1: 6, 2: 7, 3: 7, 4: 19, 5: 38 }, {}, "ROL_ACT_COP")
      );
      // confirmed in R: > sum(round(100 * c(6, 7) / 77, 1))  [1] 16.9         (7.8 + 9.1)
      expect(legacy.pctLow).toBe(16.9);
      // confirmed in R: > sum(round(100 * c(19, 38) / 77, 1))  [1] 74.1       (24.7 + 49.4)
      expect(legacy.pctHigh).toBe(74.1);
      // confirmed in R: > print(100 * 13 / 77, digits = 15)  [1] 16.8831168831169
      expect(exact.pctLow).toBeCloseTo(16.8831168831169, 12);
      // confirmed in R: > print(100 * 57 / 77, digits = 15)  [1] 74.025974025974
      expect(exact.pctHigh).toBeCloseTo(74.025974025974, 12);
    });

    test("Opdrachtgeverschap: 52.0 / 28.6 (40 and 22 of 77; direct 40/77 would print 51.9)", () => {
      const { legacy, exact } = bands(
        fromCounts("AKK5", { 1: 20, 2: 20, 3: 15, 4: 11, 5: 11 }, {}, "ROL_ACT_OPD")
      );
      // confirmed in R: > sum(round(100 * c(20, 20) / 77, 1))  [1] 52         (26.0 + 26.0)
      expect(legacy.pctLow).toBe(52);
      // confirmed in R: > sum(round(100 * c(11, 11) / 77, 1))  [1] 28.6       (14.3 + 14.3)
      expect(legacy.pctHigh).toBe(28.6);
      // confirmed in R: > print(100 * 40 / 77, digits = 15)  [1] 51.9480519480519
      expect(exact.pctLow).toBeCloseTo(51.9480519480519, 12);
      // confirmed in R: > print(100 * 22 / 77, digits = 15)  [1] 28.5714285714286
      expect(exact.pctHigh).toBeCloseTo(28.5714285714286, 12);
    });
  });

  describe("Table A: Mate van inzet op een actie? (2 of 77 left out of both columns in rows 1, 3, 4)", () => {
    test("row 1: Zwakke inzet 15.6 / Sterke inzet 81.9 (one neutral, one blank)", () => {
      const { legacy, exact } = bands(
        fromCounts("INZ5", { 1: 5, 2: 7, 3: 1, 4: 30, 5: 33 }, { missing: 1 }, "INZ_01")
      );
      expect([legacy.n, legacy.missing, legacy.baseN]).toEqual([76, 1, 77]);
      // confirmed in R: > sum(round(100 * c(5, 7) / 77, 1))  [1] 15.6         (6.5 + 9.1)
      expect(legacy.pctLow).toBe(15.6);
      // confirmed in R: > sum(round(100 * c(30, 33) / 77, 1))  [1] 81.9       (39.0 + 42.9)
      expect(legacy.pctHigh).toBe(81.9);
      // confirmed in R: > print(100 * 12 / 77, digits = 15)  [1] 15.5844155844156
      expect(exact.pctLow).toBeCloseTo(15.5844155844156, 12);
      // confirmed in R: > print(100 * 63 / 77, digits = 15)  [1] 81.8181818181818
      expect(exact.pctHigh).toBeCloseTo(81.8181818181818, 12);
      // Legacy: 15.6 + 1.3 + 81.9 = 98.8 shown; the blank is the rest of the 100.
      expect(legacy.pctNeutral).toBe(1.3);
    });

    test("row 2: 20.8 / 79.2, no remainder — the split matters (25 + 36 would print 79.3)", () => {
      const { legacy, exact } = bands(
        fromCounts("INZ5", { 1: 6, 2: 10, 3: 0, 4: 20, 5: 41 }, {}, "INZ_02")
      );
      // confirmed in R: > sum(round(100 * c(6, 10) / 77, 1))  [1] 20.8        (7.8 + 13.0)
      expect(legacy.pctLow).toBe(20.8);
      // confirmed in R: > sum(round(100 * c(20, 41) / 77, 1))  [1] 79.2       (26.0 + 53.2)
      expect(legacy.pctHigh).toBe(79.2);
      // confirmed in R: > print(100 * 61 / 77, digits = 15)  [1] 79.2207792207792
      expect(exact.pctHigh).toBeCloseTo(79.2207792207792, 12);
      // confirmed in R: > sum(round(100 * c(25, 36) / 77, 1))  [1] 79.3
      expect(
        summarizeItem(fromCounts("INZ5", { 1: 6, 2: 10, 4: 25, 5: 36 }), legacyAll).pctHigh
      ).toBe(79.3);
    });

    test("row 3: 24.7 / 72.8 (two neutral)", () => {
      const { legacy, exact } = bands(
        fromCounts("INZ5", { 1: 4, 2: 15, 3: 2, 4: 28, 5: 28 }, {}, "INZ_03")
      );
      // confirmed in R: > sum(round(100 * c(4, 15) / 77, 1))  [1] 24.7        (5.2 + 19.5)
      expect(legacy.pctLow).toBe(24.7);
      // confirmed in R: > sum(round(100 * c(28, 28) / 77, 1))  [1] 72.8       (36.4 + 36.4)
      expect(legacy.pctHigh).toBe(72.8);
      // confirmed in R: > print(100 * 56 / 77, digits = 15)  [1] 72.7272727272727
      expect(exact.pctHigh).toBeCloseTo(72.7272727272727, 12);
    });

    test("row 4: 40.3 / 57.2 (one don't-know, one blank: both stay in the base of 77)", () => {
      const { legacy, exact } = bands(
        fromCounts(
          "INZ5",
          { 1: 15, 2: 16, 3: 0, 4: 22, 5: 22 },
          { missing: 1, dontKnow: 1 },
          "INZ_04"
        )
      );
      expect([legacy.n, legacy.missing, legacy.dontKnow, legacy.baseN]).toEqual([75, 1, 1, 77]);
      // confirmed in R: > sum(round(100 * c(15, 16) / 77, 1))  [1] 40.3       (19.5 + 20.8)
      expect(legacy.pctLow).toBe(40.3);
      // confirmed in R: > sum(round(100 * c(22, 22) / 77, 1))  [1] 57.2       (28.6 + 28.6)
      expect(legacy.pctHigh).toBe(57.2);
      // confirmed in R: > print(100 * 31 / 77, digits = 15)  [1] 40.2597402597403
      expect(exact.pctLow).toBeCloseTo(40.2597402597403, 12);
      // confirmed in R: > print(100 * 44 / 77, digits = 15)  [1] 57.1428571428571
      expect(exact.pctHigh).toBeCloseTo(57.1428571428571, 12);
    });
  });

  test("BT7 'Het netwerk stelt acties op': 89.7 (31 + 38 of 77), exact 89.61…", () => {
    const { legacy, exact } = bands(
      fromCounts("AKK5", { 1: 1, 2: 3, 3: 4, 4: 31, 5: 38 }, {}, "ACT_01")
    );
    // confirmed in R: > sum(round(100 * c(31, 38) / 77, 1))  [1] 89.7         (40.3 + 49.4)
    expect(legacy.pctHigh).toBe(89.7);
    expect([legacy.pcts["4"], legacy.pcts["5"]]).toEqual([40.3, 49.4]);
    // confirmed in R: > print(100 * 69 / 77, digits = 15)  [1] 89.6103896103896
    expect(exact.pctHigh).toBeCloseTo(89.6103896103896, 12);
    expect(exact.pctHigh).not.toBe(89.7);
  });

  test("Table D (NUT2, two points, no neutral): 2.6/97.4, 10.4/89.6, 11.7/88.3, 18.2/81.8; same in both modes", () => {
    const rows: [string, number, number, number, number][] = [
      // confirmed in R: > round(100 * c(2, 75) / 77, 1)  [1]  2.6 97.4
      ["OND_01", 2, 75, 2.6, 97.4],
      // confirmed in R: > round(100 * c(8, 69) / 77, 1)  [1] 10.4 89.6
      ["OND_02", 8, 69, 10.4, 89.6],
      // confirmed in R: > round(100 * c(9, 68) / 77, 1)  [1] 11.7 88.3
      ["OND_03", 9, 68, 11.7, 88.3],
      // confirmed in R: > round(100 * c(14, 63) / 77, 1)  [1] 18.2 81.8
      ["OND_04", 14, 63, 18.2, 81.8],
    ];
    for (const [id, niet, wel, pctNiet, pctWel] of rows) {
      const { legacy, exact } = bands(fromCounts("NUT2", { 0: niet, 1: wel }, {}, id));
      expect([id, legacy.pctLow, legacy.pctNeutral, legacy.pctHigh]).toEqual([
        id,
        pctNiet,
        null,
        pctWel,
      ]);
      expect(legacy.pctLow! + legacy.pctHigh!).toBeCloseTo(100, 10);
      expect(exact.pctLow! + exact.pctHigh!).toBeCloseTo(100, 12);
      expect(exact.pctNeutral).toBeNull();
      expect(Number(exact.pctHigh!.toFixed(1))).toBe(pctWel);
    }
  });

  test("with base 'valid' the 2 left-out respondents leave the base (Table A row 1 would no longer match)", () => {
    const summary = summarizeItem(
      fromCounts("INZ5", { 1: 5, 2: 7, 3: 1, 4: 30, 5: 33 }, { missing: 1 }),
      { base: "valid", rounding: "exact" }
    );
    expect(summary.baseN).toBe(76);
    expect(summary.pctHigh).toBeCloseTo((100 * 63) / 76, 12);
  });
});

describe("minimum cell size", () => {
  test("base below minCell: percentages, counts, mean, SD and median null with a reason; n and base kept", () => {
    const summary = summarizeItem(column("AKK5", [1, 4, 5, null]), {
      base: "valid",
      rounding: "exact",
      minCell: 5,
    });
    expect(summary.suppressed).toBe(
      "Percentages, aantallen en gemiddelde niet getoond: basis 3 is kleiner dan de minimale celgrootte 5."
    );
    expect(summary.pcts).toEqual({ "1": null, "2": null, "3": null, "4": null, "5": null });
    expect([summary.pctLow, summary.pctNeutral, summary.pctHigh]).toEqual([null, null, null]);
    // Disclosure control: the counts would tell how the three networks answered.
    expect(summary.counts).toEqual({ "1": null, "2": null, "3": null, "4": null, "5": null });
    expect([summary.mean, summary.sd, summary.median]).toEqual([null, null, null]);
    expect([summary.n, summary.missing, summary.baseN]).toEqual([3, 1, 3]);
  });

  test("the threshold applies to the base actually used; base equal to minCell is shown", () => {
    const col = column("AKK5", [1, 4, 5, null, "dk"]);
    expect(
      summarizeItem(col, { base: "all", rounding: "exact", minCell: 5 }).suppressed
    ).toBeUndefined();
    expect(summarizeItem(col, { base: "all", rounding: "exact", minCell: 5 }).pctHigh).toBe(40);
    expect(
      summarizeItem(col, { base: "valid", rounding: "exact", minCell: 5 }).suppressed
    ).toBeDefined();
    expect(
      summarizeItem(col, { base: "valid", rounding: "legacy", minCell: 6, language: "en" })
        .suppressed
    ).toBe("Percentages, counts and mean not shown: base 3 is below the minimum cell size 6.");
    expect(
      summarizeItem(col, { base: "valid", rounding: "exact", minCell: 0 }).suppressed
    ).toBeUndefined();
  });
});
