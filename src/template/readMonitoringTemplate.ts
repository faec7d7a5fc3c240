/**
 * Reading one returned monitoring template (src/template/monitoringTemplate.ts) from its Grids:
 * the unit, the template version, the `Indicatoren` definitions and the `Metingen` rows with the
 * sheet row each came from, plus the checks the template's data validation makes (a writer that
 * ignores validation, or a pasted value, gets past it): values that are not numbers, negative or
 * not whole, teller > noemer for a percentage. Pure: Grids in, rows and issues out; the adapter
 * that reads the bytes is injected by the caller (docs/consolidate.md, "Monitoring templates").
 *
 * @example
 * if (isMonitoringTemplate(grids)) {
 *   const filled = readFilledMonitoringTemplate(grids, { file: "p01.xlsx", language: "nl" });
 *   filled.rows[0] // { indicator: "DEELNEMERS", unit: "Partnerschap 01", period: "2026-Q1", value: 120, …, row: 2 }
 * }
 */
import type { CellValue, Grid } from "../analysis/grid";
import { gridCellAddress } from "../analysis/grid";
import type { Issue } from "../analysis/issue";
import type { Language } from "../analysis/language";
import { normalizeText } from "../analysis/textMatch";
import { MEASUREMENT_COLUMNS, cellText, findColumns, findSheet } from "../indicators/columns";
import { parseDutchNumber } from "../indicators/dutchNumber";
import { MONITORING_TEMPLATE_VERSION } from "./monitoringTemplate";
import type { MonitoringTemplateMessage } from "./readTemplateMessages";
import { monitoringTemplateMessage } from "./readTemplateMessages";

/** Sheet names of the monitoring template (either language; matched normalised). */
const INSTRUCTIONS_SHEETS = ["Instructies", "Instructions"];
const DEFINITIONS_SHEETS = ["Indicatoren", "Indicators"];
const MEASUREMENTS_SHEETS = ["Metingen", "Measurements"];
const VERSION_LABELS = ["Sjabloonversie", "Template version"].map(normalizeText);
const UNIT_LABELS = ["Eenheid", "Unit"].map(normalizeText);
const PERIODS_LABELS = ["Perioden", "Periods"].map(normalizeText);
/** The version family every monitoring template's marker starts with. */
const VERSION_FAMILY = "netwerkmeter-monitoring";

/** One row of `Metingen` as returned, with its 1-based sheet row (provenance). */
export interface MonitoringRow {
  indicator: CellValue;
  unit: CellValue;
  period: CellValue;
  value: CellValue;
  numerator: CellValue;
  denominator: CellValue;
  date: CellValue;
  comment: CellValue;
  /** Sheet row (1-based) on `sheet`. */
  row: number;
  /** The answer cells that hold a figure, e.g. "D2" or "E5:F5". */
  cells: string;
  /** True when a figure on the row is an error (listed in `issues`): left out of the framework. */
  rejected: boolean;
}

export interface FilledMonitoringTemplate {
  unit: string | null;
  /** The address of the unit on the instructions sheet, e.g. "Instructies!B3". */
  unitSheet: string | null;
  unitCell: string | null;
  version: string | null;
  /** The `Indicatoren` sheet as returned (header first). */
  definitions: CellValue[][];
  /** The sheet the rows come from (`Metingen`). */
  sheet: string;
  rows: MonitoringRow[];
  /** Rows with at least one figure (waarde, teller or noemer). */
  answered: number;
  issues: Issue[];
}

function labelValue(
  grid: Grid | undefined,
  labels: readonly string[]
): { text: string; cell: string } | null {
  if (!grid) return null;
  for (let r = 0; r < grid.rows.length; r += 1) {
    const label = cellText(grid.rows[r][0]);
    if (label !== null && labels.includes(normalizeText(label))) {
      const text = cellText(grid.rows[r][1]);
      return text === null ? null : { text, cell: gridCellAddress(grid, r, 1) };
    }
  }
  return null;
}

/**
 * True for a returned monitoring template: an instructions sheet whose template version starts
 * with "netwerkmeter-monitoring", beside `Indicatoren` and `Metingen`. A framework workbook
 * (kader.xlsx) has no such marker and is not one.
 */
export function isMonitoringTemplate(grids: readonly Grid[]): boolean {
  const version = labelValue(findSheet(grids, INSTRUCTIONS_SHEETS), VERSION_LABELS);
  return (
    version !== null &&
    version.text.startsWith(VERSION_FAMILY) &&
    findSheet(grids, DEFINITIONS_SHEETS) !== undefined &&
    findSheet(grids, MEASUREMENTS_SHEETS) !== undefined
  );
}

/** Reads a monitoring template (isMonitoringTemplate(grids) must hold). */
export function readFilledMonitoringTemplate(
  grids: readonly Grid[],
  options: { file: string; language: Language }
): FilledMonitoringTemplate {
  const { file, language } = options;
  const say = (message: MonitoringTemplateMessage) => monitoringTemplateMessage(language, message);
  const instructions = findSheet(grids, INSTRUCTIONS_SHEETS);
  const definitions = findSheet(grids, DEFINITIONS_SHEETS);
  const measurements = findSheet(grids, MEASUREMENTS_SHEETS);
  const unitOnInstructions = labelValue(instructions, UNIT_LABELS);
  let unit = unitOnInstructions;
  // The periods the template asks for, as written on Instructies ("2026-Q4, 2027-Q1").
  const periodsText = labelValue(instructions, PERIODS_LABELS)?.text ?? null;
  const askedPeriods = new Set(
    (periodsText ?? "")
      .split(",")
      .map((period) => normalizeText(period))
      .filter((period) => period !== "")
  );
  const version = labelValue(instructions, VERSION_LABELS)?.text ?? null;
  const issues: Issue[] = [];
  const sheet = measurements?.sheet ?? MEASUREMENTS_SHEETS[0];
  if (version !== null && version !== MONITORING_TEMPLATE_VERSION)
    issues.push({
      severity: "warning",
      code: "TEMPLATE_VERSION_UNKNOWN",
      message: say({
        code: "TEMPLATE_VERSION_UNKNOWN",
        version,
        current: MONITORING_TEMPLATE_VERSION,
      }),
      file,
      ...(instructions ? { sheet: instructions.sheet } : {}),
    });
  const rows: MonitoringRow[] = [];
  let answered = 0;
  if (measurements && measurements.rows.length > 0) {
    const { known } = findColumns(measurements.rows[0], MEASUREMENT_COLUMNS);
    const at = (row: CellValue[], key: string): CellValue => {
      const index = known.get(key);
      return index === undefined ? null : (row[index] ?? null);
    };
    const address = (r: number, key: string) => gridCellAddress(measurements, r, known.get(key)!);
    // Whose rows these are: the template's unit, unless every row names one other unit (the
    // unit cell on Instructies was changed, not the protected rows): then the rows' unit counts.
    const rowUnits = new Map<string, string>();
    for (let r = 1; r < measurements.rows.length; r += 1) {
      const rowUnit = cellText(at(measurements.rows[r], "unit"));
      if (cellText(at(measurements.rows[r], "indicator")) !== null && rowUnit !== null)
        rowUnits.set(normalizeText(rowUnit), rowUnit);
    }
    if (unit && rowUnits.size === 1 && !rowUnits.has(normalizeText(unit.text))) {
      const rowsUnit = [...rowUnits.values()][0];
      issues.push({
        severity: "warning",
        code: "MONITORING_UNIT_CELL_CHANGED",
        message: say({ code: "MONITORING_UNIT_CELL_CHANGED", cellUnit: unit.text, rowsUnit }),
        file,
        ...(instructions ? { sheet: instructions.sheet } : {}),
        cell: unit.cell,
      });
      unit = { ...unit, text: rowsUnit };
    }
    for (let r = 1; r < measurements.rows.length; r += 1) {
      const cells = measurements.rows[r];
      const errorsBefore = issues.length;
      if (cellText(at(cells, "indicator")) === null) continue;
      const figures: string[] = [];
      const numbers: Partial<Record<"value" | "numerator" | "denominator", number>> = {};
      for (const key of ["value", "numerator", "denominator"] as const) {
        const raw = at(cells, key);
        const parsed = parseDutchNumber(raw);
        if (parsed === null) continue;
        figures.push(address(r, key));
        const problem = (message: MonitoringTemplateMessage) =>
          issues.push({
            severity: "error",
            code: message.code,
            message: say(message),
            file,
            sheet,
            cell: address(r, key),
          });
        if (parsed === "bad") {
          problem({ code: "IND_BAD_NUMBER", raw: String(raw) });
          continue;
        }
        numbers[key] = parsed;
        if (parsed < 0) problem({ code: "IND_NEGATIVE", value: parsed });
        // A mean's value may have decimals; every other figure of the template is a whole number.
        else if (
          !Number.isInteger(parsed) &&
          !(key === "value" && isMeanRow(definitions, at(cells, "indicator")))
        )
          problem({ code: "IND_NOT_WHOLE", value: parsed });
      }
      // A row with a figure for another unit or for a period the template does not ask for was
      // added or typed over (the rows are protected): left out, at its cell, so it cannot move
      // the report period or count for a unit that did not send it.
      if (figures.length > 0 || cellText(at(cells, "comment")) !== null) {
        const rowUnit = cellText(at(cells, "unit"));
        if (unit && rowUnit !== null && normalizeText(rowUnit) !== normalizeText(unit.text))
          issues.push({
            severity: "error",
            code: "MONITORING_OTHER_UNIT",
            message: say({ code: "MONITORING_OTHER_UNIT", unit: rowUnit, templateUnit: unit.text }),
            file,
            sheet,
            cell: address(r, "unit"),
          });
        const period = cellText(at(cells, "period"));
        if (askedPeriods.size > 0 && period !== null && !askedPeriods.has(normalizeText(period)))
          issues.push({
            severity: "error",
            code: "MONITORING_PERIOD_NOT_ASKED",
            message: say({
              code: "MONITORING_PERIOD_NOT_ASKED",
              period,
              periods: periodsText ?? "",
            }),
            file,
            sheet,
            cell: address(r, "period"),
          });
      }
      const type = indicatorType(definitions, at(cells, "indicator"));
      // docs/indicators.md §2: teller > 0 with noemer 0 is IND_ZERO_DENOMINATOR (for a percentage
      // before teller > noemer, which it also is); a mean's n of 0 likewise.
      const zeroDenominator =
        numbers.denominator === 0 &&
        (type === "gemiddelde" ||
          ((type === "percentage" || type === "verhouding") && (numbers.numerator ?? 0) > 0));
      if (zeroDenominator)
        issues.push({
          severity: "error",
          code: "IND_ZERO_DENOMINATOR",
          message: say({ code: "IND_ZERO_DENOMINATOR", numerator: numbers.numerator ?? null }),
          file,
          sheet,
          cell: address(r, "denominator"),
        });
      else if (
        numbers.numerator !== undefined &&
        numbers.denominator !== undefined &&
        numbers.numerator > numbers.denominator &&
        type === "percentage"
      )
        issues.push({
          severity: "error",
          code: "IND_NUMERATOR_GT_DENOMINATOR",
          message: say({
            code: "IND_NUMERATOR_GT_DENOMINATOR",
            numerator: numbers.numerator,
            denominator: numbers.denominator,
          }),
          file,
          sheet,
          cell: address(r, "numerator"),
        });
      if (figures.length > 0) answered += 1;
      rows.push({
        indicator: at(cells, "indicator"),
        unit: at(cells, "unit"),
        period: at(cells, "period"),
        value: at(cells, "value"),
        numerator: at(cells, "numerator"),
        denominator: at(cells, "denominator"),
        date: at(cells, "dataDate"),
        comment: at(cells, "comment"),
        row: measurements.originRow + r + 1,
        rejected: issues.length > errorsBefore,
        cells:
          figures.length === 0
            ? `A${measurements.originRow + r + 1}`
            : figures.length === 1
              ? figures[0]
              : `${figures[0]}:${figures[figures.length - 1]}`,
      });
    }
  }
  return {
    unit: unit?.text ?? null,
    unitSheet: unitOnInstructions ? (instructions?.sheet ?? null) : null,
    unitCell: unitOnInstructions?.cell ?? null,
    version,
    definitions: definitions ? definitions.rows.map((row) => [...row]) : [],
    sheet,
    rows,
    answered,
    issues,
  };
}

/** The indicator's `type` on the definitions sheet (normalised), or null. */
function indicatorType(definitions: Grid | undefined, id: CellValue): string | null {
  if (!definitions || definitions.rows.length === 0) return null;
  const header = definitions.rows[0].map((cell) => normalizeText(cellText(cell) ?? ""));
  const idColumn = header.indexOf("indicator");
  const typeColumn = header.indexOf("type");
  if (idColumn < 0 || typeColumn < 0) return null;
  const key = normalizeText(cellText(id) ?? "");
  const row = definitions.rows.find(
    (cells) => normalizeText(cellText(cells[idColumn]) ?? "") === key
  );
  return row ? normalizeText(cellText(row[typeColumn]) ?? "") : null;
}

function isType(definitions: Grid | undefined, id: CellValue, type: string): boolean {
  return indicatorType(definitions, id) === type;
}

function isMeanRow(definitions: Grid | undefined, id: CellValue): boolean {
  return isType(definitions, id, "gemiddelde");
}
