/** End to end through readKader + computeIndicators: the contract's cases (docs/indicators.md §2). */
import type { CellValue } from "../../../src/analysis/grid";
import { parsePeriod } from "../../../src/indicators/period";
import { MEASUREMENT_HEADER, overviewOf, run } from "./fixture";

const IND_HEADER = [
  "indicator",
  "naam",
  "type",
  "aggregatie",
  "soort",
  "cumulatief",
  "richting",
  "basiswaarde",
  "basisperiode",
  "doelwaarde",
  "doelperiode",
];

describe("ratio of sums vs mean of ratios, and the Wilson interval", () => {
  const result = run({
    indicators: [
      IND_HEADER,
      [
        "POOL",
        "Aan het werk (gepoold)",
        "percentage",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
      ],
      [
        "MEAN",
        "Aan het werk (gemiddeld)",
        "percentage",
        "gemiddelde van verhoudingen",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
      ],
    ],
    measurements: [
      MEASUREMENT_HEADER,
      ["POOL", "A", "2025", null, 900, 3000, null],
      ["POOL", "B", "2025", null, 100, 2000, null],
      ["MEAN", "A", "2025", null, 900, 3000, null],
      ["MEAN", "B", "2025", null, 100, 2000, null],
    ],
  });

  test("20.0 % pooled vs 17.5 % mean of ratios", () => {
    // by hand: 1000/5000 = 20 %; (30 % + 5 %) / 2 = 17.5 %
    expect(overviewOf(result, "POOL").value).toBeCloseTo(20, 10);
    expect(overviewOf(result, "MEAN").value).toBeCloseTo(17.5, 10);
  });

  test("a CI for the pooled percentage only", () => {
    // R: prop.test(1000, 5000, correct = FALSE)$conf.int  # 0.1891449 0.2113157
    expect(overviewOf(result, "POOL").ciLow).toBeCloseTo(18.91449, 4);
    expect(overviewOf(result, "POOL").ciHigh).toBeCloseTo(21.13157, 4);
    expect(overviewOf(result, "MEAN").ciLow).toBeNull();
  });

  test("76 of 121 → 62.81 %, 53.93–70.90 %; interval 'nee' gives none", () => {
    const single = run({
      indicators: [
        ["indicator", "naam", "type", "interval"],
        ["P", "x", "percentage", "ja"],
        ["Q", "y", "percentage", "nee"],
      ],
      measurements: [
        MEASUREMENT_HEADER,
        ["P", "A", "2025", null, 76, 121, null],
        ["Q", "A", "2025", null, 76, 121, null],
      ],
    });
    const row = overviewOf(single, "P");
    // R: 76/121*100  # 62.80992; prop.test(76, 121, correct = FALSE)$conf.int  # 0.5392853 0.7090296
    expect(row.value).toBeCloseTo(62.80992, 4);
    expect(row.ciLow).toBeCloseTo(53.92853, 4);
    expect(row.ciHigh).toBeCloseTo(70.90296, 4);
    expect(overviewOf(single, "Q").ciLow).toBeNull();
  });
});

describe("cumulative participants toward 45,000 by 2029", () => {
  const measurements: CellValue[][] = [MEASUREMENT_HEADER];
  for (const period of ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2"])
    for (const unit of ["A", "B"])
      measurements.push(["DEELNEMERS", unit, period, 1000, null, null, null]);
  const sheets = {
    indicators: [
      IND_HEADER,
      ["DEELNEMERS", "Deelnemers", "aantal", null, "stroom", "ja", null, 0, 2023, 45000, 2029],
    ],
    measurements,
  };

  test("value, expected 11,229.47, progress, status, change in 2025-Q2", () => {
    const row = overviewOf(run(sheets), "DEELNEMERS");
    expect(row.period).toBe("2025-Q2");
    expect(row.value).toBe(12000); // 6 quarters × 2 units × 1000
    // R: 45000 * 547 / 2192  # 11229.47
    expect(row.expected).toBeCloseTo(11229.4708, 3);
    // R: 12000 / (45000 * 547 / 2192) * 100  # 106.8617
    expect(row.progress).toBeCloseTo(106.86167, 4);
    expect(row.status).toBe("groen");
    expect(row.previousPeriod).toBe("2025-Q1");
    expect(row.previous).toBe(10000);
    expect(row.change).toBe(2000);
    expect(row.changePct).toBeCloseTo(20, 10);
  });

  test("a baseline above 0 is the running total at the end of the baseline period", () => {
    const withBaseline = {
      ...sheets,
      indicators: [
        IND_HEADER,
        ["DEELNEMERS", "Deelnemers", "aantal", null, "stroom", "ja", null, 500, 2023, 45000, 2029],
      ],
    };
    expect(overviewOf(run(withBaseline), "DEELNEMERS").value).toBe(12500);
  });

  test("rolled up to years: 2025 is everything since the baseline", () => {
    const row = overviewOf(run(sheets, { per: "jaar" }), "DEELNEMERS");
    expect(row.period).toBe("2025");
    expect(row.value).toBe(12000);
    expect(row.previous).toBe(8000);
  });

  test("cumulative with a stock is a definition error", () => {
    expect(() =>
      run({
        ...sheets,
        indicators: [
          IND_HEADER,
          ["D", "x", "aantal", null, "stand", "ja", null, null, null, null, null],
        ],
      })
    ).toThrow(/Indicatoren!F2.*cumulatief/);
  });
});

describe("lower is better", () => {
  const result = run({
    indicators: [
      [
        "indicator",
        "naam",
        "type",
        "richting",
        "basiswaarde",
        "basisperiode",
        "doelwaarde",
        "doelperiode",
      ],
      ["WACHT", "Wachttijd (dagen)", "gemiddelde", "lager", 30, 2023, 20, 2025],
    ],
    measurements: [MEASUREMENT_HEADER, ["WACHT", "A", 2024, 25, null, null, null]],
  });

  test("expected, progress and status", () => {
    const row = overviewOf(result, "WACHT");
    // R: 30 + (20 - 30) * 366 / 731  # 24.99316
    expect(row.expected).toBeCloseTo(24.99316, 4);
    // R: (30 - 25) / (30 - 24.99316) * 100  # 99.86339
    expect(row.progress).toBeCloseTo(99.86339, 3);
    expect(row.status).toBe("oranje");
  });
});

describe("milestones and a target period already passed", () => {
  const indicators = [
    [
      "indicator",
      "naam",
      "type",
      "soort",
      "cumulatief",
      "basiswaarde",
      "basisperiode",
      "doelwaarde",
      "doelperiode",
    ],
    ["D", "Deelnemers", "aantal", "stroom", "ja", 0, 2023, 45000, 2029],
  ];

  test("the line runs through the programme milestones of Doelen", () => {
    const result = run({
      indicators,
      measurements: [MEASUREMENT_HEADER, ["D", "A", 2024, 4000, null, null, null]],
      targets: [
        ["indicator", "eenheid", "doelwaarde", "doelperiode"],
        ["D", null, 10000, 2025],
      ],
    });
    const row = overviewOf(result, "D");
    // R: 10000 * 366 / 731  # 5006.84
    expect(row.expected).toBeCloseTo(5006.839945, 4);
    // R: 4000 / 5006.839945 * 100  # 79.8907
    expect(row.progress).toBeCloseTo(79.8907, 3);
    expect(row.status).toBe("rood");
  });

  test("after the target period the expected value is the target", () => {
    const result = run({
      indicators: [
        ["indicator", "naam", "type", "basiswaarde", "basisperiode", "doelwaarde", "doelperiode"],
        ["ORG", "Organisaties", "aantal", 50, 2023, 100, 2024],
      ],
      measurements: [MEASUREMENT_HEADER, ["ORG", "A", 2025, 90, null, null, null]],
    });
    const row = overviewOf(result, "ORG");
    expect(row.expected).toBe(100);
    // by hand: (90 − 50) / (100 − 50) × 100 = 80
    expect(row.progress).toBeCloseTo(80, 10);
    expect(row.status).toBe("oranje");
  });

  test("before the baseline period: no expected value, status onbepaald", () => {
    const result = run({
      indicators: [
        ["indicator", "naam", "type", "basiswaarde", "basisperiode", "doelwaarde", "doelperiode"],
        ["ORG", "Organisaties", "aantal", 50, 2024, 100, 2026],
      ],
      measurements: [MEASUREMENT_HEADER, ["ORG", "A", 2023, 40, null, null, null]],
    });
    const row = overviewOf(result, "ORG");
    expect(row.expected).toBeNull();
    expect(row.status).toBe("onbepaald");
  });
});

describe("quarterly reporting against yearly targets", () => {
  const indicators = [
    [
      "indicator",
      "naam",
      "type",
      "soort",
      "basiswaarde",
      "basisperiode",
      "doelwaarde",
      "doelperiode",
    ],
    ["INT", "Interventies", "aantal", "stroom", 60, 2023, 90, 2026],
    ["WERK", "Aan het werk", "percentage", "stand", 10, 2023, 20, 2026],
  ];
  const measurements = [
    MEASUREMENT_HEADER,
    ["INT", "A", "2025-Q4", 20, null, null, null],
    ["INT", "A", "2026-Q1", 21, null, null, null],
    ["WERK", "A", "2025-Q4", null, 15, 100, null],
    ["WERK", "A", "2026-Q1", null, 18, 100, null],
  ];

  test("a non-cumulative flow's baseline and target are scaled to the quarter's days", () => {
    const row = overviewOf(run({ indicators, measurements }), "INT");
    expect(row.period).toBe("2026-Q1");
    // R: 60 * 90 / 365; 90 * 90 / 365  # 14.79452 22.19178
    expect(row.baseline).toBeCloseTo(14.794521, 5);
    expect(row.target).toBeCloseTo(22.191781, 5);
    // R: 60*90/365 + (90*90/365 - 60*90/365) * 821 / 1096  # 20.33572
    expect(row.expected).toBeCloseTo(20.335716, 5);
    // R: b <- 60*90/365; t <- 90*90/365; e <- b + (t - b) * 821/1096; (21 - b) / (e - b) * 100  # 111.9880904
    expect(row.progress).toBeCloseTo(111.9880904, 5);
  });

  test("a percentage is not scaled", () => {
    const row = overviewOf(run({ indicators, measurements }), "WERK");
    expect(row.baseline).toBe(10);
    expect(row.target).toBe(20);
    // R: 10 + 10 * 821 / 1096  # 17.49088
    expect(row.expected).toBeCloseTo(17.490876, 5);
  });

  test("rolled up to the year, the flow adds and the stock takes its last quarter", () => {
    const result = run({ indicators, measurements }, { per: "jaar" });
    expect(overviewOf(result, "INT").period).toBe("2026");
    expect(overviewOf(result, "INT").value).toBe(21);
    expect(overviewOf(result, "INT").previous).toBe(20);
    expect(overviewOf(result, "INT").target).toBe(90);
    expect(overviewOf(result, "WERK").value).toBeCloseTo(18, 10);
  });

  test("--period picks an earlier period", () => {
    const result = run({ indicators, measurements }, { period: parsePeriod("2025-Q4")! });
    expect(overviewOf(result, "INT").value).toBe(20);
    expect(overviewOf(result, "INT").previous).toBeNull();
  });
});

describe("dimensions, breakdowns, units and completeness", () => {
  const sheets = {
    indicators: [
      ["indicator", "naam", "type", "doelwaarde", "doelperiode", "basiswaarde", "basisperiode"],
      ["ACT", "Activiteiten", "aantal", null, null, null, null],
      ["WERK", "Aan het werk", "percentage", 20, 2029, 10, 2023],
    ],
    measurements: [
      [...MEASUREMENT_HEADER, "activiteitstype"],
      ["ACT", "A", 2025, 3207, null, null, null, "ontmoeting"],
      ["ACT", "A", 2025, 1673, null, null, null, "cursus"],
      ["ACT", "B", 2025, 1185, null, null, null, "vrijwilligerswerk"],
      ["ACT", "B", 2025, 907, null, null, null, "andere"],
      ["WERK", "A", 2025, null, 30, 100, null, null],
      ["WERK", "B", 2025, null, 10, 100, null, null],
    ],
    units: [
      ["eenheid", "regio", "actief vanaf"],
      ["A", "Limburg", null],
      ["B", "Antwerpen", null],
      ["C", "Limburg", null],
      ["D", "Gent", 2026],
    ],
    targets: [
      ["indicator", "eenheid", "doelwaarde", "doelperiode", "basiswaarde", "basisperiode"],
      ["ACT", "A", 6000, 2025, 0, 2024],
    ],
  };
  const result = run(sheets, { groupBy: ["regio", "activiteitstype"], minCell: 2 });

  test("the overview uses the total over the dimension", () => {
    expect(overviewOf(result, "ACT").value).toBe(6972);
  });

  test("composition per dimension (seed 000: 46 % ontmoeting)", () => {
    const row = result.indicators.composition.find((entry) => entry.category === "ontmoeting")!;
    expect(row.value).toBe(3207);
    // R: 3207 / 6972 * 100  # 45.99828
    expect(row.pct).toBeCloseTo(45.99828, 4);
    expect(result.indicators.composition.filter((entry) => entry.indicator === "ACT")).toHaveLength(
      4
    );
  });

  test("completeness: active units only (D starts in 2026)", () => {
    const row = overviewOf(result, "ACT");
    expect(row.unitsReporting).toBe(2);
    expect(row.unitsExpected).toBe(3);
    const incomplete = result.issues.filter((issue) => issue.code === "IND_INCOMPLETE");
    expect(incomplete).toHaveLength(2);
    expect(incomplete[0]).toMatchObject({ severity: "warning", sheet: "Indicatoren", cell: "A2" });
    expect(incomplete[0].message).toContain("C");
  });

  test("group by a column of Eenheden, flagged below --min-cell", () => {
    const limburg = result.indicators.byGroup.find(
      (row) => row.by === "regio" && row.group === "Limburg" && row.indicator === "WERK"
    )!;
    expect(limburg.value).toBeCloseTo(30, 10);
    expect(limburg.unitsReporting).toBe(1);
    expect(limburg.unitsExpected).toBe(2);
    expect(limburg.belowMinCell).toBe(true);
    // R: prop.test(30, 100, correct = FALSE)$conf.int  # 0.2189489 0.3958485
    expect(limburg.ciLow).toBeCloseTo(21.89489, 3);
  });

  test("group by a dimension of Metingen", () => {
    const cursus = result.indicators.byGroup.find(
      (row) => row.by === "activiteitstype" && row.group === "cursus"
    )!;
    expect(cursus.value).toBe(1673);
    // WERK does not use the dimension: no breakdown of it by activiteitstype
    expect(
      result.indicators.byGroup.some(
        (row) => row.by === "activiteitstype" && row.indicator === "WERK"
      )
    ).toBe(false);
  });

  test("unit targets come from Doelen; a count never takes the programme's target", () => {
    const a = result.indicators.byUnit.find((row) => row.indicator === "ACT" && row.unit === "A")!;
    expect(a.value).toBe(4880);
    expect(a.target).toBe(6000);
    expect(a.expected).toBe(6000);
    // by hand: 4880 / 6000 × 100 = 81.33
    expect(a.progress).toBeCloseTo(81.3333, 3);
    expect(a.status).toBe("oranje");
    const b = result.indicators.byUnit.find((row) => row.indicator === "ACT" && row.unit === "B")!;
    expect(b.status).toBe("geen doel");
    const c = result.indicators.byUnit.find((row) => row.indicator === "ACT" && row.unit === "C")!;
    expect(c.status).toBe("geen gegevens");
  });

  test("several Doelen rows of one unit are its milestones", () => {
    const withMilestones = run({
      ...sheets,
      targets: [
        ["indicator", "eenheid", "doelwaarde", "doelperiode", "basiswaarde", "basisperiode"],
        ["ACT", "A", 4000, 2024, 0, 2023],
        ["ACT", "A", 8000, 2026, null, null],
      ],
    });
    const a = withMilestones.indicators.byUnit.find(
      (row) => row.indicator === "ACT" && row.unit === "A"
    )!;
    // R: 4000 + (8000 - 4000) * 365 / 730  # 6000
    expect(a.expected).toBeCloseTo(6000, 10);
    expect(a.target).toBe(8000);
  });

  test("a percentage without its own unit target is held against the programme's", () => {
    const b = result.indicators.byUnit.find((row) => row.indicator === "WERK" && row.unit === "B")!;
    expect(b.target).toBe(20);
    expect(b.value).toBeCloseTo(10, 10);
    expect(b.status).toBe("rood");
  });

  test("--group-by a column that exists nowhere is an error", () => {
    expect(() => run(sheets, { groupBy: ["provincie"] })).toThrow(/provincie/);
  });
});

describe("weighted means", () => {
  const indicators = [
    ["indicator", "naam", "type"],
    ["TEVR", "Tevredenheid", "gemiddelde"],
  ];

  test("n-weighted when every row has n", () => {
    const result = run({
      indicators,
      measurements: [
        MEASUREMENT_HEADER,
        ["TEVR", "A", 2025, 4, null, 30, null],
        ["TEVR", "B", 2025, 2, null, 10, null],
      ],
    });
    // by hand: (4 × 30 + 2 × 10) / 40 = 3.5
    expect(overviewOf(result, "TEVR").value).toBeCloseTo(3.5, 10);
    expect(result.issues.map((issue) => issue.code)).not.toContain("IND_UNWEIGHTED");
  });

  test("unweighted, with IND_UNWEIGHTED, when a row lacks n", () => {
    const result = run({
      indicators,
      measurements: [
        MEASUREMENT_HEADER,
        ["TEVR", "A", 2025, 4, null, 30, null],
        ["TEVR", "B", 2025, 2, null, null, null],
      ],
    });
    expect(overviewOf(result, "TEVR").value).toBeCloseTo(3, 10);
    expect(result.issues.find((issue) => issue.code === "IND_UNWEIGHTED")).toMatchObject({
      severity: "info",
      sheet: "Indicatoren",
      cell: "A2",
    });
  });
});

describe("status on the value and change from 0", () => {
  test("seed 000's headline 80 % with statusbasis waarde", () => {
    const result = run({
      indicators: [
        ["indicator", "naam", "type", "statusbasis", "groen vanaf", "oranje vanaf"],
        ["BEREIK", "Bereik lokale besturen", "percentage", "waarde", 80, 60],
      ],
      measurements: [
        MEASUREMENT_HEADER,
        ["BEREIK", "Vlaanderen", 2024, null, 0, 0, null],
        ["BEREIK", "Vlaanderen", 2025, null, 240, 300, null],
      ],
    });
    const row = overviewOf(result, "BEREIK");
    expect(row.value).toBeCloseTo(80, 10);
    expect(row.status).toBe("groen");
    // 2024 was 0/0: reported, but no value → no change
    expect(row.previous).toBeNull();
    expect(row.change).toBeNull();
  });

  test("no target: geen doel; no unit reported: geen gegevens", () => {
    const result = run({
      indicators: [
        ["indicator", "naam", "type"],
        ["A", "a", "aantal"],
        ["B", "b", "aantal"],
      ],
      measurements: [
        MEASUREMENT_HEADER,
        ["A", "X", 2025, 0, null, null, null],
        ["B", "X", 2024, 3, null, null, null],
      ],
    });
    expect(overviewOf(result, "A").status).toBe("geen doel");
    expect(overviewOf(result, "B").status).toBe("geen gegevens");
    expect(overviewOf(result, "A").previous).toBeNull();
  });
});
