/**
 * The "Opmerkingen" (Comments) sheet of the report: every free-text answer and comment with the
 * statement it belongs to, the network and the respondent type, in the order of the data. Texts
 * stay text: the publishers write "=…", "+…", "-…" and "@…" as text, never as formulas.
 */
import { createFormat } from "../analysis/numberFormat";
import type { CommentEntry } from "../analysis/comments";
import type { Language } from "../analysis/language";
import type { ReportContext, SheetDraft } from "./context";
import { T } from "./context";
import type { ReportTable } from "./reportModel";

/**
 * The comments table, or null when there are no comments (then the sheet is left out).
 *
 * @example commentsTable([{ network: "CS 06", respondentType: "CS", item: "VIS_01", about: "…", text: "Goed", … }], "nl")!.rows[0]
 * // ["VIS_01", "…", "CS 06", "CS", "Goed", "Antwoorden!D2"]
 */
export function commentsTable(
  comments: readonly CommentEntry[],
  language: Language
): ReportTable | null {
  if (comments.length === 0) return null;
  const nl = language === "nl";
  const withType = comments.some((comment) => comment.respondentType !== null);
  const networks = new Set(comments.map((comment) => comment.network)).size;
  return {
    name: "NM_Opmerkingen",
    title: nl
      ? "Opmerkingen en open antwoorden van de netwerken"
      : "Comments and open answers of the networks",
    columns: [
      { key: "item", header: "Item", format: "text" },
      { key: "about", header: nl ? "Stelling of vraag" : "Statement or question", format: "text" },
      { key: "network", header: nl ? "Netwerk" : "Network", format: "text" },
      ...(withType ? [{ key: "type", header: nl ? "Type" : "Type", format: "text" as const }] : []),
      { key: "text", header: nl ? "Opmerking" : "Comment", format: "text" },
      { key: "cell", header: nl ? "Cel" : "Cell", format: "text" },
    ],
    rows: comments.map((comment) => [
      comment.item ?? "",
      comment.about,
      comment.network,
      ...(withType ? [comment.respondentType ?? ""] : []),
      comment.text,
      `${comment.sheet}!${comment.cell}`,
    ]),
    notes: [
      nl
        ? `n = ${comments.length}: ${createFormat("nl").count(comments.length, "opmerking", "opmerkingen")} van ${createFormat("nl").count(networks, "netwerk", "netwerken")}, zoals getypt (basis: elke niet-lege cel van een opmerkingen- of open kolom).`
        : `n = ${comments.length}: ${createFormat("en").count(comments.length, "comment", "comments")} from ${createFormat("en").count(networks, "network", "networks")}, as typed (base: every non-empty cell of a comment or open column).`,
      nl
        ? "Citeer netwerken met hun type en nummer (bv. 'CS 06'), niet met namen."
        : "Quote networks by type and number (e.g. 'CS 06'), not by name.",
    ],
  };
}

/**
 * The Opmerkingen sheet, placed before Problemen; none when the run gathered no comments.
 *
 * @example commentsSheet(reportContext(result, "nl"))[0]?.name // "Opmerkingen"
 */
export function commentsSheet(ctx: ReportContext): SheetDraft[] {
  const table = commentsTable(ctx.result.comments ?? [], ctx.language);
  return table ? [{ name: ctx.t(T("Opmerkingen", "Comments")), table, charts: [] }] : [];
}
