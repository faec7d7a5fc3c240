/**
 * Reads and checks the `Indicatoren` sheet of an indicator framework (docs/indicators.md §1): one
 * IndicatorDefinition per row, with the Dutch and English words for type, aggregation, kind,
 * direction, basis, level and yes/no. A definition the rules cannot follow throws a KaderError
 * naming file, sheet and cell; one that the rules can follow but that contradicts itself (a target
 * period before the baseline period, a target against the direction, swapped thresholds) is an
 * issue on its cell (definitionChecks.ts). Called by readKader.ts.
 *
 * @example
 * const indicators = readIndicators(sheetTable(grid, INDICATOR_COLUMNS)!, t, where);
 * indicators[0].aggregation; // "som" for an `aantal`
 */
import type { Grid } from "../analysis/grid";
import type { Issue } from "../analysis/issue";
import { normalizeText } from "../analysis/textMatch";
import { cellText } from "./columns";
import { parseDutchNumber } from "./dutchNumber";
import { fractionMessage, looksLikeFraction, parsePercentNumber } from "./percentNumber";
import type {
  Aggregation,
  Direction,
  IndicatorDefinition,
  IndicatorType,
  Kind,
  Level,
  StatusBasis,
} from "./kader";
import { definitionProblems } from "./definitionChecks";
import { KaderError } from "./kaderError";
import type { Period } from "./period";
import { parsePeriod } from "./period";
import type { SheetTable } from "./kaderSheetTable";
import { dataRows } from "./kaderSheetTable";

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

/** Reads and checks the `Indicatoren` rows. */
export function readIndicators(
  table: SheetTable,
  t: (dutch: string, english: string) => string,
  where: (grid: Grid, row: number, column: number) => { file: string; sheet: string; cell: string },
  report: (issue: Issue) => void = () => undefined
): IndicatorDefinition[] {
  const { grid, known } = table;
  const indicators: IndicatorDefinition[] = [];
  const seen = new Set<string>();
  for (const { row, at, percent } of dataRows(table)) {
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
    /**
     * A number cell. `percentages`: the figure is a percentage on 0–100, so a cell formatted as a
     * percentage (0.4 shown as 40 %) and text "40%" read as 40 (percentNumber.ts); with `warn`
     * a figure in (0, 1] typed without either is read as typed, with IND_PERCENT_AS_FRACTION.
     */
    const number = (
      key: string,
      nlName: string,
      enName: string,
      percentages: "no" | "yes" | "warn" = "no"
    ): number | null => {
      const parsed =
        percentages === "no"
          ? parseDutchNumber(at(key))
          : parsePercentNumber(at(key), percent(key));
      if (parsed === "bad")
        fail(
          key,
          `${nlName} '${text(key)}' is geen getal${percentages === "no" ? "" : " (bv. 40, 40% of 40,5 %)"}.`,
          `${enName} '${text(key)}' is not a number${percentages === "no" ? "" : " (e.g. 40, 40% or 40.5 %)"}.`
        );
      if (percentages === "warn" && looksLikeFraction(parsed, at(key), percent(key))) {
        const message = fractionMessage(id!, [nlName, enName], text(key) ?? "", parsed as number);
        report({
          severity: "warning",
          code: "IND_PERCENT_AS_FRACTION",
          message: t(message.nl, message.en),
          ...where(grid, row, known.get(key)!),
        });
      }
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
    const statusBasis = word(
      "statusBasis",
      BASIS_WORDS,
      "voortgang" as StatusBasis,
      "statusbasis",
      "status basis"
    );
    // Percentages on 0–100: a percentage's baseline and target; thresholds on progress, or on the
    // value of a percentage.
    const valuePercent = type === "percentage" ? "warn" : "no";
    const thresholdPercent = statusBasis === "voortgang" || type === "percentage" ? "yes" : "no";
    const definition: IndicatorDefinition = {
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
      baseline: number("baseline", "basiswaarde", "baseline", valuePercent),
      baselinePeriod: period("baselinePeriod", "basisperiode", "baseline period"),
      target: number("target", "doelwaarde", "target", valuePercent),
      targetPeriod: period("targetPeriod", "doelperiode", "target period"),
      greenFrom: number("greenFrom", "groen vanaf", "green from", thresholdPercent) ?? 100,
      amberFrom: number("amberFrom", "oranje vanaf", "amber from", thresholdPercent) ?? 80,
      statusBasis,
      interval: word("interval", YES_NO, true, "interval", "interval"),
      measureUnit: text("measureUnit"),
      decimals: decimals ?? (type === "aantal" ? 0 : 1),
      source: text("source"),
      sheet: grid.sheet,
      cell: where(grid, row, known.get("indicator")!).cell,
    };
    // Self-contradicting definitions are issues on their cell; the run goes on.
    for (const problem of definitionProblems(definition))
      report({
        severity: problem.severity,
        code: problem.code,
        message: t(problem.nl, problem.en),
        ...where(
          grid,
          row,
          known.get(problem.key) ?? known.get("amberFrom") ?? known.get("indicator")!
        ),
      });
    indicators.push(definition);
  }
  return indicators;
}
