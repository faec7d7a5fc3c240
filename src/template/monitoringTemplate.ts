/**
 * The monitoring template a coordinator fills for one unit (issue 8 §4; docs/indicators.md §1): the
 * framework's indicators with their definitions (sheet `Indicatoren`), and one row per indicator and
 * period on `Metingen` in the contract's own layout, so a filled template is itself a framework that
 * `netwerkmeter indicators` reads. Only the answer cells are unlocked; counts, tellers and noemers
 * must be whole numbers ≥ 0 (teller ≤ noemer for a percentage), enforced by data validation.
 * Pure description (cells, unlocked ranges, validations); src/xlsx/writeMonitoringTemplate.ts
 * writes it.
 *
 * @example const spec = buildMonitoringTemplate(kader.indicators, "Partnerschap 01", periods, { language: "nl", generated: "2026-12-01" });
 */
import type { CellValue } from "../analysis/grid";
import { a1Address } from "../analysis/grid";
import type { Language } from "../analysis/language";
import type { IndicatorDefinition } from "../indicators/kader";
import type { Period } from "../indicators/period";
import { periodLabel } from "../indicators/period";
import { CHARS_PER_WIDTH, wrappedLineCount } from "./templateSpec";
import { validationRuns } from "./validationRuns";

export const MONITORING_TEMPLATE_VERSION = "netwerkmeter-monitoring 1";

export type MonitoringValidation =
  | { range: string; kind: "whole"; min: number; prompt: string }
  | { range: string; kind: "decimal"; prompt: string }
  | { range: string; kind: "date"; prompt: string }
  | { range: string; kind: "custom"; formula: string; prompt: string };

export interface MonitoringSheet {
  name: string;
  rows: CellValue[][];
  widths: number[];
  /** A1 ranges the coordinator may change; the rest of a protected sheet is locked. */
  unlocked: string[];
  validations: MonitoringValidation[];
  protect: boolean;
  /** Rows (1-based) whose first row is a header to print bold. */
  headerRow: number | null;
  /** Columns (1-based) whose text wraps within the column. */
  wrapColumns: number[];
  /** Ranges merged into one cell, e.g. an instruction line across both columns ("A9:B9"). */
  merges: string[];
  /** Heights (points) of rows (1-based) whose wrapped text needs more than one line. */
  rowHeights: Record<number, number>;
  /** Printed on A4, one page wide and as many pages tall as needed; the header row on each page. */
  print: { orientation: "portrait" | "landscape"; repeatHeader: boolean };
}

/** Points per line of wrapped 11 pt text, and for the 14 pt title. */
const LINE_HEIGHT = 15;
const TITLE_LINE_HEIGHT = 20;

/**
 * Heights for the rows of `rows` whose text, wrapped in its column (or in the merged width when the
 * row is one merged line), needs more than one line: Excel and LibreOffice keep the stored height
 * of a file written outside them, so a wrapped row would otherwise show (and print) one line.
 */
function wrappedHeights(
  rows: readonly CellValue[][],
  widths: readonly number[],
  wrapColumns: readonly number[],
  mergedRows: ReadonlySet<number>
): Record<number, number> {
  const heights: Record<number, number> = {};
  const total = widths.reduce((sum, width) => sum + width, 0);
  rows.forEach((row, index) => {
    let lines = 1;
    row.forEach((value, column) => {
      if (typeof value !== "string" || !wrapColumns.includes(column + 1)) return;
      const width = mergedRows.has(index + 1) ? total : widths[column];
      lines = Math.max(lines, wrappedLineCount(value, width * CHARS_PER_WIDTH));
    });
    if (lines > 1) heights[index + 1] = lines * LINE_HEIGHT + 2;
  });
  return heights;
}

export interface MonitoringTemplateSpec {
  unit: string;
  periods: string[];
  version: string;
  sheets: MonitoringSheet[];
}

/** Header of `Metingen` in the template (contract column names); consolidation adds provenance. */
export const MEASUREMENT_HEADER = [
  "indicator",
  "eenheid",
  "periode",
  "waarde",
  "teller",
  "noemer",
  "datum",
  "opmerking",
] as const;

/** Builds the template description for one unit and the given periods (in order). */
export function buildMonitoringTemplate(
  indicators: readonly IndicatorDefinition[],
  unit: string,
  periods: readonly Period[],
  options: { language: Language; generated: string; title?: string }
): MonitoringTemplateSpec {
  const nl = options.language === "nl";
  const t = (dutch: string, english: string) => (nl ? dutch : english);
  const labels = periods.map(periodLabel);

  const instructions: CellValue[][] = [
    [options.title ?? t("Monitoring: cijfers per periode", "Monitoring: figures per period")],
    [],
    [t("Eenheid", "Unit"), unit],
    [t("Perioden", "Periods"), labels.join(", ")],
    [t("Sjabloonversie", "Template version"), MONITORING_TEMPLATE_VERSION],
    [t("Gemaakt op", "Made on"), options.generated],
    [],
    [t("Zo vult u in", "How to fill in")],
    [
      t(
        "1. Vul op het blad Metingen per indicator en periode de witte cellen in; grijze cellen gelden niet voor die indicator.",
        "1. On the Metingen sheet fill in the white cells per indicator and period; grey cells do not apply to that indicator."
      ),
    ],
    [
      t(
        "2. Aantallen, tellers en noemers zijn gehele getallen ≥ 0; bij een percentage is de teller niet groter dan de noemer.",
        "2. Counts, numerators and denominators are whole numbers ≥ 0; for a percentage the numerator is not larger than the denominator."
      ),
    ],
    [
      t(
        "3. Laat een cel leeg als u (nog) geen cijfer hebt: leeg is 'niet gerapporteerd', 0 is een cijfer.",
        "3. Leave a cell blank when you have no figure (yet): blank is 'not reported', 0 is a figure."
      ),
    ],
    [
      t(
        "4. Vul bij datum de dag in waarop u de cijfers trok (na het einde van de periode).",
        "4. Under datum, give the day you drew the figures (after the end of the period)."
      ),
    ],
    [
      t(
        "5. Wat elke indicator meet, staat op het blad Indicatoren (teller, noemer, bron).",
        "5. What each indicator measures is on the Indicatoren sheet (numerator, denominator, source)."
      ),
    ],
  ];

  const definitionRows: CellValue[][] = [
    [
      "indicator",
      "naam",
      "doel",
      "subdoel",
      "niveau",
      "type",
      "factor",
      "teller",
      "noemer",
      "aggregatie",
      "soort",
      "cumulatief",
      "richting",
      "meeteenheid",
      "decimalen",
      "bron",
    ],
    ...indicators.map((definition) => [
      definition.id,
      definition.name,
      definition.goal,
      definition.subgoal,
      definition.level,
      definition.type,
      definition.type === "verhouding" ? definition.multiplier : null,
      definition.numeratorText,
      definition.denominatorText,
      definition.aggregation,
      definition.kind,
      definition.cumulative ? "ja" : "nee",
      definition.direction,
      definition.measureUnit,
      definition.decimals,
      definition.source,
    ]),
  ];

  const rows: CellValue[][] = [[...MEASUREMENT_HEADER]];
  const unlocked: string[] = [];
  const validations: MonitoringValidation[] = [];
  const wholePrompt = t(
    "Een geheel getal ≥ 0 (leeg = niet gerapporteerd).",
    "A whole number ≥ 0 (blank = not reported)."
  );
  for (const definition of indicators)
    for (const label of labels) {
      rows.push([definition.id, unit, label, null, null, null, null, null]);
      const row = rows.length - 1; // 0-based sheet row
      const cell = (column: number) => a1Address(row, column);
      const [value, numerator, denominator, date, comment] = [
        cell(3),
        cell(4),
        cell(5),
        cell(6),
        cell(7),
      ];
      unlocked.push(date, comment);
      validations.push({
        range: date,
        kind: "date",
        prompt: t("De datum waarop de cijfers getrokken zijn.", "The date the figures were drawn."),
      });
      if (definition.type === "aantal") {
        unlocked.push(value);
        validations.push({ range: value, kind: "whole", min: 0, prompt: wholePrompt });
      } else if (definition.type === "gemiddelde") {
        unlocked.push(value, denominator);
        validations.push({
          range: value,
          kind: "decimal",
          prompt: t("Het gemiddelde.", "The mean."),
        });
        validations.push({
          range: denominator,
          kind: "whole",
          min: 1,
          prompt: t(
            "n: op hoeveel het gemiddelde steunt (geheel getal ≥ 1).",
            "n: how many the mean is based on (whole number ≥ 1)."
          ),
        });
      } else {
        unlocked.push(numerator, denominator);
        validations.push({ range: denominator, kind: "whole", min: 0, prompt: wholePrompt });
        if (definition.type === "percentage")
          validations.push({
            range: numerator,
            kind: "custom",
            formula: `AND(${numerator}>=0,${numerator}=INT(${numerator}),OR(${denominator}="",${numerator}<=${denominator}))`,
            prompt: t(
              "Een geheel getal ≥ 0, niet groter dan de noemer.",
              "A whole number ≥ 0, not larger than the denominator."
            ),
          });
        else validations.push({ range: numerator, kind: "whole", min: 0, prompt: wholePrompt });
      }
    }

  // Instructies: the title, the heading and each step are one line across both columns, wrapped.
  const instructionWidths = [22, 66];
  const lineRows = new Set(
    instructions.flatMap((row, index) => (row.length === 1 ? [index + 1] : []))
  );
  const instructionHeights = wrappedHeights(instructions, instructionWidths, [1, 2], lineRows);
  instructionHeights[1] = TITLE_LINE_HEIGHT;
  // Indicatoren: the texts wrap in narrower columns, so 16 columns print one (landscape) page wide.
  const definitionWidths = [16, 28, 22, 22, 10, 11, 7, 26, 26, 14, 8, 11, 9, 13, 11, 20];
  const definitionWrap = [2, 3, 4, 8, 9, 10, 14, 16];
  const measurementWidths = [16, 22, 10, 11, 11, 11, 12, 40];

  return {
    unit,
    periods: labels,
    version: MONITORING_TEMPLATE_VERSION,
    sheets: [
      {
        name: t("Instructies", "Instructions"),
        rows: instructions,
        widths: instructionWidths,
        unlocked: [],
        validations: [],
        protect: true,
        headerRow: null,
        wrapColumns: [1, 2],
        merges: [...lineRows].map((row) => `A${row}:B${row}`),
        rowHeights: instructionHeights,
        print: { orientation: "portrait", repeatHeader: false },
      },
      {
        name: "Indicatoren",
        rows: definitionRows,
        widths: definitionWidths,
        unlocked: [],
        validations: [],
        protect: true,
        headerRow: 1,
        wrapColumns: definitionWrap,
        merges: [],
        rowHeights: wrappedHeights(definitionRows, definitionWidths, definitionWrap, new Set()),
        print: { orientation: "landscape", repeatHeader: true },
      },
      {
        name: "Metingen",
        rows,
        widths: measurementWidths,
        unlocked,
        // One range per run of alike cells down a column: per-cell validations would overlap in
        // the file ExcelJS writes (see validationRuns.ts).
        validations: validationRuns(validations),
        protect: true,
        headerRow: 1,
        wrapColumns: [8],
        merges: [],
        rowHeights: {},
        print: { orientation: "landscape", repeatHeader: true },
      },
    ],
  };
}
