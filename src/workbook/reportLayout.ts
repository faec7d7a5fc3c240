/**
 * The look both adapters give a report's sheets (src/xlsx/exceljsPort.ts for the file and the
 * preview, src/excel/applyPlan.ts inside Excel), kept in one place so the two stay alike: the
 * colours of notes and of the table of contents' links, and the page number in the printed
 * footer (Excel's header/footer codes: &P page, &N pages).
 *
 * @example PAGE_FOOTER.nl // "Pagina &P van &N"
 * @example argb(REPORT_COLORS.link) // "FF0563C1" (the form of an .xlsx file's colours)
 */
import type { Language } from "../analysis/language";

export const REPORT_COLORS = {
  /** Notes under a table's title (grey italics). */
  note: "#595959",
  /** Excel's colour for a hyperlink (the overview's table of contents). */
  link: "#0563C1",
} as const;

/** The page number, right in the printed footer (the sheet name stands left). */
export const PAGE_FOOTER: Record<Language, string> = {
  nl: "Pagina &P van &N",
  en: "Page &P of &N",
};

/** "#RRGGBB" as an opaque ARGB colour ("FFRRGGBB"), as .xlsx files write colours. */
export function argb(colour: string): string {
  return `FF${colour.slice(1).toUpperCase()}`;
}
