/**
 * Reads an indicator framework workbook (docs/indicators.md §1) from Grids: `Indicatoren`
 * (required), `Metingen`, `Eenheden` and `Doelen` (optional). Definitions that the rules cannot
 * follow stop the run with a KaderError (one line naming file, sheet and cell; exit 1). Row
 * problems (§3) become Issues naming sheet and cell and the row is left out; nothing is guessed.
 * The checks that depend on the run's options (duplicates, rows coarser than `--per`, open periods)
 * are made in computeIndicators.ts.
 *
 * @example
 * const kader = readKader(grids, { language: "nl" });
 * kader.indicators[0].id; // "DEELNEMERS"
 */
import type { Grid } from "../analysis/grid";
import { gridCellAddress, gridRow, gridRowCount } from "../analysis/grid";
import type { Issue, IssueCode } from "../analysis/issue";
import type { Language } from "../analysis/language";
import { normalizeText } from "../analysis/textMatch";
import type { ColumnAliases } from "./columns";
import {
  cellText,
  findSheet,
  INDICATOR_COLUMNS,
  MEASUREMENT_COLUMNS,
  SHEETS,
  TARGET_COLUMNS,
  UNIT_COLUMNS,
} from "./columns";
import { definitionProblems } from "./definitionChecks";
import { parseDataDate, parseDutchNumber } from "./dutchNumber";
import type { SheetTable } from "./kaderSheetTable";
import { dataRows, isBlankRow, sheetTable } from "./kaderSheetTable";
import { readNumbers } from "./measurementNumbers";
import { fractionMessage, looksLikeFraction, parsePercentNumber } from "./percentNumber";
import { readIndicators } from "./readIndicatorSheet";
import type { IndicatorDefinition, Kader, Measurement, UnitInfo, UnitTarget } from "./kader";
import { KaderError } from "./kaderError";
import type { Period } from "./period";
import { parsePeriod } from "./period";

export interface ReadKaderOptions {
  language: Language;
  /** Whether a missing `Metingen` sheet is an error (true for the indicators run). Default true. */
  requireMeasurements?: boolean;
}

/** Reads the workbook's grids into a Kader. Throws KaderError for unusable definitions. */
export function readKader(grids: readonly Grid[], options: ReadKaderOptions): Kader {
  const nl = options.language === "nl";
  const t = (dutch: string, english: string) => (nl ? dutch : english);
  const file = grids[0]?.file ?? "";
  const issues: Issue[] = [];

  // --- Indicatoren ---------------------------------------------------------------------------
  const indicatorGrid = findSheet(grids, SHEETS.indicators);
  if (!indicatorGrid)
    throw new KaderError(
      "IND_NO_INDICATORS_SHEET",
      t(
        "geen blad 'Indicatoren' (of 'Indicators'): dit is geen indicatorenkader.",
        "no 'Indicatoren' (or 'Indicators') sheet: this is not an indicator framework."
      ),
      { file }
    );
  const indicatorTable = sheetTable(indicatorGrid, INDICATOR_COLUMNS);
  const where = (grid: Grid, row: number, column: number) => ({
    file: grid.file ?? file,
    sheet: grid.sheet,
    cell: gridCellAddress(grid, row, column),
  });
  const requireColumns = (
    table: SheetTable | null,
    grid: Grid,
    keys: string[],
    names: ColumnAliases
  ) => {
    for (const key of keys) {
      if (!table || !table.known.has(key))
        throw new KaderError(
          "IND_MISSING_COLUMN",
          t(
            `verplichte kolom '${names[key][0]}' ontbreekt in de kopregel.`,
            `required column '${names[key][0]}' is missing from the header row.`
          ),
          {
            file: grid.file ?? file,
            sheet: grid.sheet,
            cell: gridCellAddress(grid, table?.headerRow ?? 0, 0),
          }
        );
    }
  };
  requireColumns(indicatorTable, indicatorGrid, ["indicator", "name", "type"], INDICATOR_COLUMNS);
  const indicators = readIndicators(indicatorTable!, t, where, (found) => issues.push(found));
  const byId = new Map(indicators.map((definition) => [definition.id, definition]));
  const lookupIndicator = (text: string | null) =>
    text === null ? undefined : (byId.get(text) ?? byIdNormalized(indicators, text));

  const issue = (
    severity: Issue["severity"],
    code: IssueCode,
    message: string,
    grid: Grid,
    row: number,
    column: number
  ) => issues.push({ severity, code, message, ...where(grid, row, column) });

  // --- Eenheden ------------------------------------------------------------------------------
  let units: UnitInfo[] | null = null;
  let unitColumns: string[] = [];
  const unitGrid = findSheet(grids, SHEETS.units);
  const unitLookup = new Map<string, string>();
  if (unitGrid) {
    const table = sheetTable(unitGrid, UNIT_COLUMNS);
    requireColumns(table, unitGrid, ["unit"], UNIT_COLUMNS);
    units = [];
    unitColumns = table!.other.map((column) => column.name);
    for (let row = table!.headerRow + 1; row < gridRowCount(unitGrid); row++) {
      const cells = gridRow(unitGrid, row);
      if (isBlankRow(cells)) continue;
      const unitColumn = table!.known.get("unit")!;
      const unit = cellText(cells[unitColumn]);
      if (unit === null) continue;
      const key = normalizeText(unit);
      if (unitLookup.has(key)) {
        issue(
          "error",
          "IND_DUPLICATE",
          t(
            `eenheid '${unit}' staat twee keer op het blad; de latere rij is weggelaten.`,
            `unit '${unit}' is listed twice; the later row is left out.`
          ),
          unitGrid,
          row,
          unitColumn
        );
        continue;
      }
      unitLookup.set(key, unit);
      const attributes: Record<string, string> = {};
      for (const column of table!.other)
        attributes[column.name] = cellText(cells[column.index]) ?? "";
      const activePeriod = (columnKey: "activeFrom" | "activeUntil"): Period | null => {
        const column = table!.known.get(columnKey);
        if (column === undefined || cellText(cells[column]) === null) return null;
        const period = parsePeriod(cells[column]);
        if (!period)
          issue(
            "error",
            "IND_BAD_PERIOD",
            t(
              `'${cellText(cells[column])}' is geen periode (bv. 2026, 2026-Q1, 2026-01); genegeerd.`,
              `'${cellText(cells[column])}' is not a period (e.g. 2026, 2026-Q1, 2026-01); ignored.`
            ),
            unitGrid,
            row,
            column
          );
        return period;
      };
      units.push({
        unit,
        attributes,
        activeFrom: activePeriod("activeFrom"),
        activeUntil: activePeriod("activeUntil"),
      });
    }
  }
  // Cached by the raw text: normalising is the costly part, and units repeat on every row.
  const unitByText = new Map<string, string | undefined>();
  const lookupUnit = (text: string) => {
    if (!units) return text;
    if (!unitByText.has(text)) unitByText.set(text, unitLookup.get(normalizeText(text)));
    return unitByText.get(text);
  };

  // --- Metingen ------------------------------------------------------------------------------
  const measurements: Measurement[] = [];
  let dimensions: string[] = [];
  const measurementGrid = findSheet(grids, SHEETS.measurements);
  if (!measurementGrid) {
    if (options.requireMeasurements !== false)
      throw new KaderError(
        "IND_NO_MEASUREMENTS_SHEET",
        t(
          "geen blad 'Metingen' (of 'Measurements') met de cijfers.",
          "no 'Metingen' (or 'Measurements') sheet with the figures."
        ),
        { file }
      );
  } else {
    const table = sheetTable(measurementGrid, MEASUREMENT_COLUMNS);
    requireColumns(table, measurementGrid, ["indicator", "unit", "period"], MEASUREMENT_COLUMNS);
    if (!["value", "numerator", "denominator"].some((key) => table!.known.has(key)))
      requireColumns(table, measurementGrid, ["value"], MEASUREMENT_COLUMNS);
    dimensions = table!.other.map((column) => column.name);
    const column = (key: string) => table!.known.get(key);
    for (const { row, cells, at } of dataRows(table!)) {
      const bad = (code: IssueCode, key: string, nlText: string, enText: string) =>
        issue("error", code, t(nlText, enText), measurementGrid, row, column(key) ?? 0);

      const indicatorText = cellText(at("indicator"));
      const definition = lookupIndicator(indicatorText);
      if (!definition) {
        bad(
          "IND_UNKNOWN_INDICATOR",
          "indicator",
          ...notListed(indicatorText, ["indicator", "indicator"], ["Indicatoren", "Indicators"])
        );
        continue;
      }
      const unitText = cellText(at("unit"));
      const unit = unitText === null ? undefined : lookupUnit(unitText);
      if (unit === undefined) {
        bad(
          "IND_UNKNOWN_UNIT",
          "unit",
          ...notListed(unitText, ["eenheid", "unit"], ["Eenheden", "Units"])
        );
        continue;
      }
      const period = parsePeriod(at("period"));
      if (!period) {
        const shown = cellText(at("period")) ?? "";
        bad(
          "IND_BAD_PERIOD",
          "period",
          `'${shown}' is geen periode (bv. 2026, 2026-H1, 2026-Q1, 2026-01); rij weggelaten.`,
          `'${shown}' is not a period (e.g. 2026, 2026-H1, 2026-Q1, 2026-01); row left out.`
        );
        continue;
      }
      const numbers = readNumbers(definition, at, bad);
      if (numbers === "rejected" || numbers === "blank") continue;

      let dataDate: string | null = null;
      const parsedDate = parseDataDate(at("dataDate"));
      if (parsedDate === "bad")
        issue(
          "warning",
          "IND_BAD_DATE",
          t(
            `'${cellText(at("dataDate"))}' is geen datum (bv. 14/1/2026); de rij telt, zonder datum.`,
            `'${cellText(at("dataDate"))}' is not a date (e.g. 2026-01-14); the row counts, without a date.`
          ),
          measurementGrid,
          row,
          column("dataDate") ?? 0
        );
      else dataDate = parsedDate;
      let dimensionValues: Record<string, string> = NO_DIMENSIONS;
      if (table!.other.length > 0) {
        dimensionValues = {};
        for (const dimension of table!.other)
          dimensionValues[dimension.name] = cellText(cells[dimension.index]) ?? "";
      }
      measurements.push(
        new SheetMeasurement(
          definition.id,
          unit,
          period,
          numbers,
          dataDate,
          cellText(at("source")),
          cellText(at("comment")),
          dimensionValues,
          {
            grid: measurementGrid,
            row,
            periodColumn: column("period")!,
            dataDateColumn: column("dataDate") ?? -1,
          }
        )
      );
    }
  }

  // --- Doelen --------------------------------------------------------------------------------
  const targets: UnitTarget[] = [];
  const targetGrid = findSheet(grids, SHEETS.targets);
  if (targetGrid) {
    const table = sheetTable(targetGrid, TARGET_COLUMNS);
    requireColumns(table, targetGrid, ["indicator", "target", "targetPeriod"], TARGET_COLUMNS);
    const column = (key: string) => table!.known.get(key);
    for (const { row, at, percent } of dataRows(table!)) {
      const bad = (code: IssueCode, key: string, nlText: string, enText: string) =>
        issue("error", code, t(nlText, enText), targetGrid, row, column(key) ?? 0);
      const indicatorText = cellText(at("indicator"));
      const definition = lookupIndicator(indicatorText);
      if (!definition) {
        bad(
          "IND_UNKNOWN_INDICATOR",
          "indicator",
          `indicator '${indicatorText ?? ""}' staat niet op het blad Indicatoren; doel weggelaten.`,
          `indicator '${indicatorText ?? ""}' is not on the Indicators sheet; target left out.`
        );
        continue;
      }
      const unitText = cellText(at("unit"));
      let unit: string | null = null;
      if (unitText !== null) {
        const found = lookupUnit(unitText);
        if (found === undefined) {
          bad(
            "IND_UNKNOWN_UNIT",
            "unit",
            `eenheid '${unitText}' staat niet op het blad Eenheden; doel weggelaten.`,
            `unit '${unitText}' is not on the Units sheet; target left out.`
          );
          continue;
        }
        unit = found;
      }
      // A percentage's figures on 0–100, typed the Excel way too (percentNumber.ts).
      const isPercentage = definition.type === "percentage";
      const figure = (key: "target" | "baseline", nlName: string, enName: string) => {
        if (!isPercentage) return parseDutchNumber(at(key));
        const parsed = parsePercentNumber(at(key), percent(key));
        if (looksLikeFraction(parsed, at(key), percent(key))) {
          const message = fractionMessage(
            definition.id,
            [nlName, enName],
            cellText(at(key)) ?? "",
            parsed as number
          );
          issue(
            "warning",
            "IND_PERCENT_AS_FRACTION",
            t(message.nl, message.en),
            targetGrid,
            row,
            column(key)!
          );
        }
        return parsed;
      };
      const target = figure("target", "doelwaarde", "target");
      if (target === null || target === "bad") {
        bad(
          "IND_BAD_NUMBER",
          "target",
          `doelwaarde '${cellText(at("target")) ?? ""}' is geen getal; doel weggelaten.`,
          `target '${cellText(at("target")) ?? ""}' is not a number; target left out.`
        );
        continue;
      }
      const targetPeriod = parsePeriod(at("targetPeriod"));
      if (!targetPeriod) {
        bad(
          "IND_BAD_PERIOD",
          "targetPeriod",
          `doelperiode '${cellText(at("targetPeriod")) ?? ""}' is geen periode; doel weggelaten.`,
          `target period '${cellText(at("targetPeriod")) ?? ""}' is not a period; target left out.`
        );
        continue;
      }
      const baseline = figure("baseline", "basiswaarde", "baseline");
      if (baseline === "bad") {
        bad(
          "IND_BAD_NUMBER",
          "baseline",
          `basiswaarde '${cellText(at("baseline"))}' is geen getal; doel weggelaten.`,
          `baseline '${cellText(at("baseline"))}' is not a number; target left out.`
        );
        continue;
      }
      let baselinePeriod: Period | null = null;
      if (cellText(at("baselinePeriod")) !== null) {
        baselinePeriod = parsePeriod(at("baselinePeriod"));
        if (!baselinePeriod) {
          bad(
            "IND_BAD_PERIOD",
            "baselinePeriod",
            `basisperiode '${cellText(at("baselinePeriod"))}' is geen periode; doel weggelaten.`,
            `baseline period '${cellText(at("baselinePeriod"))}' is not a period; target left out.`
          );
          continue;
        }
      }
      // A target period not after its baseline period, or a target against the direction: an
      // issue on the row's cell (definitionChecks.ts); the row is kept (status onbepaald).
      for (const problem of definitionProblems({
        id: unit === null ? definition.id : `${definition.id} (${unit})`,
        direction: definition.direction,
        baseline,
        baselinePeriod: baselinePeriod ?? definition.baselinePeriod,
        target,
        targetPeriod,
      }))
        issue(
          problem.severity,
          problem.code,
          t(problem.nl, problem.en),
          targetGrid,
          row,
          column(problem.key) ?? 0
        );
      targets.push({
        indicator: definition.id,
        unit,
        target,
        targetPeriod,
        baseline,
        baselinePeriod,
      });
    }
  }

  return { file, indicators, measurements, units, unitColumns, dimensions, targets, issues };
}

/**
 * Why a `Metingen` row is left out when its indicator or unit is blank or not listed, in Dutch and
 * English: "eenheid ontbreekt; rij weggelaten." or "eenheid 'X' staat niet op het blad Eenheden; …".
 *
 * @example notListed(null, ["eenheid", "unit"], ["Eenheden", "Units"])[1] // "unit missing; row left out."
 */
function notListed(
  text: string | null,
  [whatNl, whatEn]: [string, string],
  [sheetNl, sheetEn]: [string, string]
): [nl: string, en: string] {
  return text === null
    ? [`${whatNl} ontbreekt; rij weggelaten.`, `${whatEn} missing; row left out.`]
    : [
        `${whatNl} '${text}' staat niet op het blad ${sheetNl}; rij weggelaten.`,
        `${whatEn} '${text}' is not on the ${sheetEn} sheet; row left out.`,
      ];
}

function byIdNormalized(indicators: readonly IndicatorDefinition[], text: string) {
  const key = normalizeText(text);
  return indicators.find((definition) => normalizeText(definition.id) === key);
}

/** The dimensions of every row of a `Metingen` sheet without dimension columns (shared, frozen). */
const NO_DIMENSIONS: Record<string, string> = Object.freeze({}) as Record<string, string>;

/**
 * A `Metingen` row whose cell addresses are worked out only when an issue asks for them: the engine
 * reads 600,000 rows in the benchmark, and two A1 strings per row (1.2 million) cost time and
 * memory for the few rows an issue points at.
 */
class SheetMeasurement implements Measurement {
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly order: number;
  readonly sheet: string;

  constructor(
    readonly indicator: string,
    readonly unit: string,
    readonly period: Period,
    numbers: { value: number | null; numerator: number | null; denominator: number | null },
    readonly dataDate: string | null,
    readonly source: string | null,
    readonly comment: string | null,
    readonly dimensions: Record<string, string>,
    private readonly at: { grid: Grid; row: number; periodColumn: number; dataDateColumn: number }
  ) {
    this.value = numbers.value;
    this.numerator = numbers.numerator;
    this.denominator = numbers.denominator;
    this.order = at.row;
    this.sheet = at.grid.sheet;
  }

  get cell(): string {
    return gridCellAddress(this.at.grid, this.at.row, 0);
  }

  get periodCell(): string {
    return gridCellAddress(this.at.grid, this.at.row, this.at.periodColumn);
  }

  get dataDateCell(): string | null {
    const column = this.at.dataDateColumn;
    return column < 0 ? null : gridCellAddress(this.at.grid, this.at.row, column);
  }
}
