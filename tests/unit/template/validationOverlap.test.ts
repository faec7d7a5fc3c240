/**
 * No cell of a generated template has two data validations: Excel shows a repair prompt for a file
 * whose dataValidation ranges overlap. Checked on the sheet XML as written (every sqref of a sheet
 * against every other), for monitoring templates of several framework shapes and for the survey
 * template in both languages. The monitoring template used to write `G10:G11` and `G2:G11`
 * (ExcelJS joining per-cell validations in text order; src/template/validationRuns.ts).
 */
import * as fs from "fs";
import * as path from "path";
import { strFromU8, unzipSync } from "fflate";
import type { IndicatorDefinition, IndicatorType } from "../../../src/indicators/kader";
import { parsePeriodRange } from "../../../src/indicators/period";
import { readKader } from "../../../src/indicators/readKader";
import { findPreset } from "../../../src/presets";
import { DEMOS_PRESET_ID } from "../../../src/presets/demosCoordinatoren";
import { buildMonitoringTemplate } from "../../../src/template/monitoringTemplate";
import { buildTemplateSpec } from "../../../src/template/templateSpec";
import { parseRanges } from "../../../src/xlsx/cellRanges";
import { writeMonitoringTemplate } from "../../../src/xlsx/writeMonitoringTemplate";
import { readXlsx } from "../../../src/xlsx/readXlsx";
import { writeTemplateWorkbook } from "../../../src/xlsx/writeTemplate";

jest.setTimeout(60_000);

const EXAMPLE = path.resolve(__dirname, "..", "..", "..", "examples", "monitoring-wijdoenmee.xlsx");

/** Per sheet part: the sqref of every dataValidation, in file order. */
function validationRefs(bytes: Uint8Array): Record<string, string[]> {
  const parts = unzipSync(bytes);
  const refs: Record<string, string[]> = {};
  for (const name of Object.keys(parts).filter((part) =>
    /^xl\/worksheets\/sheet\d+\.xml$/.test(part)
  ))
    refs[name] = [
      ...strFromU8(parts[name]).matchAll(/<dataValidation\b[^>]*\ssqref="([^"]*)"/g),
    ].map((match) => match[1]);
  return refs;
}

/** Pairs of sqrefs on one sheet that share a cell, as "sheet: A | B". */
function overlaps(bytes: Uint8Array): string[] {
  const found: string[] = [];
  for (const [sheet, refs] of Object.entries(validationRefs(bytes))) {
    const ranges = refs.flatMap((ref, index) =>
      parseRanges(ref).map((range) => ({ ...range, index }))
    );
    for (let a = 0; a < ranges.length; a += 1)
      for (let b = a + 1; b < ranges.length; b += 1) {
        const [x, y] = [ranges[a], ranges[b]];
        const meet =
          x.first[0] <= y.last[0] &&
          y.first[0] <= x.last[0] &&
          x.first[1] <= y.last[1] &&
          y.first[1] <= x.last[1];
        if (meet) found.push(`${sheet}: ${x.text} | ${y.text}`);
      }
  }
  return found;
}

let example: IndicatorDefinition[];

beforeAll(async () => {
  const kader = readKader(await readXlsx(fs.readFileSync(EXAMPLE), "kader.xlsx"), {
    language: "nl",
  });
  example = kader.indicators;
});

/** The example's first indicator as each of the given types, ids X1, X2, … */
const ofTypes = (...types: IndicatorType[]): IndicatorDefinition[] =>
  types.map((type, index) => ({ ...example[0], id: `X${index + 1}`, type }));

async function monitoring(
  indicators: () => IndicatorDefinition[],
  periods: string,
  language: "nl" | "en" = "nl"
): Promise<Uint8Array> {
  const spec = buildMonitoringTemplate(
    indicators(),
    "Partnerschap 01",
    parsePeriodRange(periods)!,
    {
      language,
      generated: "2026-12-01",
    }
  );
  return writeMonitoringTemplate(spec, { timestamp: new Date("2026-12-01T00:00:00Z") });
}

describe("data validations never overlap", () => {
  test("the example, 2026-Q4..2027-Q1 (the reported file: G10:G11 under G2:G11)", async () => {
    const bytes = await monitoring(() => example, "2026-Q4..2027-Q1");
    // Metingen: 5 indicators × 2 periods, rows 2–11; the date column is one range.
    const refs = validationRefs(bytes)["xl/worksheets/sheet3.xml"];
    expect(refs.filter((ref) => ref.startsWith("G"))).toEqual(["G2:G11"]);
    expect(overlaps(bytes)).toEqual([]);
  });

  test.each([
    ["the example, one period", () => example, "2026-Q4"],
    ["the example, twelve periods (rows past 10 and 60)", () => example, "2026-Q1..2028-Q4"],
    [
      "one indicator per type, eleven periods",
      () => ofTypes("aantal", "percentage", "verhouding", "gemiddelde"),
      "2026-01..2026-11",
    ],
    [
      "alike types in a row, one period",
      () =>
        ofTypes(
          "aantal",
          "aantal",
          "verhouding",
          "verhouding",
          "gemiddelde",
          "gemiddelde",
          "percentage",
          "percentage",
          "aantal",
          "aantal",
          "aantal"
        ),
      "2026",
    ],
    ["only counts, 25 periods", () => ofTypes("aantal"), "2025-01..2027-01"],
  ])("monitoring template: %s", async (_name, indicators, periods) => {
    expect(overlaps(await monitoring(indicators, periods))).toEqual([]);
  });

  test("monitoring template in English", async () => {
    expect(overlaps(await monitoring(() => example, "2026-Q1..2027-Q4", "en"))).toEqual([]);
  });

  test.each(["nl", "en"] as const)("survey template (%s)", async (language) => {
    const spec = buildTemplateSpec(findPreset(DEMOS_PRESET_ID)!, {
      language,
      presetId: DEMOS_PRESET_ID,
      generated: "2026-03-01",
    });
    const bytes = await writeTemplateWorkbook(spec, {
      timestamp: new Date("2026-03-01T00:00:00Z"),
    });
    expect(Object.values(validationRefs(bytes)).flat().length).toBeGreaterThan(10);
    expect(overlaps(bytes)).toEqual([]);
  });
});
