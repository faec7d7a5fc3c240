/**
 * The command line's own messages — reading an input file, refusing an output that would
 * overwrite an input, the template and feedback commands — in Dutch and English, built from facts
 * the way InputError builds its messages (../analysis/inputError.ts). Counts go through the one
 * number formatter (../analysis/numberFormat.ts). Messages of the engine and the application layer
 * have their own catalogues (analysis/*Messages.ts, app/messages.ts); this one says only what is
 * about files, folders and flags.
 *
 * @example
 * cliMessage("en", { code: "FILE_NOT_FOUND", path: "antwoorden.xlsx" }) // "antwoorden.xlsx: file not found."
 */
import type { Language } from "../analysis/language";
import { createFormat } from "../analysis/numberFormat";

/** The facts of each message, by a code of its own (these are not issue codes). */
export type CliMessage =
  // reading an input file (readInputFile.ts); `path` as printed
  | { code: "FILE_NOT_FOUND"; path: string }
  | { code: "NO_ACCESS"; path: string }
  | { code: "IS_FOLDER"; path: string }
  | { code: "LINK_LOOP"; path: string }
  | { code: "BROKEN_LINK"; path: string }
  | { code: "NOT_A_REGULAR_FILE"; path: string }
  /** `reason`: the system's error code, when there is one. */
  | { code: "UNREADABLE"; path: string; reason?: string }
  // an output that clashes with an input or another output (outputPaths.ts); `output`/`other`
  // as the user gave them ("--out rapport.xlsx")
  | { code: "OUTPUT_IN_INPUT_FOLDER"; output: string; folder: string }
  | { code: "OUTPUT_IS_INPUT"; output: string; input: string }
  | { code: "OUTPUTS_SAME_FILE"; output: string; other: string }
  // an output that is written as an Excel workbook but named otherwise (outputPaths.ts)
  | { code: "OUTPUT_NOT_XLSX"; output: string }
  // netwerkmeter template (templateCommand.ts)
  | { code: "TEMPLATE_OUT_MISSING" }
  | { code: "UNKNOWN_PRESET"; preset: string; known: string }
  | { code: "TEMPLATE_WRITTEN"; out: string; statements: number; version: string }
  // netwerkmeter feedback (feedbackCommand.ts)
  | { code: "OUT_DIR_HOLDS_INPUT"; outDir: string; input: string }
  | { code: "FEEDBACK_NO_RESPONDENTS" }
  | { code: "OUT_DIR_NOT_MADE"; outDir: string; reason: string }
  | { code: "FEEDBACK_NO_NETWORK_COLUMN" }
  /** `units`: the workbooks are per unit of an indicator framework, not per network. */
  | {
      code: "FEEDBACK_WRITTEN";
      workbooks: number;
      outDir: string;
      minCell: number;
      units?: boolean;
    }
  /** The heading of the problem list: `kinds` of problems. */
  | { code: "FEEDBACK_PROBLEMS"; kinds: number };

/** The text of one command-line message in `language`. */
export function cliMessage(language: Language, message: CliMessage): string {
  const nl = language === "nl";
  switch (message.code) {
    case "FILE_NOT_FOUND":
      return nl ? `${message.path}: bestand niet gevonden.` : `${message.path}: file not found.`;
    case "NO_ACCESS":
      return nl
        ? `${message.path}: geen toegang (geen leesrechten op het bestand of de map).`
        : `${message.path}: permission denied (no read access to the file or folder).`;
    case "IS_FOLDER":
      return nl
        ? `${message.path}: dit is een map, geen bestand.`
        : `${message.path}: this is a folder, not a file.`;
    case "LINK_LOOP":
      return nl
        ? `${message.path}: de symbolische koppeling verwijst naar zichzelf.`
        : `${message.path}: the symbolic link points to itself.`;
    case "BROKEN_LINK":
      return nl
        ? `${message.path}: de symbolische koppeling verwijst naar een bestand dat niet bestaat.`
        : `${message.path}: the symbolic link points to a file that does not exist.`;
    case "NOT_A_REGULAR_FILE":
      return nl
        ? `${message.path}: geen gewoon bestand (een pipe, apparaat of socket); geef een .xlsx- of .csv-bestand.`
        : `${message.path}: not a regular file (a pipe, device or socket); give an .xlsx or .csv file.`;
    case "UNREADABLE":
      return nl
        ? `${message.path}: kan niet gelezen worden (${message.reason ?? "onbekende fout"}).`
        : `${message.path}: cannot be read (${message.reason ?? "unknown error"}).`;
    case "OUTPUT_IN_INPUT_FOLDER":
      return nl
        ? `${message.output} ligt in de map ${message.folder} die ingelezen wordt; kies een plaats buiten die map.`
        : `${message.output} lies inside the folder ${message.folder}, which is read; choose a place outside it.`;
    case "OUTPUT_IS_INPUT":
      return nl
        ? `${message.output} is hetzelfde bestand als de invoer ${message.input}; dat zou de invoer overschrijven. Kies een andere naam.`
        : `${message.output} is the same file as the input ${message.input}; that would overwrite the input. Choose another name.`;
    case "OUTPUTS_SAME_FILE":
      return nl
        ? `${message.output} en ${message.other} zijn hetzelfde bestand; kies twee verschillende namen.`
        : `${message.output} and ${message.other} are the same file; choose two different names.`;
    case "OUTPUT_NOT_XLSX":
      return nl
        ? `${message.output}: dit wordt een Excel-werkmap; gebruik een naam die eindigt op .xlsx.`
        : `${message.output}: this will be an Excel workbook; use a name ending in .xlsx.`;
    case "TEMPLATE_OUT_MISSING":
      return nl
        ? "geef met --out aan waar het sjabloon moet komen, bv. --out sjabloon.xlsx."
        : "use --out to say where the template goes, e.g. --out template.xlsx.";
    case "UNKNOWN_PRESET":
      return nl
        ? `onbekende preset '${message.preset}'. Beschikbaar: ${message.known}.`
        : `unknown preset '${message.preset}'. Available: ${message.known}.`;
    case "TEMPLATE_WRITTEN": {
      const statements = createFormat(language).integer(message.statements);
      return nl
        ? `Sjabloon geschreven: ${message.out} (${statements} stellingen, versie ${message.version})`
        : `Template written: ${message.out} (${statements} statements, version ${message.version})`;
    }
    case "OUT_DIR_HOLDS_INPUT":
      return nl
        ? `--out-dir ${message.outDir} bevat het invoerbestand ${message.input}; kies een aparte map, zodat geen invoer overschreven kan worden.`
        : `--out-dir ${message.outDir} contains the input file ${message.input}; choose a separate folder, so no input can be overwritten.`;
    case "FEEDBACK_NO_RESPONDENTS":
      return nl
        ? "geen enkele respondent met antwoorden op de stellingen van het codeboek gevonden."
        : "no respondent with answers to the codebook's statements found.";
    case "OUT_DIR_NOT_MADE":
      return nl
        ? `${message.outDir}: kan de map niet maken (${message.reason}).`
        : `${message.outDir}: cannot create the folder (${message.reason}).`;
    case "FEEDBACK_NO_NETWORK_COLUMN":
      return nl
        ? "--network-column ontbreekt: nodig voor antwoorden van een bevraging (een indicatorenkader met blad Indicatoren heeft het niet nodig)."
        : "--network-column is missing: needed for survey answers (an indicator framework with an Indicatoren sheet does not need it).";
    case "FEEDBACK_WRITTEN": {
      const format = createFormat(language);
      const minCell = format.integer(message.minCell);
      if (message.units)
        return nl
          ? `${format.count(message.workbooks, "terugkoppeling", "terugkoppelingen")} geschreven in ${message.outDir} (één werkmap per eenheid; groepen kleiner dan ${minCell} eenheden niet getoond).`
          : `${format.count(message.workbooks, "feedback workbook", "feedback workbooks")} written to ${message.outDir} (one per unit; groups smaller than ${minCell} units not shown).`;
      return nl
        ? `${format.count(message.workbooks, "terugkoppeling", "terugkoppelingen")} geschreven in ${message.outDir} (één werkmap per netwerk; groepen kleiner dan ${minCell} netwerken niet getoond).`
        : `${format.count(message.workbooks, "feedback workbook", "feedback workbooks")} written to ${message.outDir} (one per network; groups smaller than ${minCell} networks not shown).`;
    }
    case "FEEDBACK_PROBLEMS": {
      const format = createFormat(language);
      return nl
        ? `${format.count(message.kinds, "soort probleem", "soorten problemen")} in de invoer (ongeldige cellen tellen als ontbrekend):`
        : `${format.count(message.kinds, "kind of problem", "kinds of problems")} in the input (invalid cells count as missing):`;
    }
  }
}
