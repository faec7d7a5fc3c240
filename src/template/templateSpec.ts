/**
 * The coordinator template as data: an engine-neutral description of every sheet, cell, style
 * hint, column width, validation and protection of the workbook Dēmos sends to the network
 * coordinators. One generator for the command line and the task pane; an adapter
 * (src/xlsx/writeTemplate.ts for ExcelJS) turns it into a file. It follows src/template/layout.ts,
 * which the reader (readTemplate.ts) follows too, so a filled-in template always reads back.
 *
 * Pure TypeScript: no ExcelJS, Office.js or Node APIs, no clock (the caller passes the date).
 *
 * @example
 * const spec = buildTemplateSpec(demosCoordinatorenCodebook(), {
 *   language: "nl",
 *   presetId: "demos-coordinatoren",
 *   generated: "2026-03-01",
 * });
 * const bytes = await writeTemplateWorkbook(spec);
 */
import type { Codebook, CodebookItem } from "../analysis/codebook";
import { codebookToRows } from "../analysis/codebook";
import { columnLetters } from "../analysis/grid";
import type { Language } from "../analysis/language";
import type { Scale } from "../analysis/scale";
import {
  DEFAULT_SIZE_THRESHOLD,
  DONT_KNOW_CHOICE,
  META_KEYS,
  META_MARKER_VALUE,
  NETWORK_FIELDS,
  SIZE_CLASSES,
  SIZE_THRESHOLD_LABEL,
  SURVEY_COLUMNS,
  SURVEY_HEADERS,
  TEMPLATE_SHEETS,
  TEMPLATE_VERSION,
} from "./layout";
import type { InstructionContext, InstructionLine } from "./templateTexts";
import { TEMPLATE_TEXTS } from "./templateTexts";

/** The template's types live in templateModel.ts; re-exported so adapters import one module. */
export type * from "./templateModel";
export type { SurveyGroup } from "./surveyGroups";
export { groupSurveyItems, splitSection } from "./surveyGroups";
import { groupSurveyItems } from "./surveyGroups";
import type {
  TemplateCellStyle,
  TemplateCell,
  TemplatePrintSettings,
  TemplateSheetKey,
  TemplateSheet,
  TemplateItemPlacement,
  TemplateSpec,
  TemplateSpecOptions,
} from "./templateModel";

/** Excel's limits on data validation messages; longer texts make Excel repair the file. */
export const VALIDATION_LIMITS = { title: 32, prompt: 255, error: 225 } as const;

/** Column widths (characters). */
const SURVEY_WIDTHS = { item: 12, question: 60, answer: 23, comment: 30 } as const;
/** Netwerk: column A fits the longest (bold) label, at least 24 wide; B the input, C the help. */
const NETWORK_WIDTHS = { minimumA: 24, B: 28, C: 46 } as const;
const BOLD_WIDTH_FACTOR = 1.1;
/**
 * One wide column, kept narrower than an A4 page even in a wide fallback font: LibreOffice does not
 * shrink a single column that is wider than the page (it counts pages by column breaks).
 */
const INSTRUCTIONS_WIDTH = 80;
const CODEBOOK_WIDTHS = [14, 55, 26, 14, 8, 11, 32, 20];

/**
 * Characters of running text per unit of column width (a unit is one digit "0"). Measured on the
 * statements: about 1.2 for DejaVu Sans (LibreOffice's fallback when Calibri is missing, the widest
 * likely font) and more for Calibri in Excel; 1.15 keeps a margin, so an estimated row height never
 * hides a line (a row a line too tall is the lesser fault).
 */
export const CHARS_PER_WIDTH = 1.15;

/** Minimum height (points) of the rows of the Netwerk form. */
const FORM_ROW_HEIGHT = 20;

/** Row height per line of wrapped text (points) for an 11 pt font, and per style. */
const LINE_HEIGHT: Partial<Record<TemplateCellStyle, number>> & { default: number } = {
  default: 15,
  title: 21,
  heading: 18,
  note: 13,
};

/** Cuts text to `limit` characters, ending in "…" when cut. */
function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

/** A sheet name as it must appear in a formula: quoted unless it is a plain name. */
export function sheetReference(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * Lines a text takes when wrapped at spaces into lines of at most `width` characters (explicit
 * line breaks count; a word longer than a line is broken).
 *
 * @example wrappedLineCount("een twee drie", 8) // 2
 */
export function wrappedLineCount(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width));
  return text.split("\n").reduce((total, paragraph) => {
    let lines = 1;
    let length = 0;
    for (const word of paragraph.split(/\s+/).filter((part) => part !== "")) {
      if (length === 0) {
        length = word.length;
      } else if (length + 1 + word.length <= perLine) {
        length += 1 + word.length;
      } else {
        lines += 1;
        length = word.length;
      }
      while (length > perLine) {
        lines += 1;
        length -= perLine;
      }
    }
    return total + lines;
  }, 0);
}

/** Sets the height of `row` so `text` fits in `width` characters, keeping any larger height. */
function fitRow(
  heights: Record<number, number>,
  row: number,
  text: string,
  width: number,
  style: TemplateCellStyle
): void {
  // Notes are 9 pt instead of 11 pt: more characters fit on a line.
  const perWidth = style === "note" ? (CHARS_PER_WIDTH * 11) / 9 : CHARS_PER_WIDTH;
  const lines = wrappedLineCount(text, width * perWidth);
  const lineHeight = LINE_HEIGHT[style] ?? LINE_HEIGHT.default;
  const height = lines * lineHeight + (lines > 1 ? 2 : 0);
  // A row of one ordinary line keeps the default height (and stays free to grow in Excel).
  if (height <= LINE_HEIGHT.default) return;
  heights[row] = Math.max(heights[row] ?? 0, height);
}

function emptySheet(
  key: TemplateSheetKey,
  language: Language,
  state: TemplateSheet["state"] = "visible"
): TemplateSheet {
  return {
    key,
    name: TEMPLATE_SHEETS[key][language],
    state,
    cells: [],
    merges: [],
    columnWidths: {},
    rowHeights: {},
    frozenRows: 0,
    activeCell: "A1",
    showGridLines: true,
    print: null,
    protection: null,
    validations: [],
  };
}

function portraitPrint(area: string, repeatRows?: string): TemplatePrintSettings {
  return {
    area,
    orientation: "portrait",
    paperSize: "A4",
    fitToWidth: 1,
    fitToHeight: 0,
    ...(repeatRows ? { repeatRows } : {}),
  };
}

/** The choices of a scale's drop-down: its labels (numbers stay numbers), then "Weet niet". */
export function scaleChoices(scale: Scale, language: Language): (string | number)[] {
  const labels = scale.points.map((point) => {
    const label = point.label[language];
    return /^-?\d+$/.test(label) ? Number(label) : label;
  });
  return [...labels, DONT_KNOW_CHOICE[language]];
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

interface ListsResult {
  sheet: TemplateSheet;
  /** List source per scale id. */
  sources: Map<string, { source: string; choices: (string | number)[] }>;
  sizeClassSource: string;
}

/** The hidden lists sheet: one column per scale (header = scale id), then the size classes. */
function buildListsSheet(items: readonly CodebookItem[], language: Language): ListsResult {
  const sheet = emptySheet("lists", language, "hidden");
  const reference = sheetReference(sheet.name);
  const sources = new Map<string, { source: string; choices: (string | number)[] }>();
  const addColumn = (header: string, values: (string | number)[]): string => {
    const letter = columnLetters(Object.keys(sheet.columnWidths).length);
    sheet.cells.push({ address: `${letter}1`, value: header, style: "header" });
    values.forEach((value, index) =>
      sheet.cells.push({ address: `${letter}${index + 2}`, value, style: "plain" })
    );
    const longest = Math.max(header.length, ...values.map((value) => String(value).length));
    sheet.columnWidths[letter] = Math.min(40, Math.max(10, longest + 2));
    return `${reference}!$${letter}$2:$${letter}$${values.length + 1}`;
  };
  for (const item of items) {
    if (sources.has(item.scale.id)) continue;
    const choices = scaleChoices(item.scale, language);
    sources.set(item.scale.id, { source: addColumn(item.scale.id, choices), choices });
  }
  const sizeClassSource = addColumn(TEMPLATE_TEXTS[language].sizeClassListHeader, [
    SIZE_CLASSES.small[language],
    SIZE_CLASSES.large[language],
  ]);
  sheet.protection = { unlocked: [] };
  return { sheet, sources, sizeClassSource };
}

function buildInstructionsSheet(language: Language, context: InstructionContext): TemplateSheet {
  const sheet = emptySheet("instructions", language);
  sheet.showGridLines = false;
  sheet.columnWidths.A = INSTRUCTIONS_WIDTH;
  const styleOf: Record<InstructionLine["kind"], TemplateCellStyle> = {
    title: "title",
    heading: "heading",
    text: "text",
    step: "text",
    contact: "text",
    note: "note",
    blank: "plain",
  };
  const lines = TEMPLATE_TEXTS[language].instructions(context);
  lines.forEach((line, index) => {
    const row = index + 1;
    if (line.kind === "blank") return;
    const style = styleOf[line.kind];
    sheet.cells.push({
      address: `A${row}`,
      value: line.text,
      style,
      wrap: style === "text" || style === "note",
      ...(line.kind === "contact" ? { bold: true } : {}),
    });
    fitRow(sheet.rowHeights, row, line.text, INSTRUCTIONS_WIDTH, style);
  });
  sheet.print = portraitPrint(`A1:A${lines.length}`);
  sheet.protection = { unlocked: [] };
  return sheet;
}

function buildNetworkSheet(
  language: Language,
  sizeClassSource: string,
  threshold: number
): TemplateSheet {
  const texts = TEMPLATE_TEXTS[language];
  const sheet = emptySheet("network", language);
  const labels = [
    ...NETWORK_FIELDS.map((field) => field.label[language]),
    SIZE_THRESHOLD_LABEL[language],
  ];
  const labelWidth = Math.max(
    NETWORK_WIDTHS.minimumA,
    Math.ceil(Math.max(...labels.map((label) => label.length)) * BOLD_WIDTH_FACTOR) + 2
  );
  Object.assign(sheet.columnWidths, { A: labelWidth, B: NETWORK_WIDTHS.B, C: NETWORK_WIDTHS.C });
  const totalWidth = labelWidth + NETWORK_WIDTHS.B + NETWORK_WIDTHS.C;

  sheet.cells.push({ address: "A1", value: texts.networkTitle, style: "title" });
  fitRow(sheet.rowHeights, 1, texts.networkTitle, totalWidth, "title");
  sheet.cells.push({ address: "A2", value: texts.networkInstruction, style: "text", wrap: true });
  sheet.merges.push("A2:C2");
  fitRow(sheet.rowHeights, 2, texts.networkInstruction, totalWidth, "text");
  const headerRow = 3;
  [texts.networkFieldHeader, texts.networkValueHeader, texts.networkNoteHeader].forEach(
    (header, index) =>
      sheet.cells.push({
        address: `${columnLetters(index)}${headerRow}`,
        value: header,
        style: "header",
      })
  );

  const firstFieldRow = headerRow + 1;
  const rowOf = new Map<string, number>();
  NETWORK_FIELDS.forEach((field, index) => rowOf.set(field.key, firstFieldRow + index));
  const thresholdRow = firstFieldRow + NETWORK_FIELDS.length + 1;
  const inhabitantsRow = rowOf.get("inhabitants")!;
  const thresholdLabel = SIZE_THRESHOLD_LABEL[language];
  const small = SIZE_CLASSES.small[language];
  const large = SIZE_CLASSES.large[language];

  const messages = (prompt: string, error: string, title = texts.numberPromptTitle) => ({
    allowBlank: true,
    promptTitle: clip(title, VALIDATION_LIMITS.title),
    prompt: clip(prompt, VALIDATION_LIMITS.prompt),
    errorStyle: "stop" as const,
    errorTitle: clip(title, VALIDATION_LIMITS.title),
    error: clip(error, VALIDATION_LIMITS.error),
  });

  for (const field of NETWORK_FIELDS) {
    const row = rowOf.get(field.key)!;
    const valueAddress = `B${row}`;
    sheet.cells.push({ address: `A${row}`, value: field.label[language], style: "label" });
    const note =
      field.key === "sizeClass"
        ? texts.sizeClassNote({ threshold: thresholdLabel, small, large })
        : (texts.networkNotes[field.key] ?? "");
    const valueCell: TemplateCell = { address: valueAddress, value: null, style: "input" };
    switch (field.key) {
      case "inhabitants":
        valueCell.numberFormat = "#,##0";
        sheet.validations.push({
          kind: "whole",
          range: valueAddress,
          min: 0,
          max: 100_000_000,
          ...messages(texts.inhabitantsPrompt, texts.inhabitantsError),
        });
        break;
      case "sizeClass":
        // Derived from the inhabitants and the threshold; a typed value overrides the formula.
        valueCell.formula = `IF(ISNUMBER(B${inhabitantsRow}),IF(B${inhabitantsRow}<B${thresholdRow},"${small}","${large}"),"")`;
        sheet.validations.push({
          kind: "list",
          range: valueAddress,
          source: sizeClassSource,
          allowBlank: true,
          promptTitle: clip(field.label[language], VALIDATION_LIMITS.title),
          prompt: clip(texts.sizeClassPrompt([small, large]), VALIDATION_LIMITS.prompt),
          errorStyle: "stop",
          errorTitle: clip(field.label[language], VALIDATION_LIMITS.title),
          error: clip(texts.sizeClassPrompt([small, large]), VALIDATION_LIMITS.error),
        });
        break;
      case "year":
        valueCell.numberFormat = "0";
        sheet.validations.push({
          kind: "whole",
          range: valueAddress,
          min: 2000,
          max: 2100,
          ...messages(texts.yearPrompt, texts.yearError),
        });
        break;
      case "date":
        valueCell.numberFormat = "dd/mm/yyyy";
        sheet.validations.push({
          kind: "date",
          range: valueAddress,
          min: "2000-01-01",
          ...messages(texts.datePrompt, texts.dateError, texts.datePromptTitle),
        });
        break;
      default:
        valueCell.wrap = true;
    }
    sheet.cells.push(valueCell);
    if (note !== "") {
      sheet.cells.push({ address: `C${row}`, value: note, style: "note", wrap: true });
      fitRow(sheet.rowHeights, row, note, NETWORK_WIDTHS.C, "note");
    }
  }

  sheet.cells.push({ address: `A${thresholdRow}`, value: thresholdLabel, style: "label" });
  sheet.cells.push({
    address: `B${thresholdRow}`,
    value: threshold,
    style: "input",
    numberFormat: "#,##0",
  });
  sheet.cells.push({
    address: `C${thresholdRow}`,
    value: texts.thresholdNote,
    style: "note",
    wrap: true,
  });
  fitRow(sheet.rowHeights, thresholdRow, texts.thresholdNote, NETWORK_WIDTHS.C, "note");
  sheet.validations.push({
    kind: "whole",
    range: `B${thresholdRow}`,
    min: 1,
    max: 100_000_000,
    ...messages(texts.inhabitantsPrompt, texts.inhabitantsError),
  });

  // Form rows a little taller than a list row, so the yellow fields read as boxes to fill in.
  for (const row of [...rowOf.values(), thresholdRow])
    sheet.rowHeights[row] = Math.max(sheet.rowHeights[row] ?? 0, FORM_ROW_HEIGHT);

  sheet.frozenRows = headerRow;
  sheet.activeCell = `B${firstFieldRow}`;
  sheet.print = portraitPrint(`A1:C${thresholdRow}`);
  sheet.protection = {
    unlocked: [...[...rowOf.values()].map((row) => `B${row}`), `B${thresholdRow}`],
  };
  return sheet;
}

function buildSurveySheet(
  codebook: Codebook,
  language: Language,
  sources: ListsResult["sources"],
  context: InstructionContext
): { sheet: TemplateSheet; items: TemplateItemPlacement[] } {
  const texts = TEMPLATE_TEXTS[language];
  const sheet = emptySheet("survey", language);
  const { item: itemColumn, question, answer, comment } = SURVEY_COLUMNS;
  sheet.columnWidths[itemColumn] = SURVEY_WIDTHS.item;
  sheet.columnWidths[question] = SURVEY_WIDTHS.question;
  sheet.columnWidths[answer] = SURVEY_WIDTHS.answer;
  sheet.columnWidths[comment] = SURVEY_WIDTHS.comment;
  const totalWidth =
    SURVEY_WIDTHS.item + SURVEY_WIDTHS.question + SURVEY_WIDTHS.answer + SURVEY_WIDTHS.comment;
  const columns = [itemColumn, question, answer, comment];

  sheet.cells.push({ address: `${itemColumn}1`, value: texts.surveyTitle, style: "title" });
  fitRow(sheet.rowHeights, 1, texts.surveyTitle, totalWidth, "title");
  const instruction = texts.surveyInstruction(context);
  sheet.cells.push({ address: `${itemColumn}2`, value: instruction, style: "text", wrap: true });
  sheet.merges.push(`${itemColumn}2:${comment}2`);
  fitRow(sheet.rowHeights, 2, instruction, totalWidth, "text");

  const headerRow = 3;
  sheet.cells.push(
    { address: `${itemColumn}${headerRow}`, value: SURVEY_HEADERS.item[language], style: "header" },
    {
      address: `${question}${headerRow}`,
      value: SURVEY_HEADERS.question[language],
      style: "header",
    },
    { address: `${answer}${headerRow}`, value: SURVEY_HEADERS.answer[language], style: "header" },
    {
      address: `${comment}${headerRow}`,
      value: SURVEY_HEADERS.comment[language],
      style: "header",
    }
  );

  const placements: TemplateItemPlacement[] = [];
  const unlocked: string[] = [];
  let row = headerRow + 1;
  for (const group of groupSurveyItems(codebook.items)) {
    const heading = group.domain ?? texts.otherStatements;
    for (const column of columns)
      sheet.cells.push({
        address: `${column}${row}`,
        value: column === question ? heading : null,
        style: "heading",
      });
    row += 1;
    for (const subsection of group.subsections) {
      if (subsection.sub !== null) {
        sheet.cells.push({
          address: `${question}${row}`,
          value: capitalise(subsection.sub),
          style: "subheading",
        });
        row += 1;
      }
      for (const item of subsection.items) {
        const list = sources.get(item.scale.id)!;
        sheet.cells.push(
          { address: `${itemColumn}${row}`, value: item.id, style: "itemId" },
          { address: `${question}${row}`, value: item.label, style: "statement", wrap: true },
          { address: `${answer}${row}`, value: null, style: "answer" },
          { address: `${comment}${row}`, value: null, style: "comment", wrap: true }
        );
        fitRow(sheet.rowHeights, row, item.label, SURVEY_WIDTHS.question, "statement");
        unlocked.push(`${answer}${row}`, `${comment}${row}`);
        placements.push({
          id: item.id,
          row,
          answerCell: `${answer}${row}`,
          commentCell: `${comment}${row}`,
          scaleId: item.scale.id,
          choices: list.choices,
          source: list.source,
        });
        row += 1;
      }
    }
  }
  const lastRow = row - 1;

  // One list validation per run of consecutive item rows with the same scale.
  let run: TemplateItemPlacement[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const first = run[0];
    const last = run[run.length - 1];
    const choiceTexts = first.choices.map(String);
    sheet.validations.push({
      kind: "list",
      range:
        first.row === last.row ? first.answerCell : `${answer}${first.row}:${answer}${last.row}`,
      source: first.source,
      allowBlank: true,
      promptTitle: clip(texts.answerPromptTitle, VALIDATION_LIMITS.title),
      prompt: clip(texts.answerPrompt(choiceTexts), VALIDATION_LIMITS.prompt),
      errorStyle: "stop",
      errorTitle: clip(texts.answerErrorTitle, VALIDATION_LIMITS.title),
      error: clip(texts.answerError(choiceTexts), VALIDATION_LIMITS.error),
    });
    run = [];
  };
  for (const placement of placements) {
    const previous = run[run.length - 1];
    if (previous && (previous.row !== placement.row - 1 || previous.source !== placement.source))
      flush();
    run.push(placement);
  }
  flush();

  sheet.frozenRows = headerRow;
  sheet.activeCell = placements[0]?.answerCell ?? `${answer}${headerRow + 1}`;
  sheet.print = portraitPrint(`${itemColumn}1:${comment}${lastRow}`, `${headerRow}:${headerRow}`);
  sheet.protection = { unlocked };
  return { sheet, items: placements };
}

function buildCodebookSheet(codebook: Codebook, language: Language): TemplateSheet {
  const sheet = emptySheet("codebook", language);
  const rows = codebookToRows(codebook);
  rows.forEach((values, rowIndex) => {
    const row = rowIndex + 1;
    values.forEach((value, columnIndex) => {
      const wrap = rowIndex > 0 && (columnIndex === 1 || columnIndex === 6);
      sheet.cells.push({
        address: `${columnLetters(columnIndex)}${row}`,
        value: value === "" ? null : value,
        style: rowIndex === 0 ? "header" : "text",
        wrap,
      });
    });
    if (rowIndex > 0) fitRow(sheet.rowHeights, row, values[1] ?? "", CODEBOOK_WIDTHS[1], "text");
  });
  CODEBOOK_WIDTHS.forEach((width, index) => (sheet.columnWidths[columnLetters(index)] = width));
  const lastColumn = columnLetters(rows[0].length - 1);
  sheet.frozenRows = 1;
  // Seven or eight columns (with the reference figures): landscape keeps them legible on one page.
  sheet.print = {
    ...portraitPrint(`A1:${lastColumn}${rows.length}`, "1:1"),
    orientation: "landscape",
  };
  sheet.protection = { unlocked: [] };
  return sheet;
}

function buildMetaSheet(
  language: Language,
  values: { templateId: string; presetId: string; generated: string }
): TemplateSheet {
  const sheet = emptySheet("meta", language, "veryHidden");
  const rows: [string, string][] = [
    [META_KEYS.marker, META_MARKER_VALUE],
    [META_KEYS.templateId, values.templateId],
    [META_KEYS.version, TEMPLATE_VERSION],
    [META_KEYS.preset, values.presetId],
    [META_KEYS.language, language],
    [META_KEYS.generated, values.generated],
  ];
  rows.forEach(([key, value], index) => {
    sheet.cells.push(
      { address: `A${index + 1}`, value: key, style: "plain" },
      { address: `B${index + 1}`, value: value === "" ? null : value, style: "plain" }
    );
  });
  sheet.columnWidths = { A: 24, B: 30 };
  return sheet;
}

/**
 * Describes the coordinator template for a codebook: the sheets Instructies, Netwerk, Bevraging,
 * Codeboek (visible, in that order, protected without a password), Lijsten (hidden, the
 * drop-down choices) and _Netwerkmeter (very hidden: template id, version, preset, language,
 * date). Sheet names, labels and headers follow layout.ts in the chosen language; item
 * statements are the codebook's (Dutch for the Dēmos preset).
 *
 * Bevraging: title, instruction, header row (frozen), then per domain (the part of the item's
 * section before " – ", SURVEY_DOMAINS first) a heading row and per sub-section a sub-heading,
 * then one row per item: id | statement | answer (drop-down of the scale labels and "Weet niet",
 * unlocked) | comment (unlocked).
 *
 * @example buildTemplateSpec(codebook, { language: "nl", presetId: "demos-coordinatoren" }).items.length // 45
 */
export function buildTemplateSpec(codebook: Codebook, options: TemplateSpecOptions): TemplateSpec {
  const { language, presetId } = options;
  const texts = TEMPLATE_TEXTS[language];
  const generated = options.generated ?? "";
  const templateId = presetId;
  const sheetName = (key: TemplateSheetKey) => TEMPLATE_SHEETS[key][language];
  const context: InstructionContext = {
    sheets: {
      network: sheetName("network"),
      survey: sheetName("survey"),
      codebook: sheetName("codebook"),
    },
    headers: {
      item: SURVEY_HEADERS.item[language],
      answer: SURVEY_HEADERS.answer[language],
      comment: SURVEY_HEADERS.comment[language],
    },
    dontKnow: DONT_KNOW_CHOICE[language],
    itemCount: codebook.items.length,
    contact: options.contact?.trim() ? options.contact.trim() : null,
    templateId,
    version: TEMPLATE_VERSION,
    generated,
  };

  const lists = buildListsSheet(codebook.items, language);
  const survey = buildSurveySheet(codebook, language, lists.sources, context);
  const sheets: TemplateSheet[] = [
    buildInstructionsSheet(language, context),
    buildNetworkSheet(
      language,
      lists.sizeClassSource,
      options.sizeThreshold ?? DEFAULT_SIZE_THRESHOLD
    ),
    survey.sheet,
    buildCodebookSheet(codebook, language),
    lists.sheet,
    buildMetaSheet(language, { templateId, presetId, generated }),
  ];

  const footer = texts.footer(templateId, TEMPLATE_VERSION);
  for (const sheet of sheets) if (sheet.print) sheet.print.footer = footer;

  return {
    templateId,
    version: TEMPLATE_VERSION,
    presetId,
    language,
    generated,
    properties: {
      title: texts.documentTitle,
      subject: texts.documentSubject,
      creator: "Netwerkmeter",
      company: "Dēmos",
      keywords: `netwerkmeter-template ${templateId} ${TEMPLATE_VERSION}`,
    },
    sheets,
    activeSheet: 0,
    definedNames: [],
    items: survey.items,
  };
}
