/**
 * The template flow of the task pane (Nieuw sjabloon), written once for both hosts: which template
 * (the built-in Dēmos coordinator survey), dated today, and the check that none of its sheets is in
 * the workbook already. The hosts only write the sheets (Office.js or ExcelJS).
 */
import type { Language } from "../analysis/language";
import { findPreset } from "../presets";
import { DEMOS_PRESET_ID } from "../presets/demosCoordinatoren";
import type { TemplateSpec } from "../template/templateSpec";
import { buildTemplateSpec } from "../template/templateSpec";
import { sheetKey } from "../report/names";
import { WorkbookError } from "../workbook/port";
import { appMessage } from "./messages";

/**
 * The coordinator template of the task pane: the Dēmos preset in `language`, dated `today`.
 *
 * @example
 * coordinatorTemplate("nl", new Date("2026-03-01")).items.length // 45
 */
export function coordinatorTemplate(language: Language, today: Date = new Date()): TemplateSpec {
  return buildTemplateSpec(findPreset(DEMOS_PRESET_ID)!, {
    language,
    presetId: DEMOS_PRESET_ID,
    generated: today.toISOString().slice(0, 10),
  });
}

/**
 * Throws TEMPLATE_SHEETS_EXIST when a sheet of the template is in the workbook already (compared as
 * sheet names are: trimmed, NFC, ignoring case), so a template never overwrites a user's sheet.
 *
 * @example
 * assertTemplateFits(coordinatorTemplate("nl"), ["Blad1"], "nl") // passes
 */
export function assertTemplateFits(
  spec: TemplateSpec,
  existingSheets: readonly string[],
  language: Language
): void {
  const existing = new Set(existingSheets.map(sheetKey));
  const clashes = spec.sheets
    .map((sheet) => sheet.name)
    .filter((name) => existing.has(sheetKey(name)));
  if (clashes.length > 0)
    throw new WorkbookError(
      appMessage(language, { code: "TEMPLATE_SHEETS_EXIST", sheets: clashes }),
      "TEMPLATE_SHEETS_EXIST"
    );
}
