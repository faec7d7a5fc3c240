/**
 * Which of the workbook's sheets Netwerkmeter owns: the owned sheets recorded in the workbook
 * metadata, resolved to the workbook's current sheets by marker, id or name. Only owned sheets are
 * ever cleared or deleted by the publish planner (publish.ts); the input and codebook sheets never
 * are. Also used by the adapters to tell the user's sheets from the output's when reading input.
 *
 * @example
 * resolveOwnership(state, ["Antwoorden"]).bySheet.get(3)?.key; // "Overzicht"
 */
import { sheetKey } from "../report/names";
import type { OwnedSheet } from "./metadata";
import type { WorkbookState } from "./port";

/** The owned sheets of the stored metadata, resolved to the workbook's current sheets. */
export interface Ownership {
  /** Owned entry per existing sheet index. */
  bySheet: Map<number, OwnedSheet>;
}

/**
 * Which of the workbook's sheets Netwerkmeter owns, never a protected sheet, never a sheet claimed
 * twice. Each entry of the metadata (or of `owned`, when given) is found, in this order:
 * 1. by its marker (a sheet-scoped name holding the entry's key, SheetInfo.marker): it survives
 *    renames, moves and the id changes between sessions; when a copied sheet carries the same
 *    marker, the copy with the recorded id or name wins;
 * 2. by id, when both sides have one;
 * 3. by name, when the entry or the sheet has no id, or when no sheet has any recorded id at all
 *    (ids are reassigned between sessions and between desktop and web: office-js-docs#297,
 *    office-js#1390). A sheet that carries another marker is never taken by name, and once the
 *    workbook has markers of these entries, neither is an unmarked sheet: that is the user's own
 *    sheet with the output's name (the output sheet was deleted).
 *
 * @example resolveOwnership(state, ["Antwoorden"]).bySheet.get(3)?.key // "Overzicht"
 */
export function resolveOwnership(
  state: WorkbookState,
  protectedSheets: readonly string[] = [],
  owned: readonly OwnedSheet[] = state.metadata.metadata?.ownedSheets ?? []
): Ownership {
  const bySheet = new Map<number, OwnedSheet>();
  const protectedKeys = new Set(protectedSheets.map(sheetKey));
  const usable = (index: number) =>
    index >= 0 && !bySheet.has(index) && !protectedKeys.has(sheetKey(state.sheets[index].name));
  const found = new Set<OwnedSheet>();
  const claim = (index: number, entry: OwnedSheet) => {
    bySheet.set(index, entry);
    found.add(entry);
  };

  // 1. Markers.
  for (const entry of owned) {
    const marked = state.sheets
      .map((sheet, index) => ({ sheet, index }))
      .filter(({ sheet, index }) => sheet.marker === entry.key && usable(index));
    if (marked.length === 0) continue;
    const best =
      marked.find(({ sheet }) => entry.id !== undefined && sheet.id === entry.id) ??
      marked.find(({ sheet }) => sheetKey(sheet.name) === sheetKey(entry.name)) ??
      marked[0];
    claim(best.index, entry);
  }
  // 2. Ids.
  for (const entry of owned) {
    if (found.has(entry) || entry.id === undefined) continue;
    const index = state.sheets.findIndex(
      (sheet) => sheet.id !== undefined && sheet.id === entry.id
    );
    const marker = usable(index) ? state.sheets[index].marker : undefined;
    if (usable(index) && (marker === undefined || marker === "")) claim(index, entry);
  }
  // 3. Names.
  // Markers of these entries (a feedback sheet's own marker says nothing about them).
  const keys = new Set(owned.map((entry) => entry.key));
  const markersInUse = state.sheets.some((sheet) => sheet.marker && keys.has(sheet.marker));
  const idsReassigned = !owned.some(
    (entry) => entry.id !== undefined && state.sheets.some((sheet) => sheet.id === entry.id)
  );
  for (const entry of owned) {
    if (found.has(entry)) continue;
    const index = state.sheets.findIndex(
      (sheet) =>
        sheetKey(sheet.name) === sheetKey(entry.name) &&
        (sheet.marker === "" || (sheet.marker === undefined && !markersInUse)) &&
        (entry.id === undefined || sheet.id === undefined || idsReassigned)
    );
    if (usable(index)) claim(index, entry);
  }
  return { bySheet };
}
