/**
 * The messages of an analysis run (analyze.ts: sample size, population, group and band columns,
 * suppressed cells, the cross-tab test; bands.ts: a `--bands` spec that cannot be read), in Dutch
 * and English, built from facts the way InputError builds its messages (inputError.ts). Numbers go
 * through the one formatter (numberFormat.ts).
 *
 * @example
 * analyzeMessage("en", { code: "SMALL_N", respondents: 1 })
 * // "Only 1 respondent: percentages are very uncertain; read them as counts."
 */
import type { Language } from "./language";
import { createFormat } from "./numberFormat";

/** What is wrong with a `--bands` spec: its form, the number of quantiles, or the cut points. */
export type BandSpecProblem = "form" | "quantiles" | "cuts";

/**
 * The facts of each message, by issue code (BAD_BANDS is a usage error, thrown, not an issue); a
 * code with two sentences has two variants.
 */
export type AnalyzeMessage =
  | { code: "SMALL_N"; respondents: number }
  | { code: "POPULATION_TOO_SMALL"; population: number; respondents: number }
  | { code: "GROUP_COLUMN_FREE_TEXT"; column: string }
  | { code: "GROUP_COLUMN_PERSONAL"; column: string }
  /** `available`: the headers of the background columns. `bands`: the column was named by --bands. */
  | { code: "GROUP_COLUMN_MISSING"; column: string; available: readonly string[]; bands?: boolean }
  /** `cells`: how many cells have an expected count below 5, when known. */
  | { code: "SMALL_EXPECTED_COUNT"; by: string; cells?: number }
  | {
      code: "BAND_NOT_A_NUMBER";
      column: string;
      count: number;
      example: string;
      respondent: string;
    }
  | { code: "CELL_SUPPRESSED"; by: string; value: string; n: number; minCell: number }
  /** A `--bands` spec that cannot be read (a usage error, not an issue). */
  | { code: "BAD_BANDS"; spec: string; problem: BandSpecProblem };

/** The text of one analysis message in `language`. */
export function analyzeMessage(language: Language, message: AnalyzeMessage): string {
  const nl = language === "nl";
  const format = createFormat(language);
  switch (message.code) {
    case "SMALL_N":
      return nl
        ? `Slechts ${format.count(message.respondents, "respondent", "respondenten")}: percentages zijn erg onzeker; lees ze als aantallen.`
        : `Only ${format.count(message.respondents, "respondent", "respondents")}: percentages are very uncertain; read them as counts.`;
    case "POPULATION_TOO_SMALL": {
      const population = format.integer(message.population);
      const respondents = format.integer(message.respondents);
      return nl
        ? `De populatie (${population}) is kleiner dan het aantal respondenten (${respondents}); controleer de opgegeven populatie.`
        : `The population (${population}) is smaller than the number of respondents (${respondents}); check the population given.`;
    }
    case "GROUP_COLUMN_FREE_TEXT":
      return nl
        ? `Kolom '${message.column}' bevat opmerkingen (vrije tekst) en wordt niet gebruikt om uit te splitsen; de opmerkingen staan op het blad Opmerkingen.`
        : `Column '${message.column}' holds comments (free text) and is not used to split the results; the comments are on the Comments sheet.`;
    case "GROUP_COLUMN_PERSONAL":
      return nl
        ? `Kolom '${message.column}' bevat persoonsgegevens (namen, e-mail of telefoon) en wordt niet gebruikt om uit te splitsen, en nergens in het rapport opgenomen.`
        : `Column '${message.column}' holds personal data (names, e-mail or phone) and is not used to split the results, nor written anywhere in the report.`;
    case "GROUP_COLUMN_MISSING": {
      const available = message.available.join(", ") || (nl ? "(geen)" : "(none)");
      if (message.bands)
        return nl
          ? `Kolom '${message.column}' om in klassen te verdelen (--bands) bestaat niet. Beschikbare kolommen: ${available}.`
          : `Column '${message.column}' to split into bands (--bands) does not exist. Available columns: ${available}.`;
      return nl
        ? `Groeperingskolom '${message.column}' bestaat niet. Beschikbare kolommen: ${available}.`
        : `Group column '${message.column}' does not exist. Available columns: ${available}.`;
    }
    case "SMALL_EXPECTED_COUNT": {
      const { by, cells } = message;
      return nl
        ? `Kruistabel bestuursstijl × ${by}: ${cells === undefined ? "sommige cellen" : format.count(cells, "cel", "cellen")} met verwachte frequentie onder 5; de chi-kwadraattoets is dan onbetrouwbaar.`
        : `Cross-tab governance style × ${by}: ${cells === undefined ? "some cells" : format.count(cells, "cell", "cells")} with an expected count below 5; the chi-square test is unreliable.`;
    }
    case "BAND_NOT_A_NUMBER": {
      const { column, example, respondent } = message;
      const count = format.integer(message.count);
      return nl
        ? `Kolom '${column}': ${count} waarde(n) zijn geen getal (bv. '${example}' bij ${respondent}); die netwerken vallen in de groep (leeg).`
        : `Column '${column}': ${count} value(s) are not numbers (e.g. '${example}' for ${respondent}); those networks are in the group (empty).`;
    }
    case "CELL_SUPPRESSED": {
      const { by, value } = message;
      const n = format.integer(message.n);
      const minCell = format.integer(message.minCell);
      return nl
        ? `Groep ${by} = '${value}' (n = ${n}): percentages met een basis onder ${minCell} zijn niet getoond.`
        : `Group ${by} = '${value}' (n = ${n}): percentages with a base below ${minCell} are not shown.`;
    }
    case "BAD_BANDS": {
      const spec = `'${message.spec}'`;
      if (message.problem === "form")
        return nl
          ? `${spec}: schrijf KOLOM:GRENS,GRENS (bv. INWONERS:15000,50000) of KOLOM:qAANTAL (bv. INWONERS:q3).`
          : `${spec}: write COLUMN:CUT,CUT (e.g. INWONERS:15000,50000) or COLUMN:qCOUNT (e.g. INWONERS:q3).`;
      if (message.problem === "quantiles")
        return nl
          ? `${spec}: het aantal kwantielgroepen moet tussen 2 en 10 liggen.`
          : `${spec}: the number of quantile groups must be between 2 and 10.`;
      return nl
        ? `${spec}: de grenzen moeten oplopende getallen zijn, gescheiden door komma's (bv. 15000,50000).`
        : `${spec}: the cut points must be ascending numbers separated by commas (e.g. 15000,50000).`;
    }
  }
}
