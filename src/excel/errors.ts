/**
 * Office.js errors the adapter can meet, turned into WorkbookErrors the user can act on (Dutch
 * and English), instead of Excel's raw message ("RichApi.Error: …"). Error codes are not
 * localised; messages are, and "are not intended for end users"
 * (learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling), so
 * the mapping is by `code` (Excel.ErrorCodes).
 *
 * Codes left alone are programming errors (InvalidArgument, InvalidReference, …): they keep
 * Excel's message, with the code, for the bug report.
 *
 * @example
 * try { await port.readState(); } catch (error) { throw friendlyWorkbookError(error, "nl"); }
 * // InvalidOperationInCellEditMode → WorkbookError("Excel is bezig met het bewerken van een cel: …", "CELL_EDIT_MODE")
 */
import type { Language } from "../analysis/language";
import { WorkbookError } from "../workbook/port";
import { errorCode } from "./runtime";

interface Friendly {
  code: string;
  nl: string;
  en: string;
}

/** Office.js code → our code and message. */
const FRIENDLY: Record<string, Friendly> = {
  // office-js#625, #3388: the API refuses every call while a cell is being edited.
  InvalidOperationInCellEditMode: {
    code: "CELL_EDIT_MODE",
    nl: "Excel is bezig met het bewerken van een cel: druk op Enter of Esc in het werkblad en probeer opnieuw.",
    en: "Excel is editing a cell: press Enter or Esc in the worksheet and try again.",
  },
  // A protected sheet refuses changes to locked cells, tables and charts.
  AccessDenied: {
    code: "SHEET_PROTECTED",
    nl: "Een blad van Netwerkmeter is beveiligd (Controleren > Blad beveiligen opheffen): hef de beveiliging op en probeer opnieuw. Er is niets overschreven wat u zelf schreef.",
    en: "One of Netwerkmeter's sheets is protected (Review > Unprotect Sheet): unprotect it and try again. Nothing you wrote yourself was overwritten.",
  },
  InactiveWorkbook: {
    code: "WORKBOOK_INACTIVE",
    nl: "Dit werkboek is niet meer het actieve: klik in het werkboek en probeer opnieuw.",
    en: "This workbook is no longer the active one: click in the workbook and try again.",
  },
  RequestPayloadSizeLimitExceeded: {
    code: "TOO_LARGE",
    nl: "De gegevens zijn te groot om in één keer door Excel te laten verwerken (limiet van 5 MB in Excel voor het web). Selecteer minder kolommen of gebruik de desktopversie van Excel.",
    en: "The data is too large for Excel to process at once (5 MB limit in Excel on the web). Select fewer columns or use the desktop version of Excel.",
  },
  ResponsePayloadSizeLimitExceeded: {
    code: "TOO_LARGE",
    nl: "De gegevens zijn te groot om in één keer uit Excel te lezen (limiet van 5 MB in Excel voor het web). Selecteer alleen de antwoorden.",
    en: "The data is too large to read from Excel at once (5 MB limit in Excel on the web). Select only the answers.",
  },
  RangeExceedsLimit: {
    code: "TOO_LARGE",
    nl: "Het bereik is te groot om te lezen (meer dan 5 miljoen cellen). Selecteer alleen de antwoorden.",
    en: "The range is too large to read (more than 5 million cells). Select only the answers.",
  },
  ApiNotFound: {
    code: "EXCEL_TOO_OLD",
    nl: "Deze versie van Excel mist een functie die Netwerkmeter nodig heeft (ExcelApi 1.7 of nieuwer: Excel 2019, Microsoft 365 of Excel voor het web).",
    en: "This version of Excel lacks a feature Netwerkmeter needs (ExcelApi 1.7 or later: Excel 2019, Microsoft 365 or Excel on the web).",
  },
  UnsupportedFeature: {
    code: "EXCEL_TOO_OLD",
    nl: "Deze versie van Excel ondersteunt een functie niet die Netwerkmeter nodig heeft. Werk Excel bij of gebruik Excel voor het web.",
    en: "This version of Excel does not support a feature Netwerkmeter needs. Update Excel or use Excel on the web.",
  },
  NotImplemented: {
    code: "EXCEL_TOO_OLD",
    nl: "Deze versie van Excel ondersteunt een functie niet die Netwerkmeter nodig heeft. Werk Excel bij of gebruik Excel voor het web.",
    en: "This version of Excel does not support a feature Netwerkmeter needs. Update Excel or use Excel on the web.",
  },
  MergedRangeConflict: {
    code: "RANGE_CONFLICT",
    nl: "Samengevoegde cellen zitten in de weg: maak de samenvoeging op het uitvoerblad ongedaan en probeer opnieuw.",
    en: "Merged cells are in the way: unmerge them on the output sheet and try again.",
  },
  FilteredRangeConflict: {
    code: "RANGE_CONFLICT",
    nl: "Een filter zit in de weg: zet het filter op het uitvoerblad uit en probeer opnieuw.",
    en: "A filter is in the way: clear the filter on the output sheet and try again.",
  },
  PivotTableRangeConflict: {
    code: "RANGE_CONFLICT",
    nl: "Een draaitabel zit in de weg: verplaats de draaitabel van het uitvoerblad en probeer opnieuw.",
    en: "A PivotTable is in the way: move it off the output sheet and try again.",
  },
  InsertDeleteConflict: {
    code: "RANGE_CONFLICT",
    nl: "Excel kon cellen niet invoegen of verwijderen (een tabel of samenvoeging zit in de weg). Probeer opnieuw.",
    en: "Excel could not insert or delete cells (a table or merge is in the way). Try again.",
  },
  Conflict: {
    code: "WORKBOOK_BUSY",
    nl: "Iemand anders bewerkt dit werkboek tegelijk. Wacht even en probeer opnieuw.",
    en: "Someone else is editing this workbook at the same time. Wait a moment and try again.",
  },
  RequestAborted: {
    code: "WORKBOOK_BUSY",
    nl: "Excel brak de opdracht af. Probeer opnieuw.",
    en: "Excel aborted the request. Try again.",
  },
  GeneralException: {
    code: "EXCEL_ERROR",
    nl: "Excel meldde een interne fout. Sla het werkboek op, probeer opnieuw, en meld het als het blijft gebeuren.",
    en: "Excel reported an internal error. Save the workbook, try again, and report it if it keeps happening.",
  },
};

/**
 * The error as a WorkbookError the user can act on, or the error itself (a WorkbookError
 * already, or a code that means a bug on our side). The cause is kept.
 */
export function friendlyWorkbookError(error: unknown, language: Language): unknown {
  if (error instanceof WorkbookError) return error;
  const friendly = FRIENDLY[errorCode(error) ?? ""];
  if (!friendly) return error;
  return new WorkbookError(friendly[language], friendly.code, { cause: error });
}

/** Runs `action`, turning Office.js errors into friendly WorkbookErrors. */
export async function withFriendlyErrors<T>(
  language: Language,
  action: () => Promise<T>
): Promise<T> {
  try {
    return await action();
  } catch (error) {
    throw friendlyWorkbookError(error, language);
  }
}
