/**
 * Seeded monitoring data for the indicator framework (docs/indicators.md): the example workbook
 * `examples/monitoring-wijdoenmee.xlsx` in the spirit of seeds 000 and 003 (40 partnerships in 5
 * regions, quarters 2024-Q1 … 2026-Q3, a cumulative participant count toward 45,000 by 2029, a
 * percentage at work toward 20 %, a stock of organisations, activities by type, the reach of local
 * governments as a headline percentage; a few late, open or bad rows on purpose), and the large
 * framework of the benchmark (units × indicators × periods).
 *
 * @example const sheets = monitoringExample(2029); sheets.measurements.length; // ≈ 3,500 rows
 */
import type { CellValue } from "../src/analysis/grid";
import { mulberry32 } from "./exampleData";

export interface KaderSheets {
  indicators: CellValue[][];
  measurements: CellValue[][];
  units: CellValue[][];
  targets: CellValue[][];
}

export const MONITORING_SEED = 2029;
const REGIONS = ["Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen"];
const ACTIVITY_TYPES: [string, number][] = [
  ["ontmoeting", 0.46],
  ["cursus", 0.24],
  ["vrijwilligerswerk", 0.17],
  ["andere", 0.13],
];
const QUARTERS = ["2024", "2025", "2026"]
  .flatMap((year) => [1, 2, 3, 4].map((quarter) => `${year}-Q${quarter}`))
  .slice(0, 11);

const INDICATOR_HEADER = [
  "indicator",
  "naam",
  "doel",
  "subdoel",
  "niveau",
  "type",
  "teller",
  "noemer",
  "soort",
  "cumulatief",
  "richting",
  "basiswaarde",
  "basisperiode",
  "doelwaarde",
  "doelperiode",
  "statusbasis",
  "groen vanaf",
  "oranje vanaf",
  "meeteenheid",
  "decimalen",
  "bron",
];
const SOURCE = "zelfrapportage kwantitatieve monitoring netwerken";

/** A Poisson-like whole number around `mean` (normal approximation, at least 0). */
function count(random: () => number, mean: number): number {
  const u = Math.max(random(), 1e-12);
  const v = random();
  const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  return Math.max(0, Math.round(mean + z * Math.sqrt(mean)));
}

/** Last day of a quarter label plus `days`, as d/m/yyyy (a Dutch data date). */
function dataDate(quarter: string, days: number): string {
  const [year, q] = [Number(quarter.slice(0, 4)), Number(quarter.slice(-1))];
  const date = new Date(Date.UTC(year, q * 3, 0 + days));
  return `${date.getUTCDate()}/${date.getUTCMonth() + 1}/${date.getUTCFullYear()}`;
}

/** The example framework of a Wij Doen Mee-like programme. */
export function monitoringExample(seed = MONITORING_SEED): KaderSheets {
  const random = mulberry32(seed);
  const indicators: CellValue[][] = [
    INDICATOR_HEADER,
    [
      "DEELNEMERS",
      "Deelnemers bereikt (sinds de start)",
      "Maatschappelijke participatie versterken",
      "Kwetsbare burgers bereiken",
      "output",
      "aantal",
      null,
      null,
      "stroom",
      "ja",
      "hoger",
      0,
      2023,
      45000,
      2029,
      null,
      null,
      null,
      "personen",
      0,
      SOURCE,
    ],
    [
      "AAN_HET_WERK",
      "Deelnemers aan het werk na het traject",
      "Maatschappelijke participatie versterken",
      "Toeleiding naar werk",
      "outcome",
      "percentage",
      "deelnemers aan het werk",
      "deelnemers met een afgerond traject",
      "stand",
      "nee",
      "hoger",
      12,
      2023,
      20,
      2029,
      null,
      null,
      null,
      "%",
      1,
      SOURCE,
    ],
    [
      "ORGANISATIES",
      "Betrokken organisaties",
      "Samenwerking lokaal verankeren",
      "Netwerken uitbouwen",
      "output",
      "aantal",
      null,
      null,
      "stand",
      "nee",
      "hoger",
      600,
      2023,
      1200,
      2029,
      null,
      null,
      null,
      "organisaties",
      0,
      SOURCE,
    ],
    [
      "ACTIVITEITEN",
      "Activiteiten",
      "Samenwerking lokaal verankeren",
      "Netwerken uitbouwen",
      "output",
      "aantal",
      null,
      null,
      "stroom",
      "nee",
      "hoger",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      "activiteiten",
      0,
      SOURCE,
    ],
    [
      "BEREIK_LB",
      "Lokale besturen in het werkgebied bereikt",
      "Samenwerking lokaal verankeren",
      "Lokale besturen betrekken",
      "impact",
      "percentage",
      "lokale besturen bereikt",
      "lokale besturen in het werkgebied",
      "stand",
      "nee",
      "hoger",
      null,
      null,
      null,
      null,
      "waarde",
      80,
      60,
      "%",
      0,
      SOURCE,
    ],
  ];
  const units: CellValue[][] = [["eenheid", "regio", "grootteklasse", "actief vanaf"]];
  const targets: CellValue[][] = [
    ["indicator", "eenheid", "doelwaarde", "doelperiode", "basiswaarde", "basisperiode"],
  ];
  const measurements: CellValue[][] = [
    [
      "indicator",
      "eenheid",
      "periode",
      "waarde",
      "teller",
      "noemer",
      "datum",
      "activiteitstype",
      "opmerking",
    ],
  ];
  const partnerships: { name: string; size: number; start: number }[] = [];
  for (let index = 0; index < 40; index++) {
    const name = `Partnerschap ${String(index + 1).padStart(2, "0")}`;
    const size = 0.5 + random() * 1.2;
    // Seed 003: the partnerships started between January and October 2024 (quarters 0–3).
    const start = Math.min(3, Math.floor(random() * 4));
    partnerships.push({ name, size, start });
    units.push([
      name,
      REGIONS[index % REGIONS.length],
      size < 0.9 ? "klein" : size < 1.3 ? "middel" : "groot",
      `2024-Q${start + 1}`,
    ]);
  }
  const totalSize = partnerships.reduce((sum, unit) => sum + unit.size, 0);
  for (const unit of partnerships)
    targets.push([
      "DEELNEMERS",
      unit.name,
      Math.round((45000 * unit.size) / totalSize / 10) * 10,
      2029,
      0,
      2023,
    ]);

  partnerships.forEach((unit, unitIndex) => {
    let organisations = Math.round(12 * unit.size + random() * 4);
    let employed = 0;
    let finished = 0;
    const municipalities = 3 + Math.floor(random() * 8);
    // Five partnerships are late: they have not reported the last quarter yet.
    const late = unitIndex % 8 === 3;
    QUARTERS.forEach((quarter, quarterIndex) => {
      if (quarterIndex < unit.start) return;
      if (late && quarterIndex === QUARTERS.length - 1) return;
      const date = dataDate(quarter, 10 + Math.floor(random() * 20));
      const ramp = Math.min(1, (quarterIndex - unit.start + 1) / 3);
      measurements.push([
        "DEELNEMERS",
        unit.name,
        quarter,
        count(random, 58 * unit.size * ramp),
        null,
        null,
        date,
        null,
        null,
      ]);
      const newlyFinished = count(random, 20 * unit.size * ramp);
      finished = Math.round(finished * 0.5) + newlyFinished;
      employed = Math.min(
        finished,
        Math.round(finished * (0.1 + 0.04 * random() + 0.004 * quarterIndex))
      );
      measurements.push([
        "AAN_HET_WERK",
        unit.name,
        quarter,
        null,
        employed,
        finished,
        date,
        null,
        null,
      ]);
      organisations += count(random, 0.9 * unit.size);
      measurements.push([
        "ORGANISATIES",
        unit.name,
        quarter,
        organisations,
        null,
        null,
        date,
        null,
        null,
      ]);
      const activities = count(random, 45 * unit.size * ramp);
      let rest = activities;
      ACTIVITY_TYPES.forEach(([type, share], typeIndex) => {
        const part =
          typeIndex === ACTIVITY_TYPES.length - 1
            ? rest
            : Math.min(rest, count(random, activities * share));
        rest -= part;
        measurements.push(["ACTIVITEITEN", unit.name, quarter, part, null, null, date, type, null]);
      });
      const reached = Math.min(
        municipalities,
        Math.round(municipalities * (0.4 + (0.06 * quarterIndex) / 3 + 0.25 * random()))
      );
      measurements.push([
        "BEREIK_LB",
        unit.name,
        quarter,
        null,
        reached,
        municipalities,
        date,
        null,
        null,
      ]);
    });
  });

  // A few bad or open rows, as coordinators send them (each shows up on the Problems sheet).
  measurements.push([
    "DEELNEMERS",
    "Partnerschap 07",
    "2026-Q5",
    40,
    null,
    null,
    "12/10/2026",
    null,
    "typfout in de periode",
  ]);
  measurements.push([
    "ORGANISATIES",
    "Partnerschap 12",
    "2026-Q3",
    "ca. 30",
    null,
    null,
    "9/10/2026",
    null,
    "schatting",
  ]);
  measurements.push([
    "AAN_HET_WERK",
    "Partnerschap 15",
    "2026-Q3",
    null,
    14,
    9,
    "14/10/2026",
    null,
    null,
  ]);
  measurements.push([
    "DEELNEMERS",
    "Partnerschap Kortrijk",
    "2026-Q3",
    55,
    null,
    null,
    "14/10/2026",
    null,
    "nieuw partnerschap, nog niet op het blad Eenheden",
  ]);
  measurements.push([
    "DEELNEMERS",
    "Partnerschap 02",
    "2026-Q3",
    61,
    null,
    null,
    "20/10/2026",
    null,
    "dubbel doorgestuurd",
  ]);
  // Figures for 2026-Q3 drawn before the quarter ended (IND_PERIOD_OPEN).
  for (const row of measurements)
    if (row[1] === "Partnerschap 21" && row[2] === "2026-Q3") row[6] = "25/9/2026";
  return { indicators, measurements, units, targets };
}

const TYPES: [string, string, string][] = [
  ["aantal", "stroom", "nee"],
  ["percentage", "stand", "nee"],
  ["aantal", "stand", "nee"],
  ["aantal", "stroom", "ja"],
  ["gemiddelde", "stand", "nee"],
  ["verhouding", "stroom", "nee"],
];

/**
 * A large framework for the benchmark: `units` units in 10 regions, `indicators` indicators of
 * every type, `periods` months of 2025 (and on), one measurement per indicator × unit × period.
 */
export function largeKader(options: {
  units: number;
  indicators: number;
  periods: number;
  seed: number;
}): KaderSheets {
  const random = mulberry32(options.seed);
  const indicators: CellValue[][] = [
    [
      "indicator",
      "naam",
      "doel",
      "type",
      "soort",
      "cumulatief",
      "factor",
      "basiswaarde",
      "basisperiode",
      "doelwaarde",
      "doelperiode",
    ],
  ];
  for (let index = 0; index < options.indicators; index++) {
    const [type, kind, cumulative] = TYPES[index % TYPES.length];
    const target = type === "percentage" ? 60 : type === "gemiddelde" ? 4 : 1000;
    indicators.push([
      `IND_${index + 1}`,
      `Indicator ${index + 1}`,
      `Doel ${(index % 5) + 1}`,
      type,
      kind,
      cumulative,
      type === "verhouding" ? 1000 : null,
      0,
      2024,
      target,
      2028,
    ]);
  }
  const units: CellValue[][] = [["eenheid", "regio"]];
  for (let index = 0; index < options.units; index++)
    units.push([`Eenheid ${index + 1}`, `Regio ${(index % 10) + 1}`]);
  const measurements: CellValue[][] = [
    ["indicator", "eenheid", "periode", "waarde", "teller", "noemer", "datum"],
  ];
  const periods = Array.from({ length: options.periods }, (_, index) => {
    const year = 2025 + Math.floor(index / 12);
    return `${year}-${String((index % 12) + 1).padStart(2, "0")}`;
  });
  for (let indicator = 0; indicator < options.indicators; indicator++) {
    const [type] = TYPES[indicator % TYPES.length];
    for (let unit = 0; unit < options.units; unit++)
      for (const period of periods) {
        const id = `IND_${indicator + 1}`;
        const name = `Eenheid ${unit + 1}`;
        if (type === "percentage" || type === "verhouding") {
          const denominator = 20 + Math.floor(random() * 200);
          measurements.push([
            id,
            name,
            period,
            null,
            Math.floor(random() * denominator),
            denominator,
            null,
          ]);
        } else if (type === "gemiddelde") {
          measurements.push([
            id,
            name,
            period,
            Math.round(random() * 50) / 10,
            null,
            10 + Math.floor(random() * 40),
            null,
          ]);
        } else {
          measurements.push([id, name, period, Math.floor(random() * 100), null, null, null]);
        }
      }
  }
  return {
    indicators,
    measurements,
    units,
    targets: [["indicator", "eenheid", "doelwaarde", "doelperiode"]],
  };
}
