/**
 * The numbers of one `Metingen` row (docs/indicators.md §1, §3): which of waarde, teller and noemer
 * an indicator type needs, and why a row is left out (not a number, negative, teller above noemer,
 * noemer zero). Used by readKader.ts for every measurement row.
 *
 * @example
 * readNumbers(percentageDefinition, (key) => ({ numerator: 3, denominator: 4 })[key] ?? null, bad);
 * // { value: null, numerator: 3, denominator: 4 }
 */
import type { CellValue } from "../analysis/grid";
import type { IssueCode } from "../analysis/issue";
import { cellText } from "./columns";
import { parseDutchNumber } from "./dutchNumber";
import type { IndicatorDefinition } from "./kader";

/** The numbers of a measurement row by indicator type, or why the row is left out. */
export function readNumbers(
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
