/**
 * Which background columns make sense to split the results by. A coordinator picks from a short
 * list instead of every column of the sheet: a group column has 2–20 different values (size class,
 * region, year); a numeric column with more values (inhabitants) is offered for banding, not as is;
 * the network id, provenance columns of a consolidation (Bron, Sjabloonversie, Datum), dates,
 * personal columns and free text are never offered.
 */
import { parseLooseNumber } from "./bands";
import type { BackgroundColumn } from "./dataset";
import { isPersonalColumn } from "./personalColumns";
import { normalizeText } from "./textMatch";

/** Fewest and most different values of a group column. */
export const MIN_GROUPS = 2;
export const MAX_GROUPS = 20;
/** Fewest networks with a number before a numeric column is offered in (three) bands. */
export const MIN_BANDED = 6;

/** Headers that describe where a row came from, not the network (written by consolidate). */
const PROVENANCE = new Set([
  "bron",
  "source",
  "sjabloonversie",
  "template version",
  "datum",
  "date",
]);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

export type ColumnKind =
  /** 2–20 values: offered as a group column. */
  | "categorical"
  /** Numbers with more than 20 values: offered for banding (cut points or quantiles). */
  | "numeric"
  /** The network id, or every network its own value (groups of one): not a group. */
  | "identifier"
  | "constant"
  /** Too many different texts (more than 20). */
  | "tooManyValues"
  | "provenance"
  | "date"
  | "personal";

export interface GroupCandidate {
  /** The column id (codebook id or header), what --group-by and --bands take. */
  id: string;
  header: string;
  kind: "categorical" | "numeric";
  /** Number of different non-empty values. */
  distinct: number;
}

/**
 * Classifies one background column.
 *
 * @example classifyColumn({ id: "GROOTTE_KLASSE", header: "Grootteklasse", column: 2, values: ["klein", "groot", "klein"] }) // "categorical"
 * @example classifyColumn({ id: "INGEVULD_DOOR", header: "INGEVULD_DOOR", column: 3, values: ["An", "Bo"] }) // "personal"
 */
export function classifyColumn(column: BackgroundColumn): ColumnKind {
  if (isPersonalColumn(column.header, column.values) || isPersonalColumn(column.id, []))
    return "personal";
  if (column.id === "RESP_ID") return "identifier";
  if (PROVENANCE.has(normalizeText(column.header))) return "provenance";
  const filled = column.values.filter((value): value is string => value !== null);
  if (filled.length > 0 && filled.every((value) => ISO_DATE.test(value))) return "date";
  const distinct = new Set(filled).size;
  if (distinct < MIN_GROUPS) return "constant";
  const numeric = filled.every((value) => Number.isFinite(parseLooseNumber(value)));
  // Numbers in bands need enough networks for three bands of two or more.
  const bandable = numeric && filled.length >= MIN_BANDED;
  if (distinct > MAX_GROUPS) return bandable ? "numeric" : numeric ? "identifier" : "tooManyValues";
  // Every network its own value: groups of one say nothing (and are all suppressed).
  if (distinct === filled.length) return bandable ? "numeric" : "identifier";
  return "categorical";
}

/**
 * The columns offered in "Uitsplitsen naar" (categorical) and for banding (numeric), in sheet order.
 *
 * @example groupCandidates(dataset.background).map((candidate) => candidate.id) // ["GROOTTE_KLASSE", "REGIO", "INWONERS"]
 */
export function groupCandidates(columns: readonly BackgroundColumn[]): GroupCandidate[] {
  const candidates: GroupCandidate[] = [];
  for (const column of columns) {
    const kind = classifyColumn(column);
    if (kind !== "categorical" && kind !== "numeric") continue;
    candidates.push({
      id: column.id,
      header: column.header,
      kind,
      distinct: new Set(column.values.filter((value) => value !== null)).size,
    });
  }
  return candidates;
}
