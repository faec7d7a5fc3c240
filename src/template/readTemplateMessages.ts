/**
 * The messages of reading returned templates (readTemplate.ts: the coordinator survey;
 * readMonitoringTemplate.ts: a monitoring template), in Dutch and English, built from facts the way
 * InputError builds its messages (../analysis/inputError.ts). Figures go through the one number
 * formatter (../analysis/numberFormat.ts), so a Dutch message writes "2,5", never "2.5".
 *
 * @example
 * monitoringTemplateMessage("nl", { code: "IND_NOT_WHOLE", value: 2.5 })
 * // "2,5 is geen geheel getal; het sjabloon vraagt gehele getallen ≥ 0. De rij is niet overgenomen in Metingen; …"
 */
import type { Language, LocalizedText } from "../analysis/language";
import { createFormat } from "../analysis/numberFormat";

/** The facts of each message of a returned coordinator template, by issue code. */
export type ReadTemplateMessage =
  /**
   * `sheets`: the survey sheet's names ("Bevraging/Survey"); `found`: the sheets the workbook has;
   * `analysed`: said by `analyze` (the file cannot be analysed) instead of consolidate (skipped).
   */
  | {
      code: "TEMPLATE_SHEET_MISSING";
      sheets: string;
      column: string;
      found: readonly string[];
      analysed?: boolean;
    }
  /** `sheet`: the name the survey sheet has now; `sheets`: the template's names for it. */
  | { code: "TEMPLATE_SHEET_RENAMED"; sheet: string; sheets: string; column: string }
  | { code: "NOT_A_TEMPLATE"; sheets: string; column: string }
  /** `metaSheet`: the hidden marker sheet's name in each language. */
  | { code: "TEMPLATE_NOT_MARKED"; metaSheet: LocalizedText; column: string }
  | { code: "TEMPLATE_VERSION_OLD"; version: string; current: string }
  | { code: "TEMPLATE_VERSION_UNKNOWN"; version: string; known: readonly string[] }
  /** `firstRow`: one-based. */
  | { code: "DUPLICATE_ITEM_ROW"; item: string; column: string; firstRow: number }
  | { code: "FORMULA_ERROR"; shown: string; item: string }
  /** `allowed`: the scale's answers in words; `dontKnow`: the don't-know choice in each language. */
  | {
      code: "ANSWER_NOT_IN_LIST";
      shown: string;
      item: string;
      allowed: string;
      dontKnow: LocalizedText;
    }
  /** `listed`: the unknown ids, possibly shortened ("A, B, … (+3)"). */
  | { code: "UNKNOWN_ITEM"; count: number; listed: string; codebook: string }
  | { code: "ITEM_NOT_IN_TEMPLATE"; items: readonly string[] }
  | { code: "NETWORK_SHEET_MISSING"; sheets: string }
  | { code: "EMPTY_TEMPLATE"; column: string; sheet: string }
  /** `label`: the name field's label in each language. */
  | { code: "NETWORK_NAME_MISSING"; label: LocalizedText }
  | { code: "INHABITANTS_NOT_A_NUMBER"; value: string };

/** The text of one message of a returned coordinator template in `language`. */
export function readTemplateMessage(language: Language, message: ReadTemplateMessage): string {
  const nl = language === "nl";
  switch (message.code) {
    case "TEMPLATE_SHEET_MISSING": {
      const found = message.found.map((name) => `'${name}'`).join(", ");
      const then = message.analysed
        ? nl
          ? "het bestand kan niet geanalyseerd worden. Herstel het blad (of geef het zijn naam terug) en probeer opnieuw."
          : "the file cannot be analysed. Restore the sheet (or its name) and try again."
        : nl
          ? "het bestand wordt overgeslagen."
          : "the file is skipped.";
      return nl
        ? `Dit is een Netwerkmeter-sjabloon, maar het blad ${message.sheets} met de stellingen ontbreekt: geen blad heeft die naam of de item-id's in kolom ${message.column} (bladen in dit bestand: ${found}); ${then}`
        : `This is a Netwerkmeter template, but the ${message.sheets} sheet with the statements is missing: no sheet has that name or the item ids in column ${message.column} (sheets in this file: ${found}); ${then}`;
    }
    case "TEMPLATE_SHEET_RENAMED":
      return nl
        ? `Het blad met de stellingen heet '${message.sheet}' in plaats van ${message.sheets}; het is herkend aan de item-id's in kolom ${message.column} en gelezen.`
        : `The sheet with the statements is called '${message.sheet}' instead of ${message.sheets}; it was recognised by the item ids in column ${message.column} and read.`;
    case "NOT_A_TEMPLATE":
      return nl
        ? `Dit is geen ingevuld Netwerkmeter-sjabloon (geen blad ${message.sheets} met item-id's in kolom ${message.column}); het bestand wordt overgeslagen.`
        : `This is not a filled-in Netwerkmeter template (no ${message.sheets} sheet with item ids in column ${message.column}); the file is skipped.`;
    case "TEMPLATE_NOT_MARKED":
      return nl
        ? `Het sjabloon heeft geen Netwerkmeter-kenmerk (verborgen blad ${message.metaSheet.nl}); de versie is onbekend. De antwoorden zijn gelezen volgens de item-id's in kolom ${message.column}.`
        : `The template has no Netwerkmeter marker (hidden sheet ${message.metaSheet.en}); its version is unknown. The answers were read by the item ids in column ${message.column}.`;
    case "TEMPLATE_VERSION_OLD":
      return nl
        ? `Sjabloonversie ${message.version} is ouder dan de huidige (${message.current}); de antwoorden zijn gelezen volgens de item-id's.`
        : `Template version ${message.version} is older than the current one (${message.current}); the answers were read by item id.`;
    case "TEMPLATE_VERSION_UNKNOWN": {
      const known = message.known.join(", ");
      return nl
        ? `Onbekende sjabloonversie '${message.version}' (deze versie van Netwerkmeter kent ${known}); de antwoorden zijn gelezen volgens de item-id's. Controleer of Netwerkmeter bijgewerkt moet worden.`
        : `Unknown template version '${message.version}' (this version of Netwerkmeter knows ${known}); the answers were read by item id. Check whether Netwerkmeter needs an update.`;
    }
    case "DUPLICATE_ITEM_ROW":
      return nl
        ? `Item ${message.item} staat twee keer in kolom ${message.column} (eerst in rij ${message.firstRow}); deze rij wordt niet gelezen.`
        : `Item ${message.item} appears twice in column ${message.column} (first in row ${message.firstRow}); this row is not read.`;
    case "FORMULA_ERROR":
      return nl
        ? `Formulefout '${message.shown}' als antwoord bij item ${message.item}; telt als ontbrekend.`
        : `Formula error '${message.shown}' as the answer to item ${message.item}; counted as missing.`;
    case "ANSWER_NOT_IN_LIST":
      return nl
        ? `Antwoord '${message.shown}' bij item ${message.item} staat niet in de keuzelijst (verwacht ${message.allowed} of ${message.dontKnow.nl}); telt als ontbrekend.`
        : `Answer '${message.shown}' to item ${message.item} is not one of the choices (expected ${message.allowed} or ${message.dontKnow.en}); counted as missing.`;
    case "UNKNOWN_ITEM": {
      const count = createFormat(language).integer(message.count);
      return nl
        ? `${count} item(s) staan niet in het codeboek (${message.codebook}): ${message.listed}; de antwoorden worden bewaard maar niet geanalyseerd.`
        : `${count} item(s) are not in the codebook (${message.codebook}): ${message.listed}; the answers are kept but not analysed.`;
    }
    case "ITEM_NOT_IN_TEMPLATE": {
      const count = createFormat(language).integer(message.items.length);
      const items = message.items.join(", ");
      return nl
        ? `${count} item(s) van het codeboek staan niet in dit sjabloon: ${items}; ze tellen als ontbrekend.`
        : `${count} codebook item(s) are not in this template: ${items}; they count as missing.`;
    }
    case "NETWORK_SHEET_MISSING":
      return nl
        ? `Het blad ${message.sheets} met de gegevens van het netwerk ontbreekt; naam, gemeente en grootteklasse blijven leeg.`
        : `The ${message.sheets} sheet with the network's details is missing; name, municipality and size class stay empty.`;
    case "EMPTY_TEMPLATE":
      return nl
        ? `Het sjabloon bevat geen enkel antwoord in kolom ${message.column} van blad ${message.sheet}.`
        : `The template holds no answer at all in column ${message.column} of sheet ${message.sheet}.`;
    case "NETWORK_NAME_MISSING":
      return nl
        ? `'${message.label.nl}' is niet ingevuld; het netwerk is in de tabel alleen te herkennen aan de bestandsnaam.`
        : `'${message.label.en}' is not filled in; in the table the network can only be recognised by its file name.`;
    case "INHABITANTS_NOT_A_NUMBER":
      return nl
        ? `'${message.value}' is geen aantal inwoners; de grootteklasse kan er niet uit afgeleid worden.`
        : `'${message.value}' is not a number of inhabitants; the size class cannot be derived from it.`;
  }
}

/** The facts of each message of a returned monitoring template, by issue code. */
export type MonitoringTemplateMessage =
  | { code: "TEMPLATE_VERSION_UNKNOWN"; version: string; current: string }
  /** `raw`: the cell as typed. */
  | { code: "IND_BAD_NUMBER"; raw: string }
  | { code: "IND_NEGATIVE"; value: number }
  | { code: "IND_NOT_WHOLE"; value: number }
  | { code: "IND_NUMERATOR_GT_DENOMINATOR"; numerator: number; denominator: number }
  /** `numerator`: the teller beside the noemer 0 (null for a mean, whose noemer is its n). */
  | { code: "IND_ZERO_DENOMINATOR"; numerator: number | null }
  /** A row for another unit than the template's (a row added by hand). */
  | { code: "MONITORING_OTHER_UNIT"; unit: string; templateUnit: string }
  /** A row for a period the template does not ask for (added, or a period typed over). */
  | { code: "MONITORING_PERIOD_NOT_ASKED"; period: string; periods: string }
  /** The unit on Instructies differs from the unit of every row. */
  | { code: "MONITORING_UNIT_CELL_CHANGED"; cellUnit: string; rowsUnit: string };

/** What happens to a row with an error, said after every such message. */
const LEFT_OUT: LocalizedText = {
  nl: "De rij is niet overgenomen in Metingen; verbeter het bestand en voeg opnieuw samen.",
  en: "The row is left out of Metingen; correct the file and consolidate again.",
};

/** The text of one message of a returned monitoring template in `language`. */
export function monitoringTemplateMessage(
  language: Language,
  message: MonitoringTemplateMessage
): string {
  const nl = language === "nl";
  // A figure as typed, in the language's style: up to six decimals, none added.
  const figure = (value: number) => createFormat(language).atMost(value, 6);
  const leftOut = LEFT_OUT[language];
  switch (message.code) {
    case "TEMPLATE_VERSION_UNKNOWN":
      return nl
        ? `Sjabloonversie '${message.version}' is niet de huidige (${message.current}); de metingen zijn gelezen volgens de kolomnamen.`
        : `Template version '${message.version}' is not the current one (${message.current}); the measurements were read by their column names.`;
    case "IND_BAD_NUMBER":
      return nl
        ? `'${message.raw}' is geen getal. ${leftOut}`
        : `'${message.raw}' is not a number. ${leftOut}`;
    case "IND_NEGATIVE":
      return nl
        ? `${figure(message.value)} is negatief; aantallen, tellers en noemers zijn ≥ 0. ${leftOut}`
        : `${figure(message.value)} is negative; counts, numerators and denominators are ≥ 0. ${leftOut}`;
    case "IND_NOT_WHOLE":
      return nl
        ? `${figure(message.value)} is geen geheel getal; het sjabloon vraagt gehele getallen ≥ 0. ${leftOut}`
        : `${figure(message.value)} is not a whole number; the template asks for whole numbers ≥ 0. ${leftOut}`;
    case "IND_NUMERATOR_GT_DENOMINATOR":
      return nl
        ? `Teller ${figure(message.numerator)} is groter dan noemer ${figure(message.denominator)}. ${leftOut}`
        : `Numerator ${figure(message.numerator)} is larger than denominator ${figure(message.denominator)}. ${leftOut}`;
    case "IND_ZERO_DENOMINATOR":
      if (message.numerator === null)
        return nl
          ? `Noemer (n) is 0 bij een gemiddelde. ${leftOut}`
          : `Denominator (n) is 0 for a mean. ${leftOut}`;
      return nl
        ? `Noemer is 0 bij teller ${figure(message.numerator)}: daar is geen verhouding van te maken. ${leftOut}`
        : `Denominator is 0 with numerator ${figure(message.numerator)}: no ratio can be made of it. ${leftOut}`;
    case "MONITORING_OTHER_UNIT":
      return nl
        ? `Deze rij is voor eenheid '${message.unit}', maar het sjabloon is dat van '${message.templateUnit}': cijfers van een andere eenheid horen in haar eigen sjabloon. ${leftOut}`
        : `This row is for unit '${message.unit}', but the template is that of '${message.templateUnit}': another unit's figures belong in its own template. ${leftOut}`;
    case "MONITORING_PERIOD_NOT_ASKED":
      return nl
        ? `Periode '${message.period}' wordt in dit sjabloon niet gevraagd (${message.periods}). ${leftOut}`
        : `Period '${message.period}' is not asked for in this template (${message.periods}). ${leftOut}`;
    case "MONITORING_UNIT_CELL_CHANGED":
      return nl
        ? `Het blad Instructies noemt eenheid '${message.cellUnit}', maar alle rijen van Metingen zijn van '${message.rowsUnit}': de cijfers tellen voor '${message.rowsUnit}'. Controleer welk sjabloon dit is.`
        : `The Instructions sheet names unit '${message.cellUnit}', but every row of Metingen is for '${message.rowsUnit}': the figures count for '${message.rowsUnit}'. Check which template this is.`;
  }
}
