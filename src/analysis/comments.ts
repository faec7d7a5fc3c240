/**
 * Comments: every free-text answer and comment, gathered with the statement it belongs to, the
 * network and (when known) the respondent type, so an analyst can quote coordinators the way seed
 * 001 does ("… – CS 06"). The template's `opmerking` column arrives as `Opmerking VIS_01` columns
 * after consolidation; other free-text columns are found by their header or their content.
 *
 * Texts are kept exactly as typed (trimmed); text that looks like a formula ("=SOM(…)", "-niet
 * nodig") stays text: the publishers write it as text (src/workbook/cells.ts).
 */
import type { Dataset } from "./dataset";
import type { DistinctValues } from "./distinctValues";
import { encodeDistinct } from "./distinctValues";
import { isRespondentTypeHeader, respondentTypeFromCode } from "./respondentType";
import { normalizeText } from "./textMatch";

/** One comment or free-text answer. */
export interface CommentEntry {
  /** The network (respondent id). */
  network: string;
  /** Respondent type (e.g. "CS", "IGS", or the value of a type column), null when unknown. */
  respondentType: string | null;
  /** The item the comment belongs to, null for a free-text column of its own. */
  item: string | null;
  /** The statement of that item, or the column header for a free-text column. */
  about: string;
  /** The column header as written in the data. */
  column: string;
  text: string;
  sheet: string;
  /** A1 address of the comment's cell. */
  cell: string;
}

/** Words that start or end a comment column's header ("Opmerking VIS_01", "Toelichting"). */
const COMMENT_WORDS = [
  "opmerking",
  "opmerkingen",
  "toelichting",
  "commentaar",
  "comment",
  "comments",
  "remark",
  "remarks",
  "note",
  "notes",
  "open vraag",
  "open antwoord",
  "vrije tekst",
  "suggestie",
  "suggesties",
  "feedback",
];

/** The header without its comment word, or null when the header is not a comment header. */
export function commentTarget(header: string): string | null {
  const normalized = normalizeText(header.replace(/_/g, " "));
  for (const word of COMMENT_WORDS) {
    if (normalized === word) return "";
    if (normalized.startsWith(`${word} `)) return normalized.slice(word.length + 1);
    if (normalized.endsWith(` ${word}`)) return normalized.slice(0, -word.length - 1);
  }
  return null;
}

/**
 * True when a column holds free text: its header says comment, or (for a column the codebook does
 * not know) most of its answers are sentences: at least half of the values have four or more
 * words and the mean length is 30 characters or more.
 *
 * @example isFreeTextColumn("Opmerking VIS_01", ["ok"]) // true
 * @example isFreeTextColumn("REGIO", ["Gent", "Antwerpen"]) // false
 */
export function isFreeTextColumn(
  header: string,
  values: readonly (string | null)[],
  knownVariable = false
): boolean {
  return isFreeTextDistinct(
    header,
    encodeDistinct(values, (value) => value),
    knownVariable
  );
}

/**
 * {@link isFreeTextColumn} on a column's distinct values: each different value is looked at once
 * and counts as often as it occurs.
 *
 * @example isFreeTextDistinct("REGIO", encodeDistinct(["Gent", "Gent"], (value) => value)) // false
 */
export function isFreeTextDistinct(
  header: string,
  distinct: DistinctValues,
  knownVariable = false
): boolean {
  if (commentTarget(header) !== null) return true;
  if (knownVariable) return false;
  let filled = 0;
  let sentences = 0;
  let totalLength = 0;
  distinct.values.forEach((value, index) => {
    const count = distinct.counts[index];
    filled += count;
    if (value.trim().split(/\s+/).length >= 4) sentences += count;
    totalLength += value.length * count;
  });
  if (filled === 0) return false;
  const meanLength = totalLength / filled;
  return sentences * 2 >= filled && meanLength >= 30;
}

/**
 * Gathers the comments of a dataset: the free-text columns ingest set apart (`dataset.textColumns`),
 * one entry per non-empty cell, in column order then row order.
 *
 * @example gatherComments(dataset)[0] // { network: "CS 06", respondentType: "CS", item: "VIS_01", about: "Het netwerk …", text: "…", … }
 */
export function gatherComments(dataset: Dataset): CommentEntry[] {
  const typeColumn = dataset.background.find(
    (column) => isRespondentTypeHeader(column.header) || isRespondentTypeHeader(column.id)
  );
  const typeOf = (index: number): string | null =>
    typeColumn?.values[index] ?? respondentTypeFromCode(dataset.respondentIds[index] ?? "");
  const items = new Map(
    dataset.codebook.items.map((item) => [normalizeText(item.id.replace(/_/g, " ")), item])
  );
  const entries: CommentEntry[] = [];
  for (const column of dataset.textColumns ?? []) {
    const target = commentTarget(column.header);
    const item = target ? items.get(normalizeText(target.replace(/_/g, " "))) : undefined;
    column.values.forEach((value, index) => {
      if (value === null || value.trim() === "") return;
      entries.push({
        network: dataset.respondentIds[index],
        respondentType: typeOf(index),
        item: item?.id ?? null,
        about: item?.label ?? column.header,
        column: column.header,
        text: value.trim(),
        sheet: dataset.source.sheet,
        cell: column.cells[index],
      });
    });
  }
  return entries;
}
