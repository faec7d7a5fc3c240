import { analyze } from "../../src/analysis/analyze";
import { a1Address, gridFromRows } from "../../src/analysis/grid";
import { ingest } from "../../src/analysis/ingest";
import { DEMOS_ITEMS, demosCoordinatorenCodebook } from "../../src/presets/demosCoordinatoren";
import {
  BACKGROUND_HEADERS,
  generateExampleData,
  generateResponses,
  inverseNormalCdf,
  mulberry32,
  rowsToCsv,
} from "../../scripts/exampleData";

const analyzeRows = (rows: ReturnType<typeof generateResponses>) =>
  analyze(ingest(gridFromRows("Antwoorden", rows), demosCoordinatorenCodebook()), {
    population: 104,
    groupBy: ["GROOTTE_KLASSE"],
  });

describe("mulberry32 and inverseNormalCdf", () => {
  test("the PRNG is seeded and stays in [0, 1)", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const draws = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(draws);
    expect(draws.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(draws[0]);
  });

  test("inverse normal CDF", () => {
    expect(inverseNormalCdf(0.5)).toBeCloseTo(0, 9);
    expect(inverseNormalCdf(0.975)).toBeCloseTo(1.959964, 5);
    expect(inverseNormalCdf(0.01)).toBeCloseTo(-2.326348, 5);
  });
});

describe("generateResponses", () => {
  test("is deterministic for a seed", () => {
    const first = generateResponses({ respondents: 77, seed: 7 });
    expect(generateResponses({ respondents: 77, seed: 7 })).toEqual(first);
    expect(generateResponses({ respondents: 77, seed: 8 })).not.toEqual(first);
  });

  test("header: background variables, then all 45 preset items in preset order", () => {
    const [header, ...rows] = generateResponses({ respondents: 77, seed: 1 });
    expect(header).toEqual([...BACKGROUND_HEADERS, ...DEMOS_ITEMS.map((item) => item.id)]);
    expect(DEMOS_ITEMS).toHaveLength(45);
    expect(rows).toHaveLength(77);
    expect(rows[0][0]).toBe("Netwerk 001");
    expect(rows[76][0]).toBe("Netwerk 077");
    expect(rows.filter((row) => row[3] === "klein")).toHaveLength(45);
    for (const row of rows) {
      expect(row[3]).toBe((row[2] as number) < 15000 ? "klein" : "groot");
      expect([
        "Antwerpen",
        "Limburg",
        "Oost-Vlaanderen",
        "Vlaams-Brabant",
        "West-Vlaanderen",
      ]).toContain(row[4]);
      expect(row[5]).toBe(2026);
    }
  });

  test("exactly two bad cells; typed labels and 'weet niet' are all read", () => {
    const { rows, badCells } = generateExampleData({ respondents: 77, seed: 3 });
    expect(badCells.map((cell) => cell.value)).toEqual([7, "misschien"]);
    const labelRows = rows
      .slice(1)
      .filter((row) =>
        row
          .slice(BACKGROUND_HEADERS.length)
          .some((value) => typeof value === "string" && value !== "misschien")
      );
    expect(labelRows.length).toBeGreaterThanOrEqual(Math.round(0.15 * 77));
    const result = analyzeRows(rows);
    const errors = result.issues.filter((issue) => issue.severity === "error");
    expect(errors.map((issue) => issue.code).sort()).toEqual(["OUT_OF_RANGE", "UNKNOWN_LABEL"]);
    expect(errors.map((issue) => issue.cell).sort()).toEqual(
      badCells.map((cell) => a1Address(cell.row, cell.column)).sort()
    );
    expect(result.items.reduce((sum, item) => sum + item.dontKnow, 0)).toBeGreaterThan(0);
  });

  test("77 rows analysed with the preset: coproducent dominates the acties domain, plausible alphas", () => {
    const result = analyzeRows(generateResponses({ respondents: 77, seed: 2026 }));
    expect(result.source.respondents).toBe(77);
    expect(result.responseRate).toBeCloseTo(74.04, 1);
    const acties = result.governance?.domains.find((domain) => domain.domain === "acties");
    expect(acties?.dominantRole).toBe("coproducent");
    expect(result.scales).toHaveLength(9);
    const coproducent = result.scales.find((scale) => scale.id === "rol.coproducent");
    expect(coproducent?.alpha).toBeGreaterThan(0.3);
    expect(coproducent?.alpha).toBeLessThan(1);
  });

  test("large sample: seed 002 shares and size effects", () => {
    const result = analyzeRows(
      generateResponses({ respondents: 4000, seed: 11, labelShare: 0.15 })
    );
    const high = (id: string, size?: string) =>
      (size ? result.groups.find((group) => group.value === size)!.items : result.items).find(
        (item) => item.id === id
      )!.pctHigh!;
    expect(high("ROL_ACT_COP")).toBeCloseTo(74.1, -1); // within ±5 points
    expect(high("ROL_ACT_FAC")).toBeCloseTo(29.9, -1);
    expect(high("VER_01")).toBeCloseTo(62, -1);
    expect(high("OND_01")).toBeGreaterThan(94);
    expect(high("ROL_ACT_FAC", "groot")).toBeGreaterThan(high("ROL_ACT_FAC", "klein"));
    expect(high("ROL_ACT_OPD", "klein")).toBeGreaterThan(high("ROL_ACT_OPD", "groot"));
    for (const scale of result.scales) expect(scale.alpha).toBeGreaterThan(0.5);
  });

  test("rowsToCsv writes Belgian-Excel CSV", () => {
    expect(
      rowsToCsv([
        ["RESP_ID", "GEMEENTE"],
        ["Netwerk 001", "Sint-Lievens-Houtem"],
        ["a;b", null],
        ['z "q"', 3],
      ])
    ).toBe('RESP_ID;GEMEENTE\r\nNetwerk 001;Sint-Lievens-Houtem\r\n"a;b";\r\n"z ""q""";3\r\n');
  });
});
