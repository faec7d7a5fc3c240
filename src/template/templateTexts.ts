/**
 * The words of the coordinator template, in Dutch and English: the instructions sheet, the help
 * texts next to the network fields, the drop-down messages. Plain language for network
 * coordinators, not analysts. Pure data and string functions (no ExcelJS, Office or Node).
 */
import type { Language } from "../analysis/language";

/** What the instruction paragraphs need to know about this template. */
export interface InstructionContext {
  sheets: { network: string; survey: string; codebook: string };
  headers: { item: string; answer: string; comment: string };
  dontKnow: string;
  itemCount: number;
  /** "Contact: …" line; null shows the placeholder for Dēmos to fill in. */
  contact: string | null;
  templateId: string;
  version: string;
  generated: string;
}

/** One line of the instructions sheet and how it looks. */
export interface InstructionLine {
  text: string;
  kind: "title" | "heading" | "text" | "step" | "contact" | "note" | "blank";
}

export interface TemplateTexts {
  surveyTitle: string;
  surveyInstruction: (context: InstructionContext) => string;
  networkTitle: string;
  networkInstruction: string;
  /** Help text per NETWORK_FIELDS key, shown in column C next to the value (size class: sizeClassNote). */
  networkNotes: Partial<Record<string, string>>;
  thresholdNote: string;
  /** Column C header on the Netwerk sheet. */
  networkNoteHeader: string;
  networkValueHeader: string;
  networkFieldHeader: string;
  sizeClassNote: (context: { threshold: string; small: string; large: string }) => string;
  sizeClassListHeader: string;
  otherStatements: string;
  answerPromptTitle: string;
  answerPrompt: (choices: readonly string[]) => string;
  answerErrorTitle: string;
  answerError: (choices: readonly string[]) => string;
  sizeClassPrompt: (choices: readonly string[]) => string;
  numberPromptTitle: string;
  inhabitantsPrompt: string;
  inhabitantsError: string;
  yearPrompt: string;
  yearError: string;
  /** Title of the date's input message and alert (the numbers have numberPromptTitle). */
  datePromptTitle: string;
  datePrompt: string;
  dateError: string;
  instructions: (context: InstructionContext) => InstructionLine[];
  /** Workbook properties. */
  documentTitle: string;
  documentSubject: string;
  footer: (templateId: string, version: string) => string;
}

const quoteList = (choices: readonly string[], separator: string): string =>
  choices.map((choice) => `"${choice}"`).join(separator);

const NL: TemplateTexts = {
  surveyTitle: "Bevraging van de lokale netwerken – netwerkcoördinatoren",
  surveyInstruction: (context) =>
    `Kies bij elke stelling één antwoord in de gele cel van de kolom '${context.headers.answer}' ` +
    `(klik op de cel en dan op het pijltje). Weet u het niet, kies dan '${context.dontKnow}'. ` +
    `Een toelichting mag in de kolom '${context.headers.comment}'.`,
  networkTitle: "Gegevens van het netwerk",
  networkInstruction:
    "Vul de gele cellen in kolom B in. Deze gegevens gaan over het netwerk, niet over personen.",
  networkFieldHeader: "Gegeven",
  networkValueHeader: "Invullen",
  networkNoteHeader: "Toelichting",
  networkNotes: {
    name: "De naam waaronder het netwerk bekend is.",
    municipalities: "Eén of meer gemeenten, gescheiden door een komma.",
    inhabitants: "Het totale aantal inwoners van de gemeente(n), als getal (bv. 12500).",
    region: "Bv. de provincie of referentieregio.",
    year: "Het jaar waarover u antwoordt (bv. 2026).",
    filledInBy: "Uw naam of functie, zodat Dēmos u kan contacteren over deze bevraging.",
    date: "De datum waarop u de bevraging invult (dd/mm/jjjj).",
  },
  thresholdNote:
    "Minder inwoners dan deze drempel is een kleine gemeente. Ingevuld door Dēmos; pas het alleen aan als Dēmos dat vraagt.",
  sizeClassNote: ({ threshold, small, large }) =>
    `Wordt berekend: minder inwoners dan de '${threshold}' hieronder is '${small}', anders '${large}'. U mag de cel zelf invullen.`,
  sizeClassListHeader: "Grootteklasse",
  otherStatements: "Andere stellingen",
  answerPromptTitle: "Kies een antwoord",
  answerPrompt: (choices) => `Kies uit de keuzelijst: ${choices.join(" / ")}.`,
  answerErrorTitle: "Antwoord niet in de lijst",
  answerError: (choices) =>
    `Kies een antwoord uit de keuzelijst: ${quoteList(choices, ", ")}. Laat de cel leeg om de vraag over te slaan.`,
  sizeClassPrompt: (choices) =>
    `Wordt berekend uit het aantal inwoners. U mag zelf kiezen: ${quoteList(choices, " of ")}.`,
  numberPromptTitle: "Getal invullen",
  inhabitantsPrompt: "Het aantal inwoners, als geheel getal zonder punten (bv. 12500).",
  inhabitantsError: "Vul het aantal inwoners in als geheel getal (bv. 12500).",
  yearPrompt: "Het jaar waarover u antwoordt, bv. 2026.",
  yearError: "Vul een jaartal in tussen 2000 en 2100.",
  datePromptTitle: "Datum invullen",
  datePrompt: "De datum waarop u invult, bv. 15/03/2026.",
  dateError: "Vul een datum in, bv. 15/03/2026.",
  documentTitle: "Bevraging lokale netwerken – sjabloon",
  documentSubject: "Bevraging van de netwerkcoördinatoren door Dēmos",
  footer: (templateId, version) => `Sjabloon ${templateId}, versie ${version}`,
  instructions: (context) => [
    { kind: "title", text: "Bevraging van de lokale netwerken" },
    {
      kind: "text",
      text:
        "Met deze werkmap vraagt Dēmos aan de coördinatoren van de lokale netwerken hoe hun netwerk " +
        "werkt: de visie, de doelstellingen en de acties, de organisatie van het netwerk, de " +
        `bestuursstijl en de ondersteuning die u nodig hebt. Er zijn ${context.itemCount} stellingen; ` +
        "het invullen duurt ongeveer een kwartier.",
    },
    { kind: "blank", text: "" },
    { kind: "heading", text: "Zo vult u de werkmap in" },
    {
      kind: "step",
      text: `1. Vul op het blad '${context.sheets.network}' de gegevens van uw netwerk in (de gele cellen). De grootteklasse wordt berekend uit het aantal inwoners; u mag ze zelf aanpassen.`,
    },
    {
      kind: "step",
      text: `2. Kies op het blad '${context.sheets.survey}' bij elke stelling één antwoord in de gele cel van de kolom '${context.headers.answer}'. Klik op de cel en kies uit de keuzelijst (het pijltje rechts van de cel). U mag het antwoord ook typen, precies zoals het in de lijst staat.`,
    },
    {
      kind: "step",
      text: `3. Weet u het antwoord niet, of past de stelling niet bij uw netwerk? Kies dan '${context.dontKnow}'. Laat een cel alleen leeg als u de vraag echt wilt overslaan.`,
    },
    {
      kind: "step",
      text: `4. Wilt u een antwoord toelichten? Schrijf het in de kolom '${context.headers.comment}'. Opmerkingen zijn welkom.`,
    },
    {
      kind: "step",
      text: `5. Verander niets aan de kolom '${context.headers.item}', aan de namen van de bladen of aan het blad '${context.sheets.codebook}': daaraan herkent Dēmos uw antwoorden. De bladen zijn beveiligd zonder wachtwoord, zodat alleen de gele cellen en de opmerkingen te wijzigen zijn.`,
    },
    { kind: "blank", text: "" },
    { kind: "heading", text: "Terugsturen" },
    {
      kind: "text",
      text: "Bewaar de werkmap als Excel-werkmap (.xlsx), met de naam van uw netwerk in de bestandsnaam (bv. 'Netwerk Lier.xlsx'), en stuur ze terug naar uw contactpersoon bij Dēmos. De werkmap werkt in Excel en in LibreOffice Calc.",
    },
    { kind: "contact", text: `Contact: ${context.contact ?? "…"}` },
    { kind: "blank", text: "" },
    { kind: "heading", text: "Privacy" },
    {
      kind: "text",
      text: "De vragen gaan over de werking van het netwerk, niet over personen. Schrijf in de opmerkingen geen namen of andere gegevens over mensen in armoede of over andere personen. Uw naam bij 'Ingevuld door' gebruikt Dēmos alleen om u te contacteren over deze bevraging.",
    },
    { kind: "blank", text: "" },
    {
      kind: "note",
      text: `Sjabloon ${context.templateId}, versie ${context.version}${context.generated ? `, gemaakt op ${context.generated}` : ""}.`,
    },
  ],
};

const EN: TemplateTexts = {
  surveyTitle: "Survey of the local networks – network coordinators",
  surveyInstruction: (context) =>
    `Choose one answer for every statement in the yellow cell of the '${context.headers.answer}' ` +
    `column (click the cell, then the arrow). If you do not know, choose '${context.dontKnow}'. ` +
    `Comments go in the '${context.headers.comment}' column. The statements are in Dutch, as in the survey.`,
  networkTitle: "About the network",
  networkInstruction:
    "Fill in the yellow cells in column B. This is about the network, not about persons.",
  networkFieldHeader: "Field",
  networkValueHeader: "Fill in",
  networkNoteHeader: "Help",
  networkNotes: {
    name: "The name the network is known by.",
    municipalities: "One or more municipalities, separated by commas.",
    inhabitants: "Total number of inhabitants of the municipality(ies), as a number (e.g. 12500).",
    region: "E.g. the province or reference region.",
    year: "The year your answers are about (e.g. 2026).",
    filledInBy: "Your name or role, so Dēmos can contact you about this survey.",
    date: "The date you fill in the survey.",
  },
  thresholdNote:
    "Fewer inhabitants than this threshold is a small municipality. Set by Dēmos; change it only when Dēmos asks.",
  sizeClassNote: ({ threshold, small, large }) =>
    `Calculated: fewer inhabitants than the '${threshold}' below is '${small}', otherwise '${large}'. You may fill in the cell yourself.`,
  sizeClassListHeader: "Size class",
  otherStatements: "Other statements",
  answerPromptTitle: "Choose an answer",
  answerPrompt: (choices) => `Choose from the drop-down list: ${choices.join(" / ")}.`,
  answerErrorTitle: "Answer not in the list",
  answerError: (choices) =>
    `Choose an answer from the drop-down list: ${quoteList(choices, ", ")}. Leave the cell empty to skip the question.`,
  sizeClassPrompt: (choices) =>
    `Calculated from the number of inhabitants. You may choose yourself: ${quoteList(choices, " or ")}.`,
  numberPromptTitle: "Enter a number",
  inhabitantsPrompt:
    "The number of inhabitants, as a whole number without separators (e.g. 12500).",
  inhabitantsError: "Enter the number of inhabitants as a whole number (e.g. 12500).",
  yearPrompt: "The year your answers are about, e.g. 2026.",
  yearError: "Enter a year between 2000 and 2100.",
  datePromptTitle: "Enter a date",
  datePrompt: "The date you fill in the survey.",
  dateError: "Enter a date.",
  documentTitle: "Survey of the local networks – template",
  documentSubject: "Dēmos survey of the network coordinators",
  footer: (templateId, version) => `Template ${templateId}, version ${version}`,
  instructions: (context) => [
    { kind: "title", text: "Survey of the local networks" },
    {
      kind: "text",
      text:
        "With this workbook Dēmos asks the coordinators of the local networks how their network " +
        "works: its vision, objectives and actions, how the network is organised, its governance " +
        `style and the support you need. There are ${context.itemCount} statements; filling them in ` +
        "takes about a quarter of an hour. The statements are in Dutch, as in the survey.",
    },
    { kind: "blank", text: "" },
    { kind: "heading", text: "How to fill in the workbook" },
    {
      kind: "step",
      text: `1. On the '${context.sheets.network}' sheet, fill in the details of your network (the yellow cells). The size class is calculated from the number of inhabitants; you may change it.`,
    },
    {
      kind: "step",
      text: `2. On the '${context.sheets.survey}' sheet, choose one answer for every statement in the yellow cell of the '${context.headers.answer}' column. Click the cell and choose from the drop-down list (the arrow to the right of the cell). You may also type the answer exactly as it is in the list.`,
    },
    {
      kind: "step",
      text: `3. If you do not know the answer, or the statement does not fit your network, choose '${context.dontKnow}'. Leave a cell empty only if you really want to skip the question.`,
    },
    {
      kind: "step",
      text: `4. Want to explain an answer? Write it in the '${context.headers.comment}' column. Comments are welcome.`,
    },
    {
      kind: "step",
      text: `5. Do not change the '${context.headers.item}' column, the sheet names or the '${context.sheets.codebook}' sheet: that is how Dēmos recognises your answers. The sheets are protected without a password, so only the yellow cells and the comments can be changed.`,
    },
    { kind: "blank", text: "" },
    { kind: "heading", text: "Sending it back" },
    {
      kind: "text",
      text: "Save the workbook as an Excel workbook (.xlsx), with the name of your network in the file name (e.g. 'Network Lier.xlsx'), and send it back to your contact person at Dēmos. The workbook works in Excel and in LibreOffice Calc.",
    },
    { kind: "contact", text: `Contact: ${context.contact ?? "…"}` },
    { kind: "blank", text: "" },
    { kind: "heading", text: "Privacy" },
    {
      kind: "text",
      text: "The questions are about how the network works, not about persons. Do not write names or other details of people in poverty or of other persons in the comments. Dēmos uses your name under 'Filled in by' only to contact you about this survey.",
    },
    { kind: "blank", text: "" },
    {
      kind: "note",
      text: `Template ${context.templateId}, version ${context.version}${context.generated ? `, made on ${context.generated}` : ""}.`,
    },
  ],
};

export const TEMPLATE_TEXTS: Readonly<Record<Language, TemplateTexts>> = { nl: NL, en: EN };
