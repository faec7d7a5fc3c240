/**
 * The messages of reading a response table (ingest.ts, unnamedColumns.ts), in Dutch and English,
 * built from facts the way InputError builds its messages (inputError.ts). Counts go through the one
 * number formatter (numberFormat.ts); row numbers and cell addresses are written as Excel shows them.
 *
 * @example
 * ingestMessage("en", { code: "EMPTY_ROW", row: 12 })
 * // "Row 12 has no answers at all and is not counted as a respondent."
 */
import type { IssueCode } from "./issue";
import type { Language } from "./language";
import { createFormat } from "./numberFormat";

/** The ways an answer is rejected (answer.ts); each is also an issue code. */
export type InvalidAnswerCode = Extract<
  IssueCode,
  "OUT_OF_RANGE" | "UNKNOWN_LABEL" | "FORMULA_ERROR"
>;

/** The facts of each message, by issue code; a code with two sentences has two variants. */
export type IngestMessage =
  | { code: "EMPTY_INPUT"; sheet: string }
  /** `example`: an item id to show as a header (the codebook's first). */
  | { code: "NO_ITEMS_RECOGNISED"; sheet: string; codebook: string; example: string }
  | { code: "DUPLICATE_COLUMN"; header: string; item: string; firstCell: string }
  | { code: "ITEM_NOT_IN_DATA"; items: readonly string[] }
  /** `row`: one-based sheet row. */
  | { code: "EMPTY_ROW"; row: number }
  /** `times`: how often the id occurs (case, accents, spaces ignored); `otherRows`: the other rows. */
  | { code: "DUPLICATE_RESPONDENT"; respondent: string; times: number; otherRows: number[] }
  /** A rejected answer: `shown` as typed, `allowed` the scale's answers in words (answer.ts). */
  | { code: InvalidAnswerCode; shown: string; item: string; scale: string; allowed: string }
  /** More rejected answers of one kind in a column than are listed one by one. */
  | { code: InvalidAnswerCode; unlisted: number; column: string; item: string }
  | { code: "BLANK_HEADER"; cell: string; count: number }
  | { code: "EXTRA_FIELDS"; row: number; count: number; cell: string }
  /** More rows with extra fields than are listed one by one. */
  | { code: "EXTRA_FIELDS"; moreRows: number };

/** The text of one ingest message in `language`. */
export function ingestMessage(language: Language, message: IngestMessage): string {
  const nl = language === "nl";
  const format = createFormat(language);
  if ("unlisted" in message) {
    const { unlisted, code, column, item } = message;
    // The kind in words, not the code (found in the pane: "(UNKNOWN_LABEL)" in a Dutch sentence).
    const kind = {
      OUT_OF_RANGE: nl ? "buiten de schaal" : "outside the scale",
      UNKNOWN_LABEL: nl ? "onbekend antwoord" : "unknown answer",
      FORMULA_ERROR: nl ? "formulefout" : "formula error",
    }[code];
    return nl
      ? `Nog ${format.integer(unlisted)} ongeldige antwoorden (${kind}) in kolom '${column}' (item ${item}) niet afzonderlijk vermeld; alle als ontbrekend geteld.`
      : `${format.integer(unlisted)} more invalid answers (${kind}) in column '${column}' (item ${item}) not listed one by one; all counted as missing.`;
  }
  switch (message.code) {
    case "EMPTY_INPUT":
      return nl
        ? `Blad '${message.sheet}' bevat geen gegevens.`
        : `Sheet '${message.sheet}' contains no data.`;
    case "NO_ITEMS_RECOGNISED":
      return nl
        ? `Geen enkele kolomkop op blad '${message.sheet}' komt overeen met een item van het codeboek (${message.codebook}). Gebruik de item-id's (bv. ${message.example}) of de stellingen als kolomkop.`
        : `No column header on sheet '${message.sheet}' matches an item of the codebook (${message.codebook}). Use the item ids (e.g. ${message.example}) or the statements as headers.`;
    case "DUPLICATE_COLUMN":
      return nl
        ? `Kolom '${message.header}' is een tweede kolom voor item ${message.item} (de eerste staat in ${message.firstCell}); deze kolom wordt niet gebruikt.`
        : `Column '${message.header}' is a second column for item ${message.item} (the first is at ${message.firstCell}); this column is not used.`;
    case "ITEM_NOT_IN_DATA": {
      const { items } = message;
      return nl
        ? `${format.count(items.length, "item", "items")} van het codeboek ${items.length === 1 ? "staat" : "staan"} niet in de gegevens: ${items.join(", ")}.`
        : `${format.count(items.length, "codebook item is", "codebook items are")} not in the data: ${items.join(", ")}.`;
    }
    case "EMPTY_ROW":
      return nl
        ? `Rij ${message.row} heeft geen enkel antwoord en telt niet als respondent.`
        : `Row ${message.row} has no answers at all and is not counted as a respondent.`;
    case "DUPLICATE_RESPONDENT": {
      const rows = message.otherRows.map(String);
      const listed =
        rows.length <= 1
          ? rows.join("")
          : `${rows.slice(0, -1).join(", ")} ${nl ? "en" : "and"} ${rows[rows.length - 1]}`;
      if (message.times <= 2)
        return nl
          ? `Respondent '${message.respondent}' komt twee keer voor (ook in rij ${listed}); beide rijen worden meegeteld. Controleer of dit een dubbele inzending is.`
          : `Respondent '${message.respondent}' appears twice (also in row ${listed}); both rows are counted. Check whether this is a duplicate submission.`;
      const times = format.integer(message.times);
      return nl
        ? `Respondent '${message.respondent}' komt ${times} keer voor (ook in rij ${listed}); alle rijen worden meegeteld. Controleer of dit dubbele inzendingen zijn.`
        : `Respondent '${message.respondent}' appears ${times} times (also in rows ${listed}); all rows are counted. Check whether these are duplicate submissions.`;
    }
    case "FORMULA_ERROR":
      return nl
        ? `Formulefout '${message.shown}' bij item ${message.item}; als ontbrekend geteld.`
        : `Formula error '${message.shown}' for item ${message.item}; counted as missing.`;
    case "OUT_OF_RANGE":
      return nl
        ? `Waarde ${message.shown} ligt buiten schaal ${message.scale} (${message.allowed}) bij item ${message.item}; als ontbrekend geteld.`
        : `Value ${message.shown} is outside scale ${message.scale} (${message.allowed}) for item ${message.item}; counted as missing.`;
    case "UNKNOWN_LABEL":
      return nl
        ? `Onbekend antwoord '${message.shown}' bij item ${message.item} (verwacht ${message.allowed}); als ontbrekend geteld.`
        : `Unknown answer '${message.shown}' for item ${message.item} (expected ${message.allowed}); counted as missing.`;
    case "BLANK_HEADER": {
      const { cell, count } = message;
      return nl
        ? `Kolom zonder kop (${cell} is leeg): ${format.count(count, "waarde wordt", "waarden worden")} niet gebruikt. Geef de kolom een kop of verwijder ze.`
        : `Column without a header (${cell} is blank): ${format.count(count, "value is", "values are")} not used. Give the column a header or delete it.`;
    }
    case "EXTRA_FIELDS":
      if ("moreRows" in message)
        return nl
          ? `Nog ${format.integer(message.moreRows)} rijen hebben waarden voorbij de laatste kolomkop.`
          : `${format.integer(message.moreRows)} more rows have values beyond the last column header.`;
      return nl
        ? `Rij ${message.row} heeft ${format.count(message.count, "waarde", "waarden")} voorbij de laatste kolomkop (vanaf ${message.cell}); die worden niet gebruikt. Controleer het scheidingsteken of een verschoven rij.`
        : `Row ${message.row} has ${format.count(message.count, "value", "values")} beyond the last column header (from ${message.cell}); they are not used. Check the separator or a shifted row.`;
  }
}

/**
 * How a respondent without an id is named, and how a repeated id is told apart: by its sheet row.
 *
 * @example respondentRowName("nl", 12) // "Rij 12"
 * @example respondentRowName("en", 12, "Netwerk 3") // "Netwerk 3 (row 12)"
 */
export function respondentRowName(language: Language, row: number, id?: string): string {
  if (id === undefined) return language === "nl" ? `Rij ${row}` : `Row ${row}`;
  return `${id} (${language === "nl" ? "rij" : "row"} ${row})`;
}
