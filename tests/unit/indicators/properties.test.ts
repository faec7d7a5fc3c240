/** Property tests (fast-check) of the indicator rules. */
import fc from "fast-check";
import type { CellValue } from "../../../src/analysis/grid";
import { aggregateCells } from "../../../src/indicators/aggregate";
import { MEASUREMENT_HEADER, run } from "./fixture";

const unitCell = fc
  .tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 5000 }))
  .map(([a, b]) => ({ numerator: Math.min(a, b), denominator: Math.max(a, b) }));

describe("properties", () => {
  test("the ratio of sums equals the pooled percentage", () => {
    fc.assert(
      fc.property(fc.array(unitCell, { minLength: 1, maxLength: 30 }), (cells) => {
        const pooledX = cells.reduce((sum, cell) => sum + cell.numerator, 0);
        const pooledN = cells.reduce((sum, cell) => sum + cell.denominator, 0);
        const value = aggregateCells(cells, "verhouding van sommen", 100).value;
        if (pooledN === 0) return value === null;
        return Math.abs(value! - (100 * pooledX) / pooledN) < 1e-9;
      })
    );
  });

  test("summing flows over quarters equals the yearly flow", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 3 }),
            fc.integer({ min: 0, max: 3 }),
            fc.integer({ min: 0, max: 10000 })
          ),
          { minLength: 1, maxLength: 20 }
        ),
        (entries) => {
          // unique (unit, quarter) pairs
          const seen = new Map<string, [number, number, number]>();
          for (const entry of entries) seen.set(`${entry[0]}-${entry[1]}`, entry);
          const rows: CellValue[][] = [...seen.values()].map(([unit, quarter, value]) => [
            "ACT",
            `U${unit}`,
            `2025-Q${quarter + 1}`,
            value,
            null,
            null,
            null,
          ]);
          const sheets = {
            indicators: [
              ["indicator", "naam", "type"],
              ["ACT", "a", "aantal"],
            ],
            measurements: [MEASUREMENT_HEADER, ...rows],
          };
          const quarterly = run(sheets, { per: "kwartaal" }).indicators.trend.reduce(
            (sum, row) => sum + (row.value ?? 0),
            0
          );
          const yearly = run(sheets, { per: "jaar" }).indicators.overview[0].value;
          return quarterly === yearly;
        }
      ),
      { numRuns: 60 }
    );
  });

  test.each([true, false])("permuting rows changes nothing (Eenheden sheet: %p)", (withUnits) => {
    const rows: CellValue[][] = [];
    for (const unit of ["A", "B", "C", "D"])
      for (const quarter of [1, 2, 3, 4]) {
        rows.push([
          "ACT",
          unit,
          `2025-Q${quarter}`,
          quarter * 10 + unit.charCodeAt(0),
          null,
          null,
          null,
          quarter % 2 ? "cursus" : "ontmoeting",
        ]);
        rows.push([
          "WERK",
          unit,
          `2025-Q${quarter}`,
          null,
          quarter,
          10 + unit.charCodeAt(0) - 65,
          null,
          null,
          `opmerking ${unit}${quarter}`,
        ]);
      }
    const sheets = (ordered: CellValue[][]) => ({
      indicators: [
        ["indicator", "naam", "type", "doelwaarde", "doelperiode", "basiswaarde", "basisperiode"],
        ["ACT", "a", "aantal", 1000, 2026, 0, 2024],
        ["WERK", "w", "percentage", 20, 2026, 5, 2024],
      ],
      measurements: [[...MEASUREMENT_HEADER, "soort activiteit", "opmerking"], ...ordered],
      units: withUnits
        ? [
            ["eenheid", "regio"],
            ["A", "Noord"],
            ["B", "Zuid"],
            ["C", "Noord"],
            ["D", "Zuid"],
          ]
        : undefined,
    });
    const groupBy = withUnits ? ["regio", "soort activiteit"] : ["soort activiteit"];
    const reference = run(sheets(rows), { groupBy, per: "jaar" }).indicators;
    fc.assert(
      fc.property(
        fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }),
        (shuffled) => {
          const result = run(sheets(shuffled), { groupBy, per: "jaar" }).indicators;
          expect(result).toEqual(reference);
        }
      ),
      { numRuns: 30 }
    );
  });
});
