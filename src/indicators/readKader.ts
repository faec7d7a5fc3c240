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
import type { CellValue, Grid } from "../analysis/grid";
import { gridCellAddress } from "../analysis/grid";
import type { Issue, IssueCode } from "../analysis/issue";
import type { Language } from "../analysis/language";
import { normalizeText } from "../analysis/textMatch";
import type { ColumnAliases } from "./columns";
import {
  cellText,
  findColumns,
  findSheet,
  headerRowIndex,
  INDICATOR_COLUMNS,
  MEASUREMENT_COLUMNS,
  SHEETS,
  TARGET_COLUMNS,
  UNIT_COLUMNS,
} from "./columns";
import { parseDataDate, parseDutchNumber } from "./dutchNumber";
import type {
  Aggregation,
  Direction,
  IndicatorDefinition,
  IndicatorType,
  Kader,
  Kind,
  Level,
  Measurement,
  StatusBasis,
  UnitInfo,
  UnitTarget,
} from "./kader";
import { KaderError } from "./kaderError";
import type { Period } from "./period";
import { parsePeriod } from "./period";

export interface ReadKaderOptions {
  language: Language;
  /** Whether a missing `Metingen` sheet is an error (true for the indicators run). Default true. */
  requireMeasurements?: boolean;
}

const TYPE_WORDS: Record<string, IndicatorType> = {
  aantal: "aantal",
  count: "aantal",
  percentage: "percentage",
  percent: "percentage",
  verhouding: "verhouding",
  ratio: "verhouding",
  gemiddelde: "gemiddelde",
  mean: "gemiddelde",
  average: "gemiddelde",
};
const AGGREGATION_WORDS: Record<string, Aggregation> = {
  som: "som",
  sum: "som",
  "verhouding van sommen": "verhouding van sommen",
  "ratio of sums": "verhouding van sommen",
  "gemiddelde van verhoudingen": "gemiddelde van verhoudingen",
  "mean of ratios": "gemiddelde van verhoudingen",
  gemiddelde: "gemiddelde",
  mean: "gemiddelde",
  "weighted mean": "gemiddelde",
  "gewogen gemiddelde": "gemiddelde",
};
const KIND_WORDS: Record<string, Kind> = {
  stroom: "stroom",
  flow: "stroom",
  stand: "stand",
  stock: "stand",
};
const DIRECTION_WORDS: Record<string, Direction> = {
  hoger: "hoger",
  higher: "hoger",
  lager: "lager",
  lower: "lager",
};
const BASIS_WORDS: Record<string, StatusBasis> = {
  voortgang: "voortgang",
  progress: "voortgang",
  waarde: "waarde",
  value: "waarde",
};
const LEVEL_WORDS: Record<string, Level> = {
  output: "output",
  outcome: "outcome",
  impact: "impact",
};
const YES_NO: Record<string, boolean> = {
  ja: true,
  yes: true,
  j: true,
  y: true,
  x: true,
  "1": true,
  waar: true,
  true: true,
  nee: false,
  no: false,
  n: false,
  "0": false,
  onwaar: false,
  false: false,
};

const DEFAULT_AGGREGATION: Record<IndicatorType, Aggregation> = {
  aantal: "som",
  percentage: "verhouding van sommen",
  verhouding: "verhouding van sommen",
  gemiddelde: "gemiddelde",
};

/** One sheet's table: header map plus data rows with their grid row index. */
interface SheetTable {
  grid: Grid;
  headerRow: number;
  known: Map<string, number>;
  other: { name: string; index: number }[];
}

function sheetTable(grid: Grid, aliases: ColumnAliases): SheetTable | null {
  const headerRow = headerRowIndex(grid);
  if (headerRow < 0) return null;
  const { known, other } = findColumns(grid.rows[headerRow], aliases);
  return { grid, headerRow, known, other };
}

function isBlankRow(row: readonly CellValue[] | undefined): boolean {
  return !row || row.every((cell) => cellText(cell) === null);
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
  const indicators = readIndicators(indicatorTable!, t, where);
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
    for (let row = table!.headerRow + 1; row < unitGrid.rows.length; row++) {
      const cells = unitGrid.rows[row];
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
    for (let row = table!.headerRow + 1; row < measurementGrid.rows.length; row++) {
      const cells = measurementGrid.rows[row];
      if (isBlankRow(cells)) continue;
      const at = (key: string): CellValue => {
        const index = column(key);
        return index === undefined ? null : (cells[index] ?? null);
      };
      const bad = (code: IssueCode, key: string, nlText: string, enText: string) =>
        issue("error", code, t(nlText, enText), measurementGrid, row, column(key) ?? 0);

      const indicatorText = cellText(at("indicator"));
      const definition = lookupIndicator(indicatorText);
      if (!definition) {
        bad(
          "IND_UNKNOWN_INDICATOR",
          "indicator",
          indicatorText === null
            ? "indicator ontbreekt; rij weggelaten."
            : `indicator '${indicatorText}' staat niet op het blad Indicatoren; rij weggelaten.`,
          indicatorText === null
            ? "indicator missing; row left out."
            : `indicator '${indicatorText}' is not on the Indicators sheet; row left out.`
        );
        continue;
      }
      const unitText = cellText(at("unit"));
      const unit = unitText === null ? undefined : lookupUnit(unitText);
      if (unit === undefined) {
        bad(
          "IND_UNKNOWN_UNIT",
          "unit",
          unitText === null
            ? "eenheid ontbreekt; rij weggelaten."
            : `eenheid '${unitText}' staat niet op het blad Eenheden; rij weggelaten.`,
          unitText === null
            ? "unit missing; row left out."
            : `unit '${unitText}' is not on the Units sheet; row left out.`
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
      const dimensionValues: Record<string, string> = {};
      for (const dimension of table!.other)
        dimensionValues[dimension.name] = cellText(cells[dimension.index]) ?? "";
      measurements.push({
        indicator: definition.id,
        unit,
        period,
        ...numbers,
        dataDate,
        source: cellText(at("source")),
        comment: cellText(at("comment")),
        dimensions: dimensionValues,
        order: row,
        sheet: measurementGrid.sheet,
        cell: gridCellAddress(measurementGrid, row, 0),
        periodCell: gridCellAddress(measurementGrid, row, column("period")!),
      });
    }
  }

  // --- Doelen --------------------------------------------------------------------------------
  const targets: UnitTarget[] = [];
  const targetGrid = findSheet(grids, SHEETS.targets);
  if (targetGrid) {
    const table = sheetTable(targetGrid, TARGET_COLUMNS);
    requireColumns(table, targetGrid, ["indicator", "target", "targetPeriod"], TARGET_COLUMNS);
    const column = (key: string) => table!.known.get(key);
    for (let row = table!.headerRow + 1; row < targetGrid.rows.length; row++) {
      const cells = targetGrid.rows[row];
      if (isBlankRow(cells)) continue;
      const at = (key: string): CellValue => {
        const index = column(key);
        return index === undefined ? null : (cells[index] ?? null);
      };
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
      const target = parseDutchNumber(at("target"));
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
      const baseline = parseDutchNumber(at("baseline"));
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

function byIdNormalized(indicators: readonly IndicatorDefinition[], text: string) {
  const key = normalizeText(text);
  return indicators.find((definition) => normalizeText(definition.id) === key);
}

/** The numbers of a measurement row by indicator type, or why the row is left out. */
function readNumbers(
  definition: IndicatorDefinition,
  at: (key: string) => CellValue,
  bad: (code: IssueCode, key: string, nlText: string, enText: string) => void
):
  | { value: number | null; numerator: number | null; denominator: number | null }
  | "rejected"
  | "blank" {
  const value = parseDutchNumber(at("value"));
  const numerator = parseDutchNumber(at("numerator"));
  const denominator = parseDutchNumber(at("denominator"));
  const shown = (key: string) => cellText(at(key)) ?? "";
  const names: Record<string, [string, string]> = {
    value: ["waarde", "value"],
    numerator: ["teller", "numerator"],
    denominator: ["noemer", "denominator"],
  };
  const notANumber = (key: string): "rejected" => {
    bad(
      "IND_BAD_NUMBER",
      key,
      `${names[key][0]} '${shown(key)}' is geen getal (bv. 6.972 of 4,5); rij weggelaten.`,
      `${names[key][1]} '${shown(key)}' is not a number (e.g. 6.972 or 4,5 in Dutch notation); row left out.`
    );
    return "rejected";
  };
  const negative = (key: string): "rejected" => {
    bad(
      "IND_NEGATIVE",
      key,
      `${names[key][0]} ${shown(key)} is negatief; rij weggelaten.`,
      `${names[key][1]} ${shown(key)} is negative; row left out.`
    );
    return "rejected";
  };

  if (definition.type === "aantal") {
    if (value === null) return "blank";
    if (value === "bad") return notANumber("value");
    if (value < 0) return negative("value");
    return { value, numerator: null, denominator: null };
  }
  if (definition.type === "gemiddelde") {
    if (value === null) return "blank";
    if (value === "bad") return notANumber("value");
    if (denominator === "bad") return notANumber("denominator");
    if (denominator !== null && denominator < 0) return negative("denominator");
    if (denominator === 0) {
      bad(
        "IND_ZERO_DENOMINATOR",
        "denominator",
        "noemer (n) is 0 bij een gemiddelde; rij weggelaten.",
        "denominator (n) is 0 for a mean; row left out."
      );
      return "rejected";
    }
    return { value, numerator: null, denominator };
  }
  // percentage and verhouding: teller and noemer
  if (numerator === null && denominator === null) {
    if (value === null) return "blank";
    bad(
      "IND_BAD_NUMBER",
      "value",
      `een ${definition.type} vraagt teller en noemer, niet alleen een waarde; rij weggelaten.`,
      `a ${definition.type === "percentage" ? "percentage" : "ratio"} needs numerator and denominator, not only a value; row left out.`
    );
    return "rejected";
  }
  for (const [key, number] of [
    ["numerator", numerator],
    ["denominator", denominator],
  ] as const) {
    if (number === null) {
      bad(
        "IND_BAD_NUMBER",
        key,
        `${names[key][0]} ontbreekt; rij weggelaten.`,
        `${names[key][1]} is missing; row left out.`
      );
      return "rejected";
    }
    if (number === "bad") return notANumber(key);
    if (number < 0) return negative(key);
  }
  const teller = numerator as number;
  const noemer = denominator as number;
  if (noemer === 0 && teller > 0) {
    bad(
      "IND_ZERO_DENOMINATOR",
      "denominator",
      `noemer is 0 bij teller ${teller}; rij weggelaten.`,
      `denominator is 0 with numerator ${teller}; row left out.`
    );
    return "rejected";
  }
  if (definition.type === "percentage" && teller > noemer) {
    bad(
      "IND_NUMERATOR_GT_DENOMINATOR",
      "numerator",
      `teller ${teller} is groter dan noemer ${noemer}; rij weggelaten.`,
      `numerator ${teller} is greater than denominator ${noemer}; row left out.`
    );
    return "rejected";
  }
  return { value: null, numerator: teller, denominator: noemer };
}

/** Reads and checks the `Indicatoren` rows. */
function readIndicators(
  table: SheetTable,
  t: (dutch: string, english: string) => string,
  where: (grid: Grid, row: number, column: number) => { file: string; sheet: string; cell: string }
): IndicatorDefinition[] {
  const { grid, known } = table;
  const indicators: IndicatorDefinition[] = [];
  const seen = new Set<string>();
  for (let row = table.headerRow + 1; row < grid.rows.length; row++) {
    const cells = grid.rows[row];
    if (isBlankRow(cells)) continue;
    const at = (key: string): CellValue => {
      const index = known.get(key);
      return index === undefined ? null : (cells[index] ?? null);
    };
    const fail = (key: string, nlText: string, enText: string): never => {
      throw new KaderError(
        "IND_BAD_DEFINITION",
        t(nlText, enText),
        where(grid, row, known.get(key) ?? 0)
      );
    };
    const text = (key: string) => cellText(at(key));
    const word = <T>(
      key: string,
      words: Record<string, T>,
      fallback: T,
      nlName: string,
      enName: string
    ): T => {
      const raw = text(key);
      if (raw === null) return fallback;
      const found = words[normalizeText(raw)];
      if (found === undefined)
        fail(
          key,
          `${nlName} '${raw}' is onbekend (kies uit: ${[...new Set(Object.keys(words))].join(", ")}).`,
          `${enName} '${raw}' is unknown (choose from: ${[...new Set(Object.keys(words))].join(", ")}).`
        );
      return found as T;
    };
    const number = (key: string, nlName: string, enName: string): number | null => {
      const parsed = parseDutchNumber(at(key));
      if (parsed === "bad")
        fail(
          key,
          `${nlName} '${text(key)}' is geen getal.`,
          `${enName} '${text(key)}' is not a number.`
        );
      return parsed as number | null;
    };
    const period = (key: string, nlName: string, enName: string): Period | null => {
      if (text(key) === null) return null;
      const parsed = parsePeriod(at(key));
      if (!parsed)
        fail(
          key,
          `${nlName} '${text(key)}' is geen periode (bv. 2023, 2029, 2026-Q1).`,
          `${enName} '${text(key)}' is not a period (e.g. 2023, 2029, 2026-Q1).`
        );
      return parsed;
    };

    const id = text("indicator");
    if (id === null)
      fail(
        "indicator",
        "de indicator (id) ontbreekt in deze rij.",
        "the indicator id is missing in this row."
      );
    if (seen.has(normalizeText(id!)))
      fail(
        "indicator",
        `indicator '${id}' staat twee keer op het blad.`,
        `indicator '${id}' is listed twice.`
      );
    seen.add(normalizeText(id!));
    const name = text("name");
    if (name === null)
      fail(
        "name",
        `de naam van indicator '${id}' ontbreekt.`,
        `the name of indicator '${id}' is missing.`
      );
    if (text("type") === null)
      fail(
        "type",
        `het type van indicator '${id}' ontbreekt (aantal, percentage, verhouding, gemiddelde).`,
        `the type of indicator '${id}' is missing (aantal, percentage, verhouding, gemiddelde).`
      );
    const type = word("type", TYPE_WORDS, "aantal" as IndicatorType, "type", "type");
    const aggregation = word(
      "aggregation",
      AGGREGATION_WORDS,
      DEFAULT_AGGREGATION[type],
      "aggregatie",
      "aggregation"
    );
    if (
      (aggregation === "verhouding van sommen" || aggregation === "gemiddelde van verhoudingen") &&
      (type === "aantal" || type === "gemiddelde")
    )
      fail(
        "aggregation",
        `aggregatie '${aggregation}' vraagt teller en noemer: alleen voor percentage of verhouding, niet voor ${type}.`,
        `aggregation '${aggregation}' needs numerator and denominator: only for percentage or ratio, not ${type}.`
      );
    const kind = word(
      "kind",
      KIND_WORDS,
      (type === "aantal" ? "stroom" : "stand") as Kind,
      "soort",
      "kind"
    );
    const cumulative = word("cumulative", YES_NO, false, "cumulatief", "cumulative");
    if (cumulative && kind !== "stroom")
      fail(
        "cumulative",
        `cumulatief kan alleen bij soort 'stroom' (indicator '${id}' is een stand).`,
        `cumulative is only allowed with kind 'stroom' (flow); indicator '${id}' is a stock.`
      );
    const factor = number("factor", "factor", "factor") ?? 1;
    const decimals = number("decimals", "decimalen", "decimals");
    if (decimals !== null && (!Number.isInteger(decimals) || decimals < 0 || decimals > 6))
      fail(
        "decimals",
        `decimalen '${text("decimals")}' moet een geheel getal van 0 tot 6 zijn.`,
        `decimals '${text("decimals")}' must be a whole number from 0 to 6.`
      );
    indicators.push({
      id: id!,
      name: name!,
      goal: text("goal"),
      subgoal: text("subgoal"),
      level:
        text("level") === null
          ? null
          : word("level", LEVEL_WORDS, "output" as Level, "niveau", "level"),
      type,
      multiplier: type === "percentage" ? 100 : type === "verhouding" ? factor : 1,
      numeratorText: text("numerator"),
      denominatorText: text("denominator"),
      aggregation,
      kind,
      cumulative,
      direction: word("direction", DIRECTION_WORDS, "hoger" as Direction, "richting", "direction"),
      baseline: number("baseline", "basiswaarde", "baseline"),
      baselinePeriod: period("baselinePeriod", "basisperiode", "baseline period"),
      target: number("target", "doelwaarde", "target"),
      targetPeriod: period("targetPeriod", "doelperiode", "target period"),
      greenFrom: number("greenFrom", "groen vanaf", "green from") ?? 100,
      amberFrom: number("amberFrom", "oranje vanaf", "amber from") ?? 80,
      statusBasis: word(
        "statusBasis",
        BASIS_WORDS,
        "voortgang" as StatusBasis,
        "statusbasis",
        "status basis"
      ),
      interval: word("interval", YES_NO, true, "interval", "interval"),
      measureUnit: text("measureUnit"),
      decimals: decimals ?? (type === "aantal" ? 0 : 1),
      source: text("source"),
      sheet: grid.sheet,
      cell: where(grid, row, known.get("indicator")!).cell,
    });
  }
  return indicators;
}
