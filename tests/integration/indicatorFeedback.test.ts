/**
 * `netwerkmeter feedback` on an indicator framework (examples/monitoring-wijdoenmee.xlsx: 40
 * partnerships in 5 regions of 8, 35 reporting for 2026-Q3, 7 per region): one workbook per unit,
 * its figures equal to `indicators --json`, and the privacy rule checked on every cell of every
 * workbook — no other unit named, no group figure of fewer than --min-cell units.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type * as ExcelJS from "exceljs";
import { runCli as run } from "./runCli";
import { scan } from "./feedbackPrivacy";

jest.setTimeout(180_000);

const MONITORING = path.join(__dirname, "../../examples/monitoring-wijdoenmee.xlsx");
let dir: string;
const file = (name: string) => path.join(dir, name);

interface Json {
  indicators: {
    overview: { indicator: string; value: number; ciLow: number | null; ciHigh: number | null }[];
    byUnit: {
      indicator: string;
      unit: string;
      value: number | null;
      target: number | null;
      status: string;
    }[];
    byGroup: { group: string; indicator: string; period: string; value: number }[];
    period: string;
  };
}
let json: Json;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "netwerkmeter-unitprofile-"));
  const made = await run(
    "indicators",
    MONITORING,
    "--group-by",
    "regio",
    "--json",
    file("indicators.json")
  );
  expect(made.code).toBe(0);
  json = JSON.parse(fs.readFileSync(file("indicators.json"), "utf8")) as Json;
  const fed = await run("feedback", MONITORING, "--out-dir", file("out"), "--group-by", "regio");
  expect(fed.code).toBe(0);
  expect(fed.out).toMatch(/40 terugkoppelingen .*één werkmap per eenheid/);
  const strict = await run(
    "feedback",
    MONITORING,
    "--out-dir",
    file("strict"),
    "--group-by",
    "regio",
    "--min-cell",
    "8"
  );
  expect(strict.code).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The table rows of a sheet, by the id in column A: header → value. */
function tableRows(
  workbook: ExcelJS.Workbook,
  sheetName: string
): Map<string, Map<string, unknown>> {
  const sheet = workbook.getWorksheet(sheetName)!;
  const rows = new Map<string, Map<string, unknown>>();
  let headers: unknown[] | null = null;
  sheet.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1);
    if (values[0] === "Indicator") headers = values;
    else if (
      headers &&
      typeof values[0] === "string" &&
      /^[A-Z_]+$/.test(values[0]) &&
      !rows.has(values[0])
    )
      rows.set(
        values[0],
        new Map(headers.map((header, index) => [String(header), values[index] ?? null]))
      );
  });
  return rows;
}

test("one workbook per unit of the Eenheden sheet, named after it", () => {
  const names = fs.readdirSync(file("out")).sort();
  expect(names).toHaveLength(40);
  expect(names[0]).toBe("Partnerschap 01.xlsx");
  expect(names[39]).toBe("Partnerschap 40.xlsx");
});

test("Partnerschap 01: its figures as indicators --json, the spine worked by hand", async () => {
  const { workbook } = await scan(file("out/Partnerschap 01.xlsx"));
  const rows = tableRows(workbook, "Indicatoren");
  expect([...rows.keys()]).toEqual([
    "DEELNEMERS",
    "AAN_HET_WERK",
    "ORGANISATIES",
    "ACTIVITEITEN",
    "BEREIK_LB",
  ]);
  const own = json.indicators.byUnit.filter((row) => row.unit === "Partnerschap 01");
  const deelnemers = rows.get("DEELNEMERS")!;
  expect(deelnemers.get("Uw waarde")).toBe(own.find((r) => r.indicator === "DEELNEMERS")!.value); // 400
  expect(deelnemers.get("Uw doel")).toBe(1020);
  expect(deelnemers.get("Status")).toBe("oranje");
  expect(deelnemers.get("Alle eenheden")).toBe(20466); // overview value
  const antwerpen = json.indicators.byGroup.find(
    (row) => row.group === "Antwerpen" && row.indicator === "DEELNEMERS" && row.period === "2026-Q3"
  )!;
  expect(deelnemers.get("Uw groep (Antwerpen)")).toBe(antwerpen.value); // 4114
  expect(deelnemers.get("n eenheden uw groep")).toBe(7);
  // The 35 values sorted: type 7 puts Q1 at h = 34 × 0.25 + 1 = 9.5 (x9 = 397, x10 = 400 → 398.5),
  // the median at h = 18 (x18 = 531), Q3 at h = 26.5 (x26 = 607, x27 = 624 → 615.5); rounded to
  // the indicator's 0 decimals. R: quantile(x, c(.25, .5, .75)) → 398.5 531 615.5.
  expect(
    ["Laagste eenheid", "25e percentiel", "Mediaan", "75e percentiel", "Hoogste eenheid"].map(
      (header) => deelnemers.get(header)
    )
  ).toEqual([204, 399, 531, 616, 894]);
  expect(deelnemers.get("Uw positie")).toBe("onder het midden"); // 398.5 < 400 ≤ 531

  // A percentage: 6 of 38 → 15.8 %, Wilson 7.4–30.4 (R: prop.test(6, 38, correct = FALSE)$conf.int
  // → 7.443863 30.416812); all units as the overview, with its interval.
  const work = rows.get("AAN_HET_WERK")!;
  expect([
    work.get("Uw waarde"),
    work.get("Uw waarde: 95%-BI laag"),
    work.get("Uw waarde: 95%-BI hoog"),
  ]).toEqual([15.8, 7.4, 30.4]);
  const overview = json.indicators.overview.find((row) => row.indicator === "AAN_HET_WERK")!;
  expect(work.get("Alle eenheden")).toBeCloseTo(overview.value, 1);
  expect(work.get("Alle: 95%-BI laag")).toBeCloseTo(overview.ciLow!, 1);
  expect(work.get("Alle: 95%-BI hoog")).toBeCloseTo(overview.ciHigh!, 1);

  // The spine chart's table: (398.5 − 204) / (894 − 204) × 100 = 28.2; the unit (400) 28.4.
  const spineSheet = workbook.getWorksheet("Indicatoren")!;
  const spineRow = (spineSheet.getSheetValues() as unknown[][]).filter(
    (values) => values && values[1] === "DEELNEMERS"
  )[1];
  expect(spineRow.slice(1, 6)).toEqual(["DEELNEMERS", 28.2, 47.4, 59.6, 28.4]);
});

test("privacy: no other unit named in any workbook; groups below --min-cell left empty", async () => {
  const units = [
    ...new Set(json.indicators.byUnit.map((row) => row.unit)),
    "Partnerschap Kortrijk",
  ];
  expect(units).toHaveLength(41);
  const violations: string[] = [];
  let cells = 0;
  for (const folder of ["out", "strict"]) {
    for (const name of fs.readdirSync(file(folder))) {
      const own = name.replace(/\.xlsx$/, "");
      const scanned = await scan(file(`${folder}/${name}`));
      for (const cell of scanned.cells) {
        cells += 1;
        const text = typeof cell.value === "string" ? cell.value : JSON.stringify(cell.value);
        for (const unit of units)
          if (unit !== own && text.includes(unit))
            violations.push(`${folder}/${name} ${cell.sheet}!${cell.address}: ${unit}`);
      }
      const groupValues = [...tableRows(scanned.workbook, "Indicatoren").values()].map(
        (row) => [...row].find(([header]) => header.startsWith("Uw groep"))?.[1]
      );
      // Regions have 7 reporting units: shown with --min-cell 5, withheld with --min-cell 8.
      if (folder === "out")
        expect(groupValues.every((value) => typeof value === "number")).toBe(true);
      else expect(groupValues.every((value) => value === null)).toBe(true);
    }
  }
  expect(violations).toEqual([]);
  expect(cells).toBeGreaterThan(80 * 100);
});

test("--network-column is still required for survey answers (exit 2)", async () => {
  fs.writeFileSync(file("answers.csv"), "Netwerk;V1\nA;1\n");
  const result = await run("feedback", file("answers.csv"), "--out-dir", file("survey"));
  expect(result.code).toBe(2);
  expect(result.err).toMatch(/--network-column ontbreekt/);
});
