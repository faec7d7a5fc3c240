/**
 * Definitions that the rules can follow but that contradict themselves (docs/indicators.md,
 * "Where the contract is silent"): the run goes on, each problem is an issue naming the cell of
 * the definition.
 *
 * - `IND_TARGET_NOT_AFTER_BASELINE` (error): a target period that does not end after the baseline
 *   period (2026 → 2024, a typo for 2029). There is no line from baseline to target: expected and
 *   progress are null and the status is `onbepaald` (targetLines.ts), never a colour.
 * - `IND_TARGET_AGAINST_DIRECTION` (warning): a target below the baseline for `richting hoger`,
 *   above it for `lager` (baseline 500, target 400, hoger).
 * - `IND_THRESHOLDS_SWAPPED` (warning): `groen vanaf` below `oranje vanaf` where higher is better
 *   (progress, or the value of a `hoger` indicator), above it for the value of a `lager` one.
 *
 * @example
 * definitionProblems({ direction: "hoger", baseline: 500, target: 400, … })[0].code
 * // "IND_TARGET_AGAINST_DIRECTION"
 */
import type { IssueCode } from "../analysis/issue";
import { createFormat } from "../analysis/numberFormat";
import type { Direction, StatusBasis } from "./kader";
import type { Period } from "./period";
import { periodEnd, periodLabel } from "./period";

/** The parts of a definition (an `Indicatoren` row, or a `Doelen` row) that are checked. */
export interface CheckedDefinition {
  id: string;
  direction: Direction;
  baseline: number | null;
  baselinePeriod: Period | null;
  target: number | null;
  targetPeriod: Period | null;
  /** Absent for a `Doelen` row (thresholds are the indicator's). */
  greenFrom?: number;
  amberFrom?: number;
  statusBasis?: StatusBasis;
}

export interface DefinitionProblem {
  severity: "error" | "warning";
  code: IssueCode;
  /** The column the problem points at: targetPeriod, target or greenFrom. */
  key: "targetPeriod" | "target" | "greenFrom";
  nl: string;
  en: string;
}

/** A figure as typed, in each language's notation (0,4 / 0.4). */
const nl = (value: number) => createFormat("nl").atMost(value, 6);
const en = (value: number) => createFormat("en").atMost(value, 6);

/** True when the target period ends on or before the end of the baseline period. */
export function targetNotAfterBaseline(
  baselinePeriod: Period | null,
  targetPeriod: Period | null
): boolean {
  if (!baselinePeriod || !targetPeriod) return false;
  return periodEnd(targetPeriod).getTime() <= periodEnd(baselinePeriod).getTime();
}

/** The problems of one definition, in column order (none for a sound one). */
export function definitionProblems(definition: CheckedDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const { id, direction, baseline, target, baselinePeriod, targetPeriod } = definition;
  if (targetNotAfterBaseline(baselinePeriod, targetPeriod)) {
    const [to, from] = [periodLabel(targetPeriod!), periodLabel(baselinePeriod!)];
    problems.push({
      severity: "error",
      code: "IND_TARGET_NOT_AFTER_BASELINE",
      key: "targetPeriod",
      nl: `${id}: doelperiode ${to} ligt niet na basisperiode ${from}; zonder lijn van basis naar doel geen verwachte waarde of voortgang (status onbepaald). Verbeter de doelperiode.`,
      en: `${id}: target period ${to} is not after baseline period ${from}; without a line from baseline to target there is no expected value or progress (status onbepaald). Correct the target period.`,
    });
  }
  if (baseline !== null && target !== null) {
    if (direction === "hoger" && target < baseline)
      problems.push({
        severity: "warning",
        code: "IND_TARGET_AGAINST_DIRECTION",
        key: "target",
        nl: `${id}: doelwaarde ${nl(target)} ligt onder basiswaarde ${nl(baseline)}, maar de richting is 'hoger' (hoger is beter). Klopt de richting of de doelwaarde?`,
        en: `${id}: target ${en(target)} is below baseline ${en(baseline)}, but the direction is 'hoger' (higher is better). Is the direction or the target right?`,
      });
    else if (direction === "lager" && target > baseline)
      problems.push({
        severity: "warning",
        code: "IND_TARGET_AGAINST_DIRECTION",
        key: "target",
        nl: `${id}: doelwaarde ${nl(target)} ligt boven basiswaarde ${nl(baseline)}, maar de richting is 'lager' (lager is beter). Klopt de richting of de doelwaarde?`,
        en: `${id}: target ${en(target)} is above baseline ${en(baseline)}, but the direction is 'lager' (lower is better). Is the direction or the target right?`,
      });
  }
  const { greenFrom, amberFrom, statusBasis } = definition;
  if (greenFrom !== undefined && amberFrom !== undefined) {
    // Progress is always "higher is better"; a value is so for hoger and reversed for lager.
    const lowerIsBetter = statusBasis === "waarde" && direction === "lager";
    if (lowerIsBetter ? greenFrom > amberFrom : greenFrom < amberFrom)
      problems.push({
        severity: "warning",
        code: "IND_THRESHOLDS_SWAPPED",
        key: "greenFrom",
        nl: `${id}: 'groen vanaf' ${nl(greenFrom)} ligt ${lowerIsBetter ? "boven" : "onder"} 'oranje vanaf' ${nl(amberFrom)}${lowerIsBetter ? ", terwijl lager beter is" : ""}: oranje komt dan nooit voor. Zijn de drempels omgewisseld?`,
        en: `${id}: 'green from' ${en(greenFrom)} is ${lowerIsBetter ? "above" : "below"} 'amber from' ${en(amberFrom)}${lowerIsBetter ? ", while lower is better" : ""}: amber can never occur. Are the thresholds swapped?`,
      });
  }
  return problems;
}
