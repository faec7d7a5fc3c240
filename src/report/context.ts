/**
 * What every topic of the report builder shares: the analysis result, the language, the
 * bilingual text helper, the column helper and the notes that state n and the percentage base
 * (every table says them). One topic file (items.ts, governance.ts, …) turns one part of the
 * AnalysisResult into SheetDrafts; buildReport.ts gives them unique names in order.
 */
import { formatNumber } from "../analysis/numberFormat";
import type { Language, LocalizedText } from "../analysis/language";
import type { AnalysisResult } from "../analysis/results";
import { reportColumns } from "./columns";
import type { ChartSpec, ReportCell, ReportColumn, ReportTable } from "./reportModel";

/** A text in both languages. */
export type Text = LocalizedText;

/** A bilingual text. @example T("Visie", "Vision").en // "Vision" */
export const T = (nl: string, en: string): Text => ({ nl, en });

/**
 * "1 cel", "3 cellen": a count with the right form of its noun.
 *
 * @example plural(1, "melding", "meldingen") // "1 melding"
 */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** One sheet before naming: its wanted sheet name, its table and its charts. */
export interface SheetDraft {
  name: string;
  /**
   * Shorter sheet names, tried in order when `name` is over 31 characters (names.ts sheetName),
   * so a long title is never cut with "…".
   */
  shortNames?: string[];
  table: ReportTable;
  charts?: ChartSpec[];
}

export interface ReportContext {
  result: AnalysisResult;
  language: Language;
  respondents: number;
  /** The text in the report's language. */
  t(text: Text): string;
  /** A column; a string header is used as written. */
  col(key: string, header: Text | string, format: ReportColumn["format"]): ReportColumn;
  /** Fixed columns by id from the one list of columns.ts, e.g. "item n pctLow". */
  columns(ids: string): ReportColumn[];
  /** A number for a sentence ("92,2" in Dutch, "92.2" in English; "—" when missing). */
  num(value: number | null, decimals?: number): string;
  /**
   * The reference-figure column (codebook column `referentie`: a published share high, e.g.
   * "Dēmos 2016 (%)"), beside "Hoog"; none when no item has one.
   */
  referenceColumn(): ReportColumn[];
  /** The reference figure of one item for a row with referenceColumn (null when it has none). */
  referenceCell(itemId: string): ReportCell[];
  /** "n = … respondents; percentages of …" for the base of the run. */
  basisNote(n: number): string;
  /** The basis note, plus the rounding note in legacy mode. */
  commonNotes(n: number): string[];
}

/**
 * The shared context of one report.
 *
 * @example
 * reportContext(result, "en").basisNote(77)
 * // "n = 77 respondents; percentages of valid answers per item (base: valid)."
 */
export function reportContext(result: AnalysisResult, language: Language): ReportContext {
  const t = (text: Text) => text[language];
  const basisNote = (n: number) =>
    result.options.base === "valid"
      ? t(
          T(
            `n = ${n} respondenten; percentages op geldige antwoorden per item (basis: geldig).`,
            `n = ${n} respondents; percentages of valid answers per item (base: valid).`
          )
        )
      : t(
          T(
            `n = ${n} respondenten; percentages op alle respondenten (basis: alle), ontbrekend en weet niet inbegrepen.`,
            `n = ${n} respondents; percentages of all respondents (base: all), missing and don't know included.`
          )
        );
  const roundingNote =
    result.options.rounding === "legacy"
      ? t(
          T(
            "Afronding: per categorie op 1 decimaal, daarna opgeteld (zoals het Dēmos-rapport).",
            "Rounding: each category to 1 decimal, then added (as the Dēmos report)."
          )
        )
      : null;
  // A published reference figure (codebook column `referentie`) stands beside "Hoog".
  const referenceSource = result.items.find((item) => item.reference)?.reference?.source;
  return {
    result,
    language,
    respondents: result.source.respondents,
    t,
    col: (key, header, format) => ({
      key,
      header: typeof header === "string" ? header : t(header),
      format,
    }),
    columns: (ids) => reportColumns(language, ids),
    referenceColumn: () =>
      referenceSource !== undefined
        ? [{ key: "reference", header: `${referenceSource} (%)`, format: "percent1" }]
        : [],
    referenceCell: (itemId) =>
      referenceSource !== undefined
        ? [result.items.find((item) => item.id === itemId)?.reference?.pctHigh ?? null]
        : [],
    num: (value, decimals = 1) => formatNumber(value, decimals, language),
    basisNote,
    commonNotes: (n) => [basisNote(n), ...(roundingNote ? [roundingNote] : [])],
  };
}
