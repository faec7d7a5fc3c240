/**
 * Properties (fast-check) of the distribution, rounding, reverse keying and ingest code.
 */
import fc from "fast-check";
import { parseCodebookGrid } from "../../src/analysis/codebook";
import { ANSWER_STATUS, type ItemColumn } from "../../src/analysis/dataset";
import type { CellValue } from "../../src/analysis/grid";
import { gridFromRows } from "../../src/analysis/grid";
import { ingest } from "../../src/analysis/ingest";
import { summarizeItem } from "../../src/analysis/itemSummary";
import { reverseCode } from "../../src/analysis/reverseCode";
import { BUILT_IN_SCALES, resolveScale, type Scale } from "../../src/analysis/scale";

/** Built-in scales plus a few numeric ranges (even and odd number of points). */
const SCALES: Scale[] = [
  ...Object.values(BUILT_IN_SCALES),
  ...["1-4", "1-6", "1-7", "0-10", "-3-3"].map((id) => resolveScale(id)!),
];

/** An item column with the given count per scale point, plus blanks and don't-knows. */
function columnFromCounts(
  scale: Scale,
  counts: number[],
  missing = 0,
  dontKnow = 0
): Pick<ItemColumn, "item" | "values" | "status"> {
  const values: number[] = [];
  const status: number[] = [];
  scale.points.forEach((point, index) => {
    for (let k = 0; k < counts[index]; k += 1) {
      values.push(point.code);
      status.push(ANSWER_STATUS.valid);
    }
  });
  for (let k = 0; k < missing; k += 1) {
    values.push(NaN);
    status.push(ANSWER_STATUS.missing);
  }
  for (let k = 0; k < dontKnow; k += 1) {
    values.push(NaN);
    status.push(ANSWER_STATUS.dontKnow);
  }
  return {
    item: {
      id: "Q",
      label: "Q",
      construct: null,
      domain: null,
      section: null,
      scale,
      reversed: false,
    },
    values: Float64Array.from(values),
    status: Uint8Array.from(status),
  };
}

/** A scale and counts for each of its points (any counts, at least one answer). */
const scaleWithCounts = fc
  .constantFrom(...SCALES)
  .chain((scale) =>
    fc.tuple(
      fc.constant(scale),
      fc.array(fc.nat({ max: 300 }), {
        minLength: scale.points.length,
        maxLength: scale.points.length,
      })
    )
  )
  .filter(([, counts]) => counts.some((count) => count > 0));

describe("percentages", () => {
  test("exact mode, base valid: point percentages and band percentages each add to 100 (± 1e-9)", () => {
    fc.assert(
      fc.property(
        scaleWithCounts,
        fc.nat({ max: 20 }),
        fc.nat({ max: 20 }),
        ([scale, counts], missing, dontKnow) => {
          const summary = summarizeItem(columnFromCounts(scale, counts, missing, dontKnow), {
            base: "valid",
            rounding: "exact",
          });
          const pointSum = Object.values(summary.pcts).reduce<number>(
            (sum, pct) => sum + (pct ?? NaN),
            0
          );
          expect(Math.abs(pointSum - 100)).toBeLessThanOrEqual(1e-9);
          const bandSum = summary.pctLow! + (summary.pctNeutral ?? 0) + summary.pctHigh!;
          expect(Math.abs(bandSum - 100)).toBeLessThanOrEqual(1e-9);
          expect(summary.pctNeutral === null).toBe(scale.points.length % 2 === 0);
        }
      ),
      { numRuns: 300 }
    );
  });

  test("base all: valid shares plus missing and don't-know shares add to 100", () => {
    fc.assert(
      fc.property(
        scaleWithCounts,
        fc.nat({ max: 20 }),
        fc.nat({ max: 20 }),
        ([scale, counts], missing, dontKnow) => {
          const summary = summarizeItem(columnFromCounts(scale, counts, missing, dontKnow), {
            base: "all",
            rounding: "exact",
          });
          expect(summary.baseN).toBe(summary.n + missing + dontKnow);
          const rest = (100 * (missing + dontKnow)) / summary.baseN;
          const bandSum = summary.pctLow! + (summary.pctNeutral ?? 0) + summary.pctHigh!;
          expect(Math.abs(bandSum + rest - 100)).toBeLessThanOrEqual(1e-9);
        }
      ),
      { numRuns: 200 }
    );
  });

  test("legacy band sums are within 0.05 × (points in the band) of the exact band, and one-decimal numbers", () => {
    fc.assert(
      fc.property(
        scaleWithCounts,
        fc.nat({ max: 20 }),
        fc.constantFrom("valid" as const, "all" as const),
        ([scale, counts], missing, base) => {
          const col = columnFromCounts(scale, counts, missing);
          const legacy = summarizeItem(col, { base, rounding: "legacy" });
          const exact = summarizeItem(col, { base, rounding: "exact" });
          const check = (legacyPct: number | null, exactPct: number | null, points: number) => {
            if (points === 0) {
              expect(legacyPct).toBeNull();
              expect(exactPct).toBeNull();
              return;
            }
            expect(Math.abs(legacyPct! - exactPct!)).toBeLessThanOrEqual(0.05 * points + 1e-9);
            expect(Number(legacyPct!.toFixed(1))).toBe(legacyPct);
          };
          check(legacy.pctLow, exact.pctLow, scale.lowCodes.length);
          check(legacy.pctNeutral, exact.pctNeutral, scale.neutralCodes.length);
          check(legacy.pctHigh, exact.pctHigh, scale.highCodes.length);
        }
      ),
      { numRuns: 300 }
    );
  });
});

describe("reverse keying", () => {
  test("reversing twice is the identity for every code of every built-in scale, and stays on the scale", () => {
    for (const scale of Object.values(BUILT_IN_SCALES)) {
      const codes = scale.points.map((point) => point.code);
      for (const code of codes) {
        const reversed = reverseCode(code, scale.min, scale.max);
        expect(codes).toContain(reversed);
        expect(reverseCode(reversed, scale.min, scale.max)).toBe(code);
      }
    }
    // The ends swap, the middle point stays.
    expect(reverseCode(1, BUILT_IN_SCALES.AKK5.min, BUILT_IN_SCALES.AKK5.max)).toBe(5);
    expect(reverseCode(3, BUILT_IN_SCALES.INZ5.min, BUILT_IN_SCALES.INZ5.max)).toBe(3);
    expect(reverseCode(0, BUILT_IN_SCALES.NUT2.min, BUILT_IN_SCALES.NUT2.max)).toBe(1);
  });

  test("… and for any numeric range scale (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -20, max: 20 }),
        fc.integer({ min: 1, max: 30 }),
        fc.nat(),
        (low, width, pick) => {
          const scale = resolveScale(`${low}-${low + width}`)!;
          const code = scale.points[pick % scale.points.length].code;
          const reversed = reverseCode(code, scale.min, scale.max);
          expect(reversed).toBeGreaterThanOrEqual(scale.min);
          expect(reversed).toBeLessThanOrEqual(scale.max);
          expect(reverseCode(reversed, scale.min, scale.max)).toBe(code);
        }
      )
    );
  });
});

describe("ingest: labels and codes give the same dataset", () => {
  // One item on every built-in scale.
  const { codebook } = parseCodebookGrid(
    gridFromRows("Codeboek", [
      ["item", "schaal"],
      ["Q_AKK", "AKK5"],
      ["Q_INZ", "INZ5"],
      ["Q_NUT", "NUT2"],
      ["Q_JN", "JN"],
      ["Q_SUC", "SUC5"],
    ])
  );
  const items = codebook.items;

  type Cell =
    { kind: "code"; index: number } | { kind: "blank" } | { kind: "dontKnow"; text: string };
  const cell: fc.Arbitrary<Cell> = fc.oneof(
    { weight: 6, arbitrary: fc.nat({ max: 1000 }).map((index): Cell => ({ kind: "code", index })) },
    { weight: 1, arbitrary: fc.constant<Cell>({ kind: "blank" }) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom("weet niet", "n.v.t.", "NVT", "geen antwoord", "don't know", "N/A")
        .map((text): Cell => ({ kind: "dontKnow", text })),
    }
  );
  /** How a label is written: language, case, and whether the code is put in front ("4 - Akkoord"). */
  const style = fc.record({
    language: fc.constantFrom("nl" as const, "en" as const),
    casing: fc.constantFrom("asis", "upper", "lower"),
    prefixed: fc.boolean(),
    padded: fc.boolean(),
  });
  const sheetRows = fc.array(
    fc.tuple(
      fc.array(cell, { minLength: items.length, maxLength: items.length }),
      fc.array(style, { minLength: items.length, maxLength: items.length })
    ),
    {
      minLength: 1,
      maxLength: 40,
    }
  );

  test("a grid written with labels (nl/en, any case, '4 - label') ingests exactly as the same grid with codes", () => {
    fc.assert(
      fc.property(sheetRows, fc.boolean(), (rows, codesAsText) => {
        const header: CellValue[] = ["RESP_ID", ...items.map((item) => item.id)];
        const withCodes: CellValue[][] = [header];
        const withLabels: CellValue[][] = [header];
        rows.forEach(([cells, styles], r) => {
          const codeRow: CellValue[] = [`N${r + 1}`];
          const labelRow: CellValue[] = [`N${r + 1}`];
          cells.forEach((c, i) => {
            const scale = items[i].scale;
            if (c.kind === "blank") {
              codeRow.push(null);
              labelRow.push(styles[i].padded ? "  " : null);
            } else if (c.kind === "dontKnow") {
              codeRow.push(c.text);
              labelRow.push(c.text);
            } else {
              const point = scale.points[c.index % scale.points.length];
              codeRow.push(codesAsText ? ` ${point.code} ` : point.code);
              const s = styles[i];
              let label = point.label[s.language];
              if (s.casing === "upper") label = label.toUpperCase();
              if (s.casing === "lower") label = label.toLowerCase();
              if (s.prefixed) label = `${point.code} - ${label}`;
              if (s.padded) label = `  ${label} `;
              labelRow.push(label);
            }
          });
          withCodes.push(codeRow);
          withLabels.push(labelRow);
        });
        const fromCodes = ingest(gridFromRows("Antwoorden", withCodes), codebook);
        const fromLabels = ingest(gridFromRows("Antwoorden", withLabels), codebook);
        expect(fromLabels.issues).toEqual(fromCodes.issues);
        expect(fromLabels.issues.filter((issue) => issue.severity !== "info")).toEqual([]);
        expect(fromLabels.respondentIds).toEqual(fromCodes.respondentIds);
        expect(fromLabels.respondentRows).toEqual(fromCodes.respondentRows);
        expect(fromLabels.items.map((column) => column.item.id)).toEqual(
          items.map((item) => item.id)
        );
        fromCodes.items.forEach((column, index) => {
          expect(Array.from(fromLabels.items[index].status)).toEqual(Array.from(column.status));
          expect(Array.from(fromLabels.items[index].values)).toEqual(Array.from(column.values));
        });
      }),
      { numRuns: 150 }
    );
  });
});
