/**
 * The application layer's message catalogue: every sentence src/app says to a user, in Dutch and
 * English, built from facts the way InputError builds its messages (src/analysis/inputError.ts).
 * Host-neutral on purpose: no command-line flags and no task-pane buttons, so the CLI and the task
 * pane can show the same words.
 *
 * @example
 * appMessage("nl", { code: "NO_RESPONDENTS" }) // "geen enkele respondent met antwoorden gevonden."
 */
import type { Language } from "../analysis/language";

/** The facts of each message, by code. */
export type AppMessage =
  /** The codebook (a sheet, a file or JSON) has no row that could be used. */
  | { code: "CODEBOOK_EMPTY"; codebook: string; reasons: string }
  /** No codebook was given or found: the default preset is used. `file` absent: "this workbook". */
  | { code: "DEFAULT_CODEBOOK"; preset: string; file?: string }
  /** Samenvoegen: the workbook's own codebook sheet was kept (the templates' one not added). */
  | { code: "CODEBOOK_SHEET_KEPT"; sheet: string }
  /** Refresh: the codebook sheet of the previous run is gone. */
  | { code: "CODEBOOK_SHEET_MISSING"; sheet: string }
  /** The input has no respondent with an answer. */
  | { code: "NO_RESPONDENTS" }
  /** An output sheet name belonged to the user, so another name was used. */
  | { code: "OUTPUT_SHEET_RENAMED"; wanted: string; used: string }
  /** Charts or refresh asked for before any run. */
  | { code: "NO_STORED_RUN" }
  /** The template's sheets already exist in the workbook. */
  | { code: "TEMPLATE_SHEETS_EXIST"; sheets: readonly string[] }
  /** The earlier wave to compare with has no respondent with answers. */
  | { code: "EARLIER_WAVE_EMPTY"; file: string }
  /** A run stored with a comparison, but the earlier wave's file is not at hand (pane refresh). */
  | { code: "EARLIER_WAVE_NEEDED"; file: string };

const quoted = (names: readonly string[]): string => names.map((name) => `'${name}'`).join(", ");

/** The text of one application message in `language`. */
export function appMessage(language: Language, message: AppMessage): string {
  const nl = language === "nl";
  switch (message.code) {
    case "CODEBOOK_EMPTY":
      return (
        nl
          ? `${message.codebook}: het codeboek bevat geen bruikbare items. ${message.reasons}`
          : `${message.codebook}: the codebook has no usable items. ${message.reasons}`
      ).trim();
    case "DEFAULT_CODEBOOK":
      if (message.file !== undefined)
        return nl
          ? `Geen codeboek opgegeven en geen blad 'Codeboek' in ${message.file}: de ingebouwde preset ${message.preset} is gebruikt.`
          : `No codebook given and no 'Codeboek' sheet in ${message.file}: the built-in preset ${message.preset} was used.`;
      return nl
        ? `Geen blad 'Codeboek' in deze werkmap: de ingebouwde preset ${message.preset} is gebruikt.`
        : `No 'Codeboek' sheet in this workbook: the built-in preset ${message.preset} was used.`;
    case "CODEBOOK_SHEET_KEPT":
      return nl
        ? `Deze werkmap heeft al een blad '${message.sheet}': het blijft ongewijzigd en de analyse gebruikt het. Het codeboek van de sjablonen is niet toegevoegd; controleer of '${message.sheet}' bij deze sjablonen hoort.`
        : `This workbook already has a sheet '${message.sheet}': it is left unchanged and the analysis uses it. The templates' codebook was not added; check that '${message.sheet}' belongs to these templates.`;
    case "CODEBOOK_SHEET_MISSING":
      return nl
        ? `Het codeboekblad '${message.sheet}' van de vorige analyse bestaat niet meer: de ingebouwde preset is gebruikt.`
        : `The codebook sheet '${message.sheet}' of the previous analysis no longer exists: the built-in preset was used.`;
    case "NO_RESPONDENTS":
      return nl
        ? "geen enkele respondent met antwoorden gevonden."
        : "no respondent with answers found.";
    case "OUTPUT_SHEET_RENAMED":
      return nl
        ? `Het blad '${message.wanted}' is niet van Netwerkmeter en bleef onaangeroerd; de uitvoer staat in '${message.used}'.`
        : `Sheet '${message.wanted}' is not Netwerkmeter's and was left alone; the output is in '${message.used}'.`;
    case "NO_STORED_RUN":
      return nl
        ? "Er is nog geen analyse in deze werkmap: voer eerst een analyse uit."
        : "There is no analysis in this workbook yet: run an analysis first.";
    case "TEMPLATE_SHEETS_EXIST":
      return nl
        ? `Deze werkmap heeft al ${message.sheets.length === 1 ? "een blad" : "bladen"} ${quoted(message.sheets)}: voeg het sjabloon in een nieuwe, lege werkmap in.`
        : `This workbook already has ${message.sheets.length === 1 ? "a sheet" : "sheets"} ${quoted(message.sheets)}: insert the template into a new, empty workbook.`;
    case "EARLIER_WAVE_EMPTY":
      return nl
        ? `${message.file}: de vorige bevraging bevat geen enkele respondent met antwoorden.`
        : `${message.file}: the previous wave holds no respondent with answers.`;
    case "EARLIER_WAVE_NEEDED":
      return nl
        ? `De vergelijking met de vorige bevraging (${message.file}) is niet gemaakt: dat bestand wordt niet in de werkmap bewaard. Kies het opnieuw bij 'Vergelijk met vorige bevraging' en voer de analyse uit.`
        : `The comparison with the previous wave (${message.file}) was not made: that file is not kept in the workbook. Choose it again under 'Compare with previous wave' and run the analysis.`;
  }
}

/** The progress labels of a run. */
export const PROGRESS_TEXT = {
  nl: { read: "Gegevens lezen", analyse: "Analyseren", write: "Uitvoer schrijven", done: "Klaar" },
  en: { read: "Reading data", analyse: "Analysing", write: "Writing output", done: "Done" },
} as const;
