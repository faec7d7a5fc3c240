/**
 * The ownership marker on Netwerkmeter's own sheets: a sheet-scoped defined name
 * `NetwerkmeterBlad` whose formula is the report sheet's key as a text constant
 * (`="Overzicht"`). Worksheet ids cannot carry ownership across sessions: they "remain constant
 * within a single session but will change between sessions" (office-js-docs#297), differ between
 * desktop and web (office-js#1390), and the web's first sheet is always
 * {00000000-0001-0000-0000-000000000000} (office-js#552). A sheet-scoped name is saved in the file,
 * follows the sheet through renames and moves, and is read with the sheet's other names.
 *
 * Requirement sets: Worksheet.names and NamedItemCollection.add, ExcelApi 1.4;
 * NamedItem.formula, ExcelApi 1.7 (the manifest's floor).
 *
 * @example
 * markerFormula("Overzicht")        // '="Overzicht"'
 * markerKey('="Items ""A"""')       // 'Items "A"'
 */

/** The marker's name (sheet scope; it may repeat on every owned sheet). */
export const SHEET_MARKER_NAME = "NetwerkmeterBlad";

/** The marker's formula for a report sheet key: a text constant. */
export function markerFormula(key: string): string {
  return `="${key.replace(/"/g, '""')}"`;
}

/** The key in a marker's formula, or undefined when it is not a text constant. */
export function markerKey(formula: unknown): string | undefined {
  if (typeof formula !== "string") return undefined;
  const match = /^="((?:[^"]|"")*)"$/.exec(formula.trim());
  return match ? match[1].replace(/""/g, '"') : undefined;
}

/** Queues the load of a sheet's own names (read the marker with markerOf after the sync). */
export function queueReadMarker(worksheet: Excel.Worksheet): Excel.NamedItemCollection {
  const names = worksheet.names;
  names.load("items/name, items/formula");
  return names;
}

/**
 * The key of the marker in a loaded sheet name collection: undefined without a marker, "" for a
 * marker that is not a text constant (someone edited it; it is replaced at the next write).
 */
export function markerOf(names: Excel.NamedItemCollection): string | undefined {
  const marker = names.items.find(
    (item) => item.name.toLowerCase() === SHEET_MARKER_NAME.toLowerCase()
  );
  return marker ? (markerKey(marker.formula) ?? "") : undefined;
}

/**
 * Queues marking `worksheet` as the sheet of report sheet `key`. `existing` is the marker it has
 * now (from the state the plan was made from): nothing is queued when it is already right.
 */
export function queueMarkSheet(
  worksheet: Excel.Worksheet,
  key: string,
  existing: string | undefined
): void {
  if (existing === key) return;
  if (existing !== undefined) worksheet.names.getItem(SHEET_MARKER_NAME).delete();
  worksheet.names.add(SHEET_MARKER_NAME, markerFormula(key));
}
