/**
 * Reliability (Cronbach's alpha and item statistics) pinned to psych::alpha.
 *
 * Every expected number below was computed in R 4.2.2 with psych 2.2.9 by running Rscript on the
 * same data (NaN here = NA there). psych::alpha is called on na.omit(...) of the already
 * reverse-keyed data (6 − x on a 1–5 scale), which is listwise deletion as in SPSS RELIABILITY.
 */
import fc from "fast-check";
import { sampleCorrelation, sampleVariance } from "simple-statistics";
import {
  analyzeScaleReliability,
  cronbachAlpha,
  type ReliabilityItemInput,
} from "../../src/analysis/reliability";
import { reverseCode } from "../../src/analysis/reverseCode";

const NA = NaN;

/** An item on a 1–5 scale. */
function item(id: string, values: number[], reversed = false): ReliabilityItemInput {
  return { id, values, reversed, min: 1, max: 5 };
}

/** Issue codes in order of appearance. */
function codes(issues: { code: string }[]): string[] {
  return issues.map((issue) => issue.code);
}

// Dataset A: 16 respondents × 4 items, q3 negatively worded (reverse-keyed), missing answers in
// rows 5 (q2), 6 (q1) and 14 (q3), so 13 complete cases.
const q1 = [4, 5, 3, 2, 4, NA, 5, 3, 4, 2, 1, 4, 3, 5, 2, 4];
const q2 = [4, 4, 3, 2, NA, 3, 5, 2, 4, 3, 2, 5, 3, 4, 1, 4];
const q3 = [2, 1, 3, 4, 2, 3, 1, 4, 3, 4, 5, 2, 3, NA, 5, 1];
const q4 = [5, 4, 2, 3, 4, 3, 4, 3, 5, 2, 2, 4, 2, 5, 2, 3];
const scaleA = {
  id: "samenwerking",
  items: [item("q1", q1), item("q2", q2), item("q3", q3, true), item("q4", q4)],
};

describe("reverseCode", () => {
  it("mirrors a code within the scale bounds", () => {
    expect(reverseCode(1, 1, 5)).toBe(5);
    expect(reverseCode(2, 1, 5)).toBe(4);
    expect(reverseCode(3, 1, 5)).toBe(3);
    expect(reverseCode(0, 0, 10)).toBe(10);
    expect(reverseCode(7, 1, 7)).toBe(1);
  });

  it("keeps a missing answer missing", () => {
    expect(reverseCode(NaN, 1, 5)).toBeNaN();
  });

  it("rejects codes outside the scale and bad bounds", () => {
    expect(() => reverseCode(6, 1, 5)).toThrow("outside the scale 1–5");
    expect(() => reverseCode(0, 1, 5)).toThrow("outside the scale");
    expect(() => reverseCode(3, 5, 1)).toThrow("min < max");
    expect(() => reverseCode(3, 1, Infinity)).toThrow("finite");
  });

  it("is its own inverse (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10, max: 10 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 0, max: 100 }),
        (min, width, position) => {
          const max = min + width;
          const code = min + (position % (width + 1));
          const once = reverseCode(code, min, max);
          expect(once).toBeGreaterThanOrEqual(min);
          expect(once).toBeLessThanOrEqual(max);
          expect(reverseCode(once, min, max)).toBe(code);
        }
      )
    );
  });
});

describe("cronbachAlpha", () => {
  it("matches psych::alpha raw_alpha on complete data", () => {
    // confirmed in R:
    // > d <- data.frame(a = c(1,2,3,4,5), b = c(2,2,3,5,5), c = c(1,3,3,4,4))
    // > print(psych::alpha(d)$total$raw_alpha, digits = 15)
    // [1] 0.953757225433526
    const alpha = cronbachAlpha([
      [1, 2, 3, 4, 5],
      [2, 2, 3, 5, 5],
      [1, 3, 3, 4, 4],
    ]);
    expect(alpha).toBeCloseTo(0.953757225433526, 12);
  });

  it("accepts typed arrays", () => {
    const alpha = cronbachAlpha([
      Float64Array.from([1, 2, 3, 4, 5]),
      Float64Array.from([2, 2, 3, 5, 5]),
      Float64Array.from([1, 3, 3, 4, 4]),
    ]);
    expect(alpha).toBeCloseTo(0.953757225433526, 12);
  });

  it("equals the textbook formula with simple-statistics variances (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }).chain((k) =>
          fc.integer({ min: 2, max: 25 }).chain((n) =>
            fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: n, maxLength: n }), {
              minLength: k,
              maxLength: k,
            })
          )
        ),
        (columns) => {
          const k = columns.length;
          const totals = columns[0].map((_, r) =>
            columns.reduce((sum, column) => sum + column[r], 0)
          );
          const totalVariance = sampleVariance(totals);
          const expected =
            totalVariance === 0
              ? null
              : (k / (k - 1)) *
                (1 - columns.reduce((s, c) => s + sampleVariance(c), 0) / totalVariance);
          const alpha = cronbachAlpha(columns);
          if (expected === null) expect(alpha).toBeNull();
          else expect(alpha).toBeCloseTo(expected, 9);
        }
      )
    );
  });

  it("returns null with fewer than 2 items, fewer than 2 cases or zero total variance", () => {
    expect(cronbachAlpha([])).toBeNull();
    expect(cronbachAlpha([[1, 2, 3]])).toBeNull();
    expect(cronbachAlpha([[1], [2]])).toBeNull();
    expect(
      cronbachAlpha([
        [3, 3, 3],
        [2, 2, 2],
      ])
    ).toBeNull();
    // x and 6 − x: the sum score is constant.
    expect(
      cronbachAlpha([
        [1, 2, 4, 5],
        [5, 4, 2, 1],
      ])
    ).toBeNull();
  });

  it("rejects ragged, incomplete or infinite data", () => {
    expect(() =>
      cronbachAlpha([
        [1, 2, 3],
        [1, 2],
      ])
    ).toThrow("equal length");
    expect(() =>
      cronbachAlpha([
        [1, NaN, 3],
        [1, 2, 3],
      ])
    ).toThrow("complete data");
    expect(() =>
      cronbachAlpha([
        [1, Infinity, 3],
        [1, 2, 3],
      ])
    ).toThrow("finite numbers, got Infinity in column 0, row 1");
    expect(() =>
      cronbachAlpha([
        [1, 2, 3],
        [1, 2, 3],
        [1, 2, -Infinity],
      ])
    ).toThrow("got -Infinity in column 2, row 2");
  });
});

describe("analyzeScaleReliability", () => {
  it("matches psych::alpha on dataset A (reverse keying + listwise deletion)", () => {
    const { reliability, issues } = analyzeScaleReliability(scaleA);
    expect(issues).toEqual([]);
    expect(reliability.id).toBe("samenwerking");
    expect(reliability.items).toEqual(["q1", "q2", "q3", "q4"]);
    expect(reliability.reversed).toEqual(["q3"]);
    // confirmed in R:
    // > q1 <- c(4, 5, 3, 2, 4, NA, 5, 3, 4, 2, 1, 4, 3, 5, 2, 4)
    // > q2 <- c(4, 4, 3, 2, NA, 3, 5, 2, 4, 3, 2, 5, 3, 4, 1, 4)
    // > q3 <- c(2, 1, 3, 4, 2, 3, 1, 4, 3, 4, 5, 2, 3, NA, 5, 1)
    // > q4 <- c(5, 4, 2, 3, 4, 3, 4, 3, 5, 2, 2, 4, 2, 5, 2, 3)
    // > cc <- na.omit(data.frame(q1, q2, q3r = 6 - q3, q4)); nrow(cc)
    // [1] 13
    // > a <- psych::alpha(cc); print(a$total, digits = 15)
    //          raw_alpha         std.alpha           G6(smc)         average_r
    //  0.932294787297783 0.932921430010564 0.948505158908614 0.776634778893791
    //               S/N                ase             mean               sd
    //  13.9078908533304 0.0310231148163268 3.17307692307692 1.15643406365851
    expect(reliability.n).toBe(13);
    expect(reliability.alpha).toBeCloseTo(0.932294787297783, 12);
    expect(reliability.standardizedAlpha).toBeCloseTo(0.932921430010564, 12);
    expect(reliability.averageR).toBeCloseTo(0.776634778893791, 12);
    expect(reliability.scaleMean).toBeCloseTo(3.17307692307692, 12);
    expect(reliability.scaleSd).toBeCloseTo(1.15643406365851, 12);
    // > print(a$alpha.drop[, c("raw_alpha", "std.alpha")], digits = 15)
    //             raw_alpha         std.alpha
    // q1  0.882921589688507 0.884982912025945
    // q2  0.899686520376175 0.902271049251744
    // q3r 0.901408450704225 0.901059396587769
    // q4  0.954545454545455 0.956561313587200
    // > print(a$item.stats[, c("n", "r.drop")], digits = 15)
    //      n            r.drop
    // q1  13 0.929848794075017
    // q2  13 0.878608191749630
    // q3r 13 0.881523713716774
    // q4  13 0.697092574225976
    const expected = [
      ["q1", 0.929848794075017, 0.882921589688507],
      ["q2", 0.87860819174963, 0.899686520376175],
      ["q3", 0.881523713716774, 0.901408450704225],
      ["q4", 0.697092574225976, 0.954545454545455],
    ] as const;
    expect(reliability.itemStats.map((stat) => stat.item)).toEqual(["q1", "q2", "q3", "q4"]);
    expected.forEach(([id, itemRestR, alphaIfDeleted], i) => {
      expect(reliability.itemStats[i].item).toBe(id);
      expect(reliability.itemStats[i].itemRestR).toBeCloseTo(itemRestR, 12);
      expect(reliability.itemStats[i].alphaIfDeleted).toBeCloseTo(alphaIfDeleted, 12);
    });
  });

  it("gives the same result as psych on the hand-filtered, hand-reversed complete cases", () => {
    const complete = q1
      .map((_, r) => r)
      .filter((r) => ![q1, q2, q3, q4].some((column) => Number.isNaN(column[r])));
    const pick = (column: number[]) => complete.map((r) => column[r]);
    const manual = analyzeScaleReliability({
      id: "samenwerking",
      items: [
        item("q1", pick(q1)),
        item("q2", pick(q2)),
        item(
          "q3",
          pick(q3).map((x) => 6 - x)
        ),
        item("q4", pick(q4)),
      ],
    }).reliability;
    const automatic = analyzeScaleReliability(scaleA).reliability;
    expect(manual.n).toBe(automatic.n);
    expect(manual.alpha).toBeCloseTo(automatic.alpha as number, 14);
    expect(manual.scaleSd).toBeCloseTo(automatic.scaleSd as number, 14);
    expect(cronbachAlpha([pick(q1), pick(q2), pick(q3).map((x) => 6 - x), pick(q4)])).toBeCloseTo(
      automatic.alpha as number,
      14
    );
  });

  it("handles a two-item scale: no alpha if deleted (psych prints a covariance ratio instead)", () => {
    // confirmed in R:
    // > b <- data.frame(b1 = c(3, 4, 2, 5, 4, 3, 1, 2, 4, 5), b2 = c(2, 4, 2, 4, 5, 3, 2, 1, 3, 4))
    // > a <- psych::alpha(b); print(a$total, digits = 15)
    //         raw_alpha         std.alpha           G6(smc)         average_r  ...  mean               sd
    //  0.88724584103512 0.888450342801686 0.799289835634555 0.799289835634554  ...  3.15 1.22587836989555
    // > print(a$alpha.drop[, c("raw_alpha", "std.alpha")], digits = 15)
    //            raw_alpha         std.alpha
    // b1 0.857142857142857 0.799289835634554      <- C[1,2]/C[2,2], not an alpha: we report null
    // b2 0.745341614906832 0.799289835634554
    // > print(a$item.stats[, c("n", "r.drop")], digits = 15)
    //     n            r.drop
    // b1 10 0.799289835634555
    // b2 10 0.799289835634555
    const { reliability, issues } = analyzeScaleReliability({
      id: "twee",
      items: [
        item("b1", [3, 4, 2, 5, 4, 3, 1, 2, 4, 5]),
        item("b2", [2, 4, 2, 4, 5, 3, 2, 1, 3, 4]),
      ],
    });
    expect(codes(issues)).toEqual([]);
    expect(reliability.n).toBe(10);
    expect(reliability.alpha).toBeCloseTo(0.88724584103512, 12);
    expect(reliability.standardizedAlpha).toBeCloseTo(0.888450342801686, 12);
    expect(reliability.averageR).toBeCloseTo(0.799289835634554, 12);
    expect(reliability.scaleMean).toBeCloseTo(3.15, 12);
    expect(reliability.scaleSd).toBeCloseTo(1.22587836989555, 12);
    for (const stat of reliability.itemStats) {
      expect(stat.itemRestR).toBeCloseTo(0.799289835634555, 12);
      expect(stat.alphaIfDeleted).toBeNull();
    }
  });

  it("warns RELIABILITY_ZERO_VARIANCE and leaves the constant item out of alpha, as psych does", () => {
    // z is 3 for every complete case (its only other answer is in the row where c2 is missing).
    // confirmed in R:
    // > cd <- na.omit(data.frame(c1 = c(4, 2, 5, 3, 4, 1, 2, 5, 3), c2 = c(5, 2, 4, 3, 4, 2, 1, 4, NA),
    // +                          z = c(3, 3, 3, 3, 3, 3, 3, 3, 1))); nrow(cd)
    // [1] 8
    // > a <- psych::alpha(cd)
    // Warning message:
    // In psych::alpha(cd) :
    //   Item = z had no variance and was deleted but still is counted in the score
    // > print(a$total, digits = 15)
    //          raw_alpha         std.alpha           G6(smc)         average_r  ...  mean              sd
    //  0.906024096385542 0.908154326386775 0.831760704222453 0.831760704222453  ... 3.125 0.9074209047695
    // > print(a$item.stats[, c("n", "r.drop")], digits = 15)
    //    n            r.drop
    // c1 8 0.831760704222453
    // c2 8 0.831760704222453
    // (with z counted in k the plain formula would give 3/2 · (1 − Σ var / var(sum)) = 0.679518072289157)
    const { reliability, issues } = analyzeScaleReliability({
      id: "constant",
      items: [
        item("c1", [4, 2, 5, 3, 4, 1, 2, 5, 3]),
        item("c2", [5, 2, 4, 3, 4, 2, 1, 4, NA]),
        item("z", [3, 3, 3, 3, 3, 3, 3, 3, 1]),
      ],
    });
    expect(codes(issues)).toEqual(["SMALL_N", "RELIABILITY_ZERO_VARIANCE"]);
    expect(issues[1]).toMatchObject({ severity: "warning" });
    expect(issues[1].message).toContain('Schaal "constant", item "z"');
    expect(reliability.n).toBe(8);
    expect(reliability.alpha).toBeCloseTo(0.906024096385542, 12);
    expect(reliability.standardizedAlpha).toBeCloseTo(0.908154326386775, 12);
    expect(reliability.averageR).toBeCloseTo(0.831760704222453, 12);
    expect(reliability.scaleMean).toBeCloseTo(3.125, 12);
    expect(reliability.scaleSd).toBeCloseTo(0.9074209047695, 12);
    const [c1, c2, z] = reliability.itemStats;
    expect(c1.itemRestR).toBeCloseTo(0.831760704222453, 12);
    expect(c2.itemRestR).toBeCloseTo(0.831760704222453, 12);
    expect(z.itemRestR).toBeNull();
    // Without c1 or c2 one item with variance is left: no alpha. Without z: the alpha of c1 and c2.
    expect(c1.alphaIfDeleted).toBeNull();
    expect(c2.alphaIfDeleted).toBeNull();
    expect(z.alphaIfDeleted).toBeCloseTo(0.906024096385542, 12);
    // cronbachAlpha is the plain formula and keeps z in k:
    // > C <- cov(cd); k <- 3; k/(k-1)*(1-sum(diag(C))/sum(C))
    // [1] 0.679518072289157
    expect(
      cronbachAlpha([
        [4, 2, 5, 3, 4, 1, 2, 5],
        [5, 2, 4, 3, 4, 2, 1, 4],
        [3, 3, 3, 3, 3, 3, 3, 3],
      ])
    ).toBeCloseTo(0.679518072289157, 12);
  });

  it("warns RELIABILITY_NEGATIVE_ITEM_REST for an item that runs against the others", () => {
    // Dataset A plus q5, which correlates negatively with the rest.
    // confirmed in R:
    // > q5 <- c(3, 2, 4, 3, 2, 4, 3, 3, 2, 4, 3, 2, 4, 1, 3, 4)
    // > cc <- na.omit(data.frame(q1, q2, q3r = 6 - q3, q4, q5)); a <- psych::alpha(cc)
    // Some items ( q5 ) were negatively correlated with the total scale and
    // probably should be reversed.
    // > print(a$total, digits = 15)
    //          raw_alpha         std.alpha           G6(smc)         average_r  ...             mean                sd
    //  0.793253173012692 0.697154570142655 0.915616171391769 0.315257453752737  ... 3.15384615384615 0.876180522319635
    // > print(a$alpha.drop[, c("raw_alpha", "std.alpha")], digits = 15)
    //             raw_alpha         std.alpha
    // q1  0.632268632268632 0.452372357237309
    // q2  0.643288996372430 0.457288969926540
    // q3r 0.607260726072607 0.416169092485755
    // q4  0.752203721841332 0.635146842900501
    // q5  0.932294787297783 0.932921430010564
    // > print(a$item.stats[, c("n", "r.drop")], digits = 15)
    //      n             r.drop
    // q1  13  0.906073492554743
    // q2  13  0.878203912723326
    // q3r 13  0.927817231269281
    // q4  13  0.579466921538267
    // q5  13 -0.395908943931171
    const q5 = [3, 2, 4, 3, 2, 4, 3, 3, 2, 4, 3, 2, 4, 1, 3, 4];
    const { reliability, issues } = analyzeScaleReliability({
      id: "samenwerking",
      items: [...scaleA.items, item("q5", q5)],
    });
    expect(codes(issues)).toEqual(["RELIABILITY_NEGATIVE_ITEM_REST"]);
    expect(issues[0].severity).toBe("warning");
    expect(issues[0].message).toContain('Schaal "samenwerking", item "q5"');
    expect(issues[0].message).toContain("r = −0,40");
    expect(issues[0].message).toContain("omgescoord");
    expect(reliability.alpha).toBeCloseTo(0.793253173012692, 12);
    expect(reliability.standardizedAlpha).toBeCloseTo(0.697154570142655, 12);
    expect(reliability.averageR).toBeCloseTo(0.315257453752737, 12);
    expect(reliability.scaleMean).toBeCloseTo(3.15384615384615, 12);
    expect(reliability.scaleSd).toBeCloseTo(0.876180522319635, 12);
    const expected = [
      [0.906073492554743, 0.632268632268632],
      [0.878203912723326, 0.64328899637243],
      [0.927817231269281, 0.607260726072607],
      [0.579466921538267, 0.752203721841332],
      [-0.395908943931171, 0.932294787297783],
    ];
    expected.forEach(([itemRestR, alphaIfDeleted], i) => {
      expect(reliability.itemStats[i].itemRestR).toBeCloseTo(itemRestR, 12);
      expect(reliability.itemStats[i].alphaIfDeleted).toBeCloseTo(alphaIfDeleted, 12);
    });
  });

  it("warns for a forgotten reverse keying (negative item-rest r and negative alpha)", () => {
    // Dataset A with q3 not reverse-keyed.
    // confirmed in R:
    // > cc <- na.omit(data.frame(q1, q2, q3, q4)); a <- psych::alpha(cc)
    // Some items ( q3 ) were negatively correlated with the total scale and
    // probably should be reversed.
    // > print(a$total, digits = 15)
    //           raw_alpha          std.alpha           G6(smc)           average_r  ...             mean                sd
    //  -0.531104921077066 -0.105419423703484 0.814969675030658 -0.0244237988280442  ... 3.13461538461538 0.536339683792143
    // > print(a$alpha.drop[, c("raw_alpha", "std.alpha")], digits = 15)
    //             raw_alpha          std.alpha
    // q1 -2.755555555555556 -1.700272124254591
    // q2 -2.755555555555555 -1.645758341640164
    // q3  0.901408450704225  0.901059396587769
    // q4 -4.622448979591837 -2.729582304771517
    // > print(a$item.stats[, c("n", "r.drop")], digits = 15)
    //     n             r.drop
    // q1 13  0.414208434789757
    // q2 13  0.414208434789757
    // q3 13 -0.881523713716774
    // q4 13  0.795159047715906
    const { reliability, issues } = analyzeScaleReliability({
      id: "samenwerking",
      items: [item("q1", q1), item("q2", q2), item("q3", q3), item("q4", q4)],
    });
    expect(codes(issues)).toEqual(["RELIABILITY_NEGATIVE_ITEM_REST", "RELIABILITY_NEGATIVE_ALPHA"]);
    expect(issues[0].message).toContain('item "q3"');
    expect(issues[0].message).toContain("Controleer of het item niet omgescoord moet worden");
    expect(issues[1].message).toContain('Schaal "samenwerking"');
    expect(issues[1].message).toContain("−0,53");
    expect(reliability.reversed).toEqual([]);
    expect(reliability.alpha).toBeCloseTo(-0.531104921077066, 12);
    expect(reliability.standardizedAlpha).toBeCloseTo(-0.105419423703484, 12);
    expect(reliability.averageR).toBeCloseTo(-0.0244237988280442, 12);
    expect(reliability.scaleMean).toBeCloseTo(3.13461538461538, 12);
    expect(reliability.scaleSd).toBeCloseTo(0.536339683792143, 12);
    const expected = [
      [0.414208434789757, -2.755555555555556],
      [0.414208434789757, -2.755555555555555],
      [-0.881523713716774, 0.901408450704225],
      [0.795159047715906, -4.622448979591837],
    ];
    expected.forEach(([itemRestR, alphaIfDeleted], i) => {
      expect(reliability.itemStats[i].itemRestR).toBeCloseTo(itemRestR, 12);
      expect(reliability.itemStats[i].alphaIfDeleted).toBeCloseTo(alphaIfDeleted, 12);
    });
  });

  it("warns RELIABILITY_NEGATIVE_ALPHA when the items cancel out", () => {
    // confirmed in R:
    // > ed <- data.frame(e1 = c(1, 2, 3, 4, 5, 2, 4, 3), e2 = c(5, 4, 3, 1, 1, 4, 2, 4), e3 = c(2, 1, 4, 3, 5, 1, 4, 2))
    // > a <- psych::alpha(ed); print(a$total, digits = 15)
    //          raw_alpha         std.alpha           G6(smc)          average_r  ...             mean                sd
    //  -2.70967741935484 -2.21064133139995 0.531057587899224 -0.297878605605614  ... 2.91666666666667 0.496015872761897
    // > print(a$alpha.drop[, c("raw_alpha", "std.alpha")], digits = 15)
    //              raw_alpha           std.alpha
    // e1  -6.399999999999999  -6.403388249543912
    // e2   0.888888888888889   0.892923035902905
    // e3 -26.000000000000036 -30.359415998883875
    // > print(a$item.stats[, c("n", "r.drop")], digits = 15)
    //    n             r.drop
    // e1 8 -0.210818510677892
    // e2 8 -0.888336318148377
    // e3 8 -0.179605302026775
    const { reliability, issues } = analyzeScaleReliability(
      {
        id: "tegenstrijdig",
        items: [
          item("e1", [1, 2, 3, 4, 5, 2, 4, 3]),
          item("e2", [5, 4, 3, 1, 1, 4, 2, 4]),
          item("e3", [2, 1, 4, 3, 5, 1, 4, 2]),
        ],
      },
      { smallN: 8 }
    );
    expect(codes(issues)).toEqual([
      "RELIABILITY_NEGATIVE_ITEM_REST",
      "RELIABILITY_NEGATIVE_ITEM_REST",
      "RELIABILITY_NEGATIVE_ITEM_REST",
      "RELIABILITY_NEGATIVE_ALPHA",
    ]);
    expect(issues[3]).toMatchObject({ severity: "warning", code: "RELIABILITY_NEGATIVE_ALPHA" });
    expect(issues[3].message).toContain('Schaal "tegenstrijdig"');
    expect(reliability.alpha).toBeCloseTo(-2.70967741935484, 12);
    expect(reliability.standardizedAlpha).toBeCloseTo(-2.21064133139995, 12);
    expect(reliability.averageR).toBeCloseTo(-0.297878605605614, 12);
    expect(reliability.scaleMean).toBeCloseTo(2.91666666666667, 12);
    expect(reliability.scaleSd).toBeCloseTo(0.496015872761897, 12);
    const expected = [
      [-0.210818510677892, -6.4],
      [-0.888336318148377, 0.888888888888889],
      [-0.179605302026775, -26.000000000000036],
    ];
    expected.forEach(([itemRestR, alphaIfDeleted], i) => {
      expect(reliability.itemStats[i].itemRestR).toBeCloseTo(itemRestR, 12);
      expect(reliability.itemStats[i].alphaIfDeleted).toBeCloseTo(alphaIfDeleted, 11);
    });
  });

  it("warns RELIABILITY_TOO_FEW_CASES below 3 complete cases and reports no alpha", () => {
    // confirmed in R:
    // > f <- na.omit(data.frame(f1 = c(1, 4, NA, 3), f2 = c(2, 5, 3, NA), f3 = c(1, 5, 2, 2)))
    // > mean(rowMeans(f)); sd(rowMeans(f))
    // [1] 3
    // [1] 2.35702260395516
    const { reliability, issues } = analyzeScaleReliability({
      id: "klein",
      items: [item("f1", [1, 4, NA, 3]), item("f2", [2, 5, 3, NA]), item("f3", [1, 5, 2, 2])],
    });
    expect(codes(issues)).toEqual(["RELIABILITY_TOO_FEW_CASES"]);
    expect(issues[0].severity).toBe("warning");
    expect(issues[0].message).toContain('Schaal "klein"');
    expect(issues[0].message).toContain("2 respondenten");
    expect(reliability.n).toBe(2);
    expect(reliability.alpha).toBeNull();
    expect(reliability.standardizedAlpha).toBeNull();
    expect(reliability.averageR).toBeNull();
    expect(reliability.scaleMean).toBeCloseTo(3, 12);
    expect(reliability.scaleSd).toBeCloseTo(2.35702260395516, 12);
    expect(reliability.itemStats).toEqual([
      { item: "f1", itemRestR: null, alphaIfDeleted: null },
      { item: "f2", itemRestR: null, alphaIfDeleted: null },
      { item: "f3", itemRestR: null, alphaIfDeleted: null },
    ]);
  });

  it("reports no cases at all without crashing", () => {
    const { reliability, issues } = analyzeScaleReliability({
      id: "leeg",
      items: [item("a", [NA, 1]), item("b", [2, NA])],
    });
    expect(codes(issues)).toEqual(["RELIABILITY_TOO_FEW_CASES"]);
    expect(issues[0].message).toContain("0 respondenten");
    expect(reliability).toMatchObject({ n: 0, alpha: null, scaleMean: null, scaleSd: null });
  });

  it("warns SMALL_N when alpha rests on fewer than smallN complete cases", () => {
    // confirmed in R:
    // > g <- data.frame(g1 = c(1, 2, 4, 5, 3), g2 = c(2, 2, 5, 4, 3), g3 = c(1, 3, 4, 5, 2))
    // > print(psych::alpha(g)$total[, c("raw_alpha", "std.alpha", "average_r", "mean", "sd")], digits = 15)
    //          raw_alpha         std.alpha         average_r             mean               sd
    //  0.932203389830509 0.934173159235823 0.825493854245388 3.06666666666667 1.40237893119751
    const scale = {
      id: "pilot",
      items: [
        item("g1", [1, 2, 4, 5, 3]),
        item("g2", [2, 2, 5, 4, 3]),
        item("g3", [1, 3, 4, 5, 2]),
      ],
    };
    const { reliability, issues } = analyzeScaleReliability(scale);
    expect(codes(issues)).toEqual(["SMALL_N"]);
    expect(issues[0].severity).toBe("warning");
    expect(issues[0].message).toContain('Schaal "pilot"');
    expect(issues[0].message).toContain("5 respondenten");
    expect(reliability.alpha).toBeCloseTo(0.932203389830509, 12);
    expect(reliability.standardizedAlpha).toBeCloseTo(0.934173159235823, 12);
    expect(reliability.averageR).toBeCloseTo(0.825493854245388, 12);
    expect(reliability.scaleMean).toBeCloseTo(3.06666666666667, 12);
    expect(reliability.scaleSd).toBeCloseTo(1.40237893119751, 12);

    expect(analyzeScaleReliability(scale, { smallN: 5 }).issues).toEqual([]);
    expect(codes(analyzeScaleReliability(scaleA, { smallN: 14 }).issues)).toEqual(["SMALL_N"]);
    expect(analyzeScaleReliability(scaleA, { smallN: 13 }).issues).toEqual([]);
  });

  it("returns empty statistics for a one-item scale", () => {
    const { reliability, issues } = analyzeScaleReliability({
      id: "los",
      items: [item("a", [1, 2, 3])],
    });
    expect(issues).toEqual([]);
    expect(reliability).toMatchObject({
      n: 3,
      alpha: null,
      standardizedAlpha: null,
      averageR: null,
      scaleMean: 2,
      scaleSd: 1,
    });
    expect(reliability.itemStats).toEqual([{ item: "a", itemRestR: null, alphaIfDeleted: null }]);
  });

  it("rejects inconsistent input with actionable errors", () => {
    expect(() => analyzeScaleReliability({ id: "s", items: [] })).toThrow('scale "s" has no items');
    expect(() =>
      analyzeScaleReliability({ id: "s", items: [item("a", [1, 2]), item("a", [1, 2])] })
    ).toThrow('lists item "a" twice');
    expect(() =>
      analyzeScaleReliability({ id: "s", items: [item("a", [1, 2]), item("b", [1])] })
    ).toThrow('item "b" has 1 values');
    expect(() =>
      analyzeScaleReliability({ id: "s", items: [item("a", [1, 2]), item("b", [1, 7])] })
    ).toThrow('item "b" has value 7 in row 1, outside its scale 1–5');
    // The first value out of bounds in row order, named by its own item and row.
    expect(() =>
      analyzeScaleReliability({
        id: "s",
        items: [item("a", [1, 2, 3, 0]), item("b", [1, 2, 3, 4]), item("c", [1, 2, 9, 4])],
      })
    ).toThrow('item "c" has value 9 in row 2, outside its scale 1–5');
    // A row is left at its first missing value: a bad value after it is not reached (row 0, b),
    // a bad value before it is (row 1, a).
    expect(() =>
      analyzeScaleReliability({
        id: "s",
        items: [item("a", [NaN, 8, 3]), item("b", [7, NaN, 3]), item("c", [1, 2, 3])],
      })
    ).toThrow('item "a" has value 8 in row 1, outside its scale 1–5');
    expect(
      analyzeScaleReliability({
        id: "s",
        items: [item("a", [NaN, 2, 3, 4]), item("b", [7, 2, 4, 4]), item("c", [1, 2, 3, 5])],
      }).reliability.n
    ).toBe(3);
    expect(() =>
      analyzeScaleReliability({
        id: "s",
        items: [item("a", [1, 2]), { ...item("b", [1, 2]), min: 5, max: 1 }],
      })
    ).toThrow("min < max");
    expect(() => analyzeScaleReliability(scaleA, { smallN: -1 })).toThrow("smallN");
  });

  it("supports items with different scale bounds (reverse keying per item)", () => {
    // A 0–10 item reverse-keyed as 10 − x next to 1–5 items: same as reversing by hand.
    const reversed = analyzeScaleReliability({
      id: "mix",
      items: [
        item("a", [1, 2, 3, 4, 5, 2]),
        { id: "b", values: [9, 8, 6, 3, 1, 7], reversed: true, min: 0, max: 10 },
        item("c", [2, 2, 3, 5, 4, 1]),
      ],
    }).reliability;
    const byHand = cronbachAlpha([
      [1, 2, 3, 4, 5, 2],
      [1, 2, 4, 7, 9, 3],
      [2, 2, 3, 5, 4, 1],
    ]);
    expect(reversed.alpha).toBeCloseTo(byHand as number, 14);
  });

  describe("properties", () => {
    /** k items × n respondents of codes 1–5, about 10% missing. */
    const dataset = fc.integer({ min: 2, max: 6 }).chain((k) =>
      fc.integer({ min: 0, max: 30 }).chain((n) =>
        fc.tuple(
          fc.array(
            fc.array(
              fc.oneof(
                { weight: 9, arbitrary: fc.integer({ min: 1, max: 5 }) },
                { weight: 1, arbitrary: fc.constant(NaN) }
              ),
              { minLength: n, maxLength: n }
            ),
            { minLength: k, maxLength: k }
          ),
          fc.array(fc.boolean(), { minLength: k, maxLength: k }),
          fc.shuffledSubarray(
            Array.from({ length: k }, (_, i) => i),
            { minLength: k, maxLength: k }
          )
        )
      )
    );

    const close = (a: number | null, b: number | null): void => {
      if (a === null || b === null) expect(a).toBe(b);
      else expect(a).toBeCloseTo(b, 9);
    };

    it("does not depend on the order of the items", () => {
      fc.assert(
        fc.property(dataset, ([columns, reversedFlags, permutation]) => {
          const items = columns.map((values, i) => item(`i${i}`, values, reversedFlags[i]));
          const original = analyzeScaleReliability({ id: "s", items });
          const shuffled = analyzeScaleReliability({
            id: "s",
            items: permutation.map((i) => items[i]),
          });
          const a = original.reliability;
          const b = shuffled.reliability;
          expect(b.n).toBe(a.n);
          close(b.alpha, a.alpha);
          close(b.standardizedAlpha, a.standardizedAlpha);
          close(b.averageR, a.averageR);
          close(b.scaleMean, a.scaleMean);
          close(b.scaleSd, a.scaleSd);
          expect(b.itemStats.map((stat) => stat.item)).toEqual(permutation.map((i) => `i${i}`));
          for (const stat of b.itemStats) {
            const same = a.itemStats.find((other) => other.item === stat.item);
            close(stat.itemRestR, same?.itemRestR ?? null);
            close(stat.alphaIfDeleted, same?.alphaIfDeleted ?? null);
          }
          expect(codes(shuffled.issues).sort()).toEqual(codes(original.issues).sort());
        })
      );
    });

    it("gives the same result for reversed-flagged data as for data reversed beforehand", () => {
      fc.assert(
        fc.property(dataset, ([columns, reversedFlags]) => {
          const flagged = analyzeScaleReliability({
            id: "s",
            items: columns.map((values, i) => item(`i${i}`, values, reversedFlags[i])),
          });
          const byHand = analyzeScaleReliability({
            id: "s",
            items: columns.map((values, i) =>
              item(`i${i}`, reversedFlags[i] ? values.map((x) => reverseCode(x, 1, 5)) : values)
            ),
          });
          expect(flagged.reliability.alpha).toBe(byHand.reliability.alpha);
          expect(flagged.reliability.itemStats).toEqual(byHand.reliability.itemStats);
          expect(flagged.reliability.reversed).toEqual(
            columns.map((_, i) => `i${i}`).filter((_, i) => reversedFlags[i])
          );
        })
      );
    });

    it("item-rest r equals simple-statistics' correlation with the rest score on complete cases", () => {
      fc.assert(
        fc.property(dataset, ([columns]) => {
          const { reliability } = analyzeScaleReliability({
            id: "s",
            items: columns.map((values, i) => item(`i${i}`, values)),
          });
          const rows = columns[0]
            .map((_, r) => r)
            .filter((r) => columns.every((column) => !Number.isNaN(column[r])));
          if (rows.length < 3) return;
          columns.forEach((column, i) => {
            const own = rows.map((r) => column[r]);
            const rest = rows.map((r) =>
              columns.reduce((sum, other, j) => (j === i ? sum : sum + other[r]), 0)
            );
            const expected =
              sampleVariance(own) === 0 || sampleVariance(rest) === 0
                ? null
                : sampleCorrelation(own, rest);
            close(reliability.itemStats[i].itemRestR, expected);
          });
        })
      );
    });
  });

  // Speed is measured by `npm run bench` (analysis of 100k × 45), not by a wall-clock bound here.
  it("handles 100,000 respondents × 5 items", () => {
    const n = 100_000;
    let seed = 12345;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const columns = Array.from({ length: 5 }, () => new Float64Array(n));
    for (let r = 0; r < n; r++) {
      const trait = random() * 4;
      for (let i = 0; i < 5; i++) {
        columns[i][r] =
          random() < 0.02
            ? NaN
            : Math.min(5, Math.max(1, Math.round(1 + trait + (random() - 0.5) * 2)));
      }
    }
    const scale = {
      id: "groot",
      items: columns.map((values, i) => ({
        id: `q${i}`,
        values,
        reversed: i === 4,
        min: 1,
        max: 5,
      })),
    };
    const { reliability } = analyzeScaleReliability(scale);
    expect(reliability.n).toBeGreaterThan(85_000);
    // Cronbach's alpha by its definition on the complete cases, item 4 reversed (6 − x).
    const complete = [...Array(n).keys()].filter((r) =>
      columns.every((column) => !Number.isNaN(column[r]))
    );
    const coded = columns.map((column, i) =>
      complete.map((r) => (i === 4 ? 6 - column[r] : column[r]))
    );
    const totals = complete.map((_, c) => coded.reduce((sum, item) => sum + item[c], 0));
    const itemVariances = coded.reduce((sum, item) => sum + sampleVariance(item), 0);
    const expected = (5 / 4) * (1 - itemVariances / sampleVariance(totals));
    expect(reliability.n).toBe(complete.length);
    expect(reliability.alpha).toBeCloseTo(expected, 10);
  });
});

describe("analyzeScaleReliability: warnings follow the language", () => {
  // The same data as "warns RELIABILITY_NEGATIVE_ITEM_REST" above (q5 runs against the others;
  // R: psych::alpha(...)$item.stats["q5", "r.drop"] = -0.395908943931171).
  const q5 = [3, 2, 4, 3, 2, 4, 3, 3, 2, 4, 3, 2, 4, 1, 3, 4];
  const input = { id: "samenwerking", items: [...scaleA.items, item("q5", q5)] };

  it("writes Dutch by default and English when asked, with the same code and number", () => {
    const dutch = analyzeScaleReliability(input).issues;
    const english = analyzeScaleReliability(input, { language: "en" }).issues;
    expect(codes(english)).toEqual(codes(dutch));
    expect(dutch[0].message).toContain("r = −0,40");
    expect(english[0].message).toContain('Scale "samenwerking", item "q5"');
    expect(english[0].message).toContain("r = −0.40");
    expect(english[0].message).toContain("reverse-scored");
    expect(english[0].message).not.toMatch(/Schaal|omgescoord/);
  });

  it("gives English SMALL_N and TOO_FEW_CASES warnings", () => {
    const few = analyzeScaleReliability(
      { id: "klein", items: [item("a", [1, 2]), item("b", [2, 3])] },
      { language: "en" }
    ).issues;
    expect(codes(few)).toEqual(["RELIABILITY_TOO_FEW_CASES"]);
    expect(few[0].message).toBe(
      'Scale "klein": only 2 respondents answered all 2 items; reliability (Cronbach\'s alpha) needs at least 3. Alpha was not computed.'
    );
  });
});
