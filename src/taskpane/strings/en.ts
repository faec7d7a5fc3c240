/** English task-pane texts (when Office or the browser is set to English). */
import type { Strings } from "../i18n";
import { indicatorStrings } from "./indicatorStrings";
import { cellRef } from "../cellRef";
import { DOMAIN_LABEL, STYLE_LABEL } from "../../analysis/labels";
import { createFormat } from "../../analysis/numberFormat";

const f = createFormat("en");
const plural = (n: number, one: string, many: string) => `${f.integer(n)} ${n === 1 ? one : many}`;

export const en: Strings = {
  app: {
    title: "Netwerkmeter",
    previewBadge: "Browser preview",
    navLabel: "Parts of Netwerkmeter",
    tabAnalyse: "Analyse",
    tabTemplate: "Template",
    tabConsolidate: "Combine",
    starting: "Netwerkmeter is starting…",
    startFailedTitle: "Netwerkmeter could not start",
    startFailedMessage:
      "Part of the add-in did not load. Check your internet connection and reload the task pane.",
    reload: "Reload",
    switchLanguage: "Nederlands",
    switchLanguageLabel: "Netwerkmeter in het Nederlands",
  },
  common: {
    retry: "Try again",
    technicalDetails: "Technical details",
    download: "Download result",
    downloadTemplate: "Download template",
    downloadConsolidation: "Download combined answers",
    downloading: "Preparing the file…",
    downloadFailed: "The file could not be created. Please try again.",
    cellRef,
  },
  start: {
    title: "Try Netwerkmeter in your browser",
    intro:
      "Open an Excel file with the coordinators' answers. Netwerkmeter finds the answers, checks them and builds the tables, scores and charts.",
    privacy:
      "Your file stays on your computer: everything happens in this browser, nothing is sent.",
    dropHint: "Drop an .xlsx file here",
    chooseFile: "Choose a file",
    inputLabel: "Excel file with answers (.xlsx)",
    or: "or",
    example: "Try the example",
    exampleHint: "A made-up survey of 77 networks, like the Dēmos one.",
    notXlsx: (names) =>
      `This is not an .xlsx file: ${names}. Save it in Excel as an Excel workbook (.xlsx).`,
  },
  loading: {
    detecting: "Looking for answers…",
    detectingHint: "Netwerkmeter is matching columns to the statements in the codebook.",
    opening: (file) => `Opening ${file}…`,
  },
  data: {
    title: "Data found",
    source: (source) =>
      source.kind === "table"
        ? `Table ${source.table ?? ""} on sheet ${source.sheet} (${source.address})`
        : source.kind === "selection"
          ? `The selection ${cellRef(source.sheet, source.address)}`
          : `Sheet ${source.sheet} (${source.address})`,
    respondents: "Respondents",
    items: "Statements recognised",
    itemsRecognised: (found, total) => `${f.integer(found)} of ${f.integer(total)}`,
    codebook: "Codebook",
    problems: "Problems",
    noProblems: "None",
    errors: (n) => plural(n, "error", "errors"),
    warnings: (n) => plural(n, "warning", "warnings"),
    infos: (n) => plural(n, "note", "notes"),
    file: "File",
    redetect: "Search again",
    redetectHint:
      "Did Netwerkmeter pick the wrong data? Select the table with answers and search again.",
    otherFile: "Choose another file",
    noItemsWarning:
      "No column matches a statement in the codebook. Link the columns yourself below, or check that this is the right sheet.",
  },
  empty: {
    noDataTitle: "No answers found yet",
    noDataMessage:
      "Netwerkmeter found no rows with answers. Open the sheet with the answers (or select the table) and search again. No questionnaire yet? Start with a new template.",
    noDataMessagePreview:
      "Netwerkmeter found no rows with answers in this file. Choose a file with a sheet of answers, or start with a new template.",
    searchAgain: "Search again",
    newTemplate: "New template",
  },
  refresh: {
    title: "Analysed before",
    message:
      "This workbook holds the settings of an earlier analysis. Refresh recalculates everything with the same settings and replaces only Netwerkmeter's own sheets.",
    button: "Refresh",
    changedMessage:
      "You changed the options below. Refresh uses the settings of the previous analysis, without your changes. Choose Run analysis to calculate with the new options.",
    buttonPrevious: "Refresh with the previous settings",
    otherSheetTitle: "Other data than in the previous analysis",
    otherSheet: (stored, found) =>
      `The previous analysis used ${stored}. Netwerkmeter now found the answers on ${found}. Which do you want to analyse?`,
    runFound: (found) => `Analyse ${found}`,
    refreshStored: (stored) => `Refresh ${stored} anyway`,
    where: (sheet, table) => (table ? `table ${table} on sheet ${sheet}` : `sheet ${sheet}`),
  },
  mapping: {
    title: (items, other) =>
      `Check the columns (${plural(items, "statement", "statements")}, ${plural(other, "other column", "other columns")})`,
    intro:
      "Netwerkmeter linked each column to a statement in the codebook. If a link is wrong, choose the right statement or 'no statement'.",
    tableLabel: "Columns and their statement",
    column: "Column",
    item: "Statement",
    noItem: "No statement",
    kindItem: "statement",
    kindBackground: "background",
    automatic: "automatic",
    chosen: "chosen",
    changed: "changed",
    reset: "Undo my changes",
    selectLabel: (column, header) => `Statement for column ${column} (${header})`,
    duplicate: (columns) => `Also linked to column ${columns}.`,
  },
  problems: {
    title: (n) => `Problems in the data (${f.integer(n)})`,
    runTitle: (n) => `Notes on the analysis (${f.integer(n)})`,
    none: "No problems found.",
    error: (n) => `Errors (${f.integer(n)})`,
    warning: (n) => `Warnings (${f.integer(n)})`,
    info: (n) => `For information (${f.integer(n)})`,
    goToCell: (ref) => `Go to cell ${ref}`,
    cellText: (ref) => `Cell ${ref}`,
    inFile: (file) => `in ${file}`,
    showAll: (n) => `Show all ${f.integer(n)}`,
    errorsHint:
      "A cell with an error counts as a missing answer. Fix the cell and search again, or just carry on.",
    errorsHintPreview:
      "A wrong answer counts as missing. The browser version changes nothing in your file: correct the answer in Excel and open the file again, or just go on.",
    who: (respondent) =>
      /^netw(ork|erk)\b/i.test(respondent) ? respondent : `Network ${respondent}`,
    answerProblem: (code, value, column) =>
      code === "OUT_OF_RANGE"
        ? `The answer ${value} in column '${column}' is not on the scale; it counts as missing.`
        : code === "UNKNOWN_LABEL"
          ? `The answer '${value}' in column '${column}' is not a choice of the scale; it counts as missing.`
          : code === "FORMULA_ERROR"
            ? `The cell in column '${column}' gives a formula error (${value}); it counts as missing.`
            : code === "DUPLICATE_RESPONDENT"
              ? `This network appears more than once in column '${column}' (ignoring case, accents and spaces); all rows are counted. Is it a duplicate submission?`
              : null,
    allowed: (allowed) => `Allowed: ${allowed}.`,
    showRow: (row) => `Show row ${f.integer(row)}`,
    rowTitle: (row) => `Row ${f.integer(row)}`,
    rowLabels: {
      network: "Network",
      column: "Column",
      statement: "Statement",
      value: "Answer",
      allowed: "Allowed",
    },
  },
  options: {
    title: "Options",
    groupBy: "Break down by",
    groupByHint: "Netwerkmeter also builds the tables per group, for example per region or size.",
    noGroupColumns: "There are no background columns to break down by.",
    population: "Number of networks that received the questionnaire",
    populationHint: "Needed for the response rate. Leave empty if you don't know.",
    populationInvalid: "Enter a whole number, or leave the box empty.",
    populationTooSmall: (respondents) =>
      `This must be at least ${f.integer(respondents)}: that many networks answered.`,
    base: "Calculate percentages of",
    baseValid: "Those who answered the question (recommended)",
    baseValidHint: "Empty answers and 'don't know' are left out.",
    baseAll: "All respondents",
    baseAllHint: "Those who skipped the question or answered 'don't know' count too.",
    rounding: "Rounding",
    roundingExact: "Exact (recommended)",
    roundingExactHint: "Percentages are rounded only at the end.",
    roundingLegacy: "Like the Dēmos report",
    roundingLegacyHint:
      "Round each percentage to one decimal first, then add them up. Choose this to compare with that report.",
    minCell: "Smallest group with percentages",
    minCellHint:
      "Groups with fewer answers get no percentages, so nobody can be recognised and small numbers do not mislead.",
    minCellInvalid: "Enter a whole number of 1 or more.",
    run: "Run analysis",
    fixFirst: "First correct the options marked in red.",
    moreOptions: "More options",
    bandedColumn: (column) => `${column} (in 3 bands)`,
  },
  progress: {
    runTitle: "Analysis running",
    refreshTitle: "Refresh running",
    starting: "Starting…",
    label: "Progress",
    valueText: (percent, label) => `${f.integer(percent)}%${label ? `: ${label}` : ""}`,
    keepOpen: "Keep this pane open. Excel may respond a little slower for a moment.",
  },
  summary: {
    title: "Result",
    sheetsWritten: (n) => `Netwerkmeter wrote ${plural(n, "sheet", "sheets")} to the workbook.`,
    sheetsReady: (n) =>
      `The result has ${plural(n, "Netwerkmeter sheet", "Netwerkmeter sheets")}. Download it to open them in Excel; your own file is unchanged.`,
    comments: (n) =>
      `${plural(n, "comment", "comments")} of the networks are on the Comments sheet, with statement, network and type.`,
    smallN: (n) =>
      `Only ${plural(n, "network", "networks")}: read the figures as counts. With so few answers, percentages and reliability say little yet.`,
    alphaTooFew: (n) => `too few networks (n = ${f.integer(n)})`,
    alphaNegative: "negative: the statements do not measure the same thing",
    showSheets: "Which sheets?",
    responseTitle: "Response",
    responseRate: (respondents, population, rate) =>
      `${f.integer(respondents)} of ${f.integer(population)} (${f.percent(rate)})`,
    respondentsOnly: (respondents) => plural(respondents, "respondent", "respondents"),
    noPopulation: "Enter the number of networks in the options to see the response rate.",
    rolesTitle: "Dominant role per domain",
    rolesHint: "The role most coordinators recognise. Mixed: two roles score equally high.",
    noRoles: "No questions about the coordinator's role found.",
    domain: (domain) => DOMAIN_LABEL[domain.toLowerCase()]?.en ?? domain,
    role: (role) =>
      role === null ? STYLE_LABEL.onbepaald.en : (STYLE_LABEL[role.toLowerCase()]?.en ?? role),
    participationTitle: "Participation",
    index: "Participation index",
    indexValue: (value) => `${f.decimal(value, 1)} out of 100`,
    indexHint: "Average of involvement, expertise and being decisive, out of 100.",
    gap: "Gap",
    gapValue: (value) => f.decimal(value, 2),
    gapHint:
      "How much higher involvement and expertise score than being decisive (scale points). The larger, the more often input does not set the direction.",
    representation: "Representation",
    representationValue: (value) => `${f.percent(value, 1)} agree`,
    minimumInvolvement: "Involvement",
    minimumInvolvementValue: (value) => `at least ${f.percent(value, 1)}`,
    noParticipation: "No questions about participation found.",
    alphaTitle: "Reliability (Cronbach's alpha)",
    alphaHint: "From 0.70 up, the statements of a scale measure the same thing well enough.",
    alphaLow: "below 0.70",
    alphaMissing: "cannot be calculated",
    alphaCases: (n) => `n = ${f.integer(n)}`,
    alphaValue: (alpha) => f.decimal(alpha, 2),
    noScales: "No scales with two or more statements.",
    backToOptions: "Change options",
    refresh: "Refresh",
  },
  charts: {
    title: "Charts",
    intro: "Netwerkmeter draws the charts next to the tables in the workbook.",
    insert: "Insert charts",
    refresh: "Refresh charts",
    busy: "Drawing charts…",
    inserted: (n) => `${plural(n, "chart is", "charts are")} in the workbook.`,
    none: "There were no charts to draw.",
    failed: "The charts could not be drawn.",
    viewTitle: "Charts",
    loading: "Loading charts…",
    below: (value) => `Below ${value}`,
    dataCaption: (title) => `Data of the chart ${title}`,
  },
  preview: {
    downloadTitle: "Download the result",
    downloadText:
      "The result is an Excel file with your data and all of Netwerkmeter's tables and charts.",
    tableTitle: "Summary as a table",
    tableCaption: "Key figures of this analysis",
    metric: "What",
    value: "Value",
    respondents: "Respondents",
    responseRate: "Response rate",
    dominantRole: (domain) => `Dominant role: ${domain}`,
    participationIndex: "Participation index (out of 100)",
    gap: "Gap involvement – decisive",
    alpha: (scale) => `Alpha ${scale}`,
  },
  template: {
    title: "New template",
    intro:
      "Adds the sheets of the coordinator survey: the questionnaire, a sheet for the answers and the codebook. Existing sheets stay as they are.",
    insert: "Insert template",
    busy: "Inserting the template…",
    makeNew: "Make the template in a new workbook",
    busyNew: "Making the template…",
    inserted: (sheets) => `Added: ${sheets}.`,
    insertedNew: (opened) =>
      `The template is in a new workbook${opened ? `; ${opened} was left alone` : ""}. Download the template and send it to the coordinators.`,
    introNew:
      "Makes a new workbook with the questionnaire, a sheet for the answers and the codebook, to download.",
    next: "Send the file to the coordinators, or fill in one row per network yourself. Combine the returned files under Combine.",
    failed: "The template could not be inserted.",
  },
  consolidate: {
    title: "Combine",
    intro:
      "Choose the completed workbooks the coordinators sent back. Netwerkmeter puts all answers together on one sheet.",
    dropHint: "Drop the .xlsx files here",
    chooseFiles: "Choose files",
    inputLabel: "Returned workbooks (.xlsx)",
    selected: (n) => `${plural(n, "file", "files")} chosen`,
    clear: "Clear the choice",
    remove: (name) => `Leave out ${name}`,
    start: "Combine",
    reading: "Reading files…",
    busy: "Combining",
    done: (consolidated, read, respondents, sheet) =>
      `Combined ${f.integer(consolidated)} of ${plural(read, "file", "files")}: ${plural(respondents, "respondent", "respondents")} on sheet ${sheet}.`,
    analyse: "Analyse these answers",
    doneNew: (consolidated, read, respondents, name) =>
      `${f.integer(consolidated)} of ${plural(read, "file", "files")} consolidated: ${plural(respondents, "respondent", "respondents")} in a new workbook (${name}). The example or your previous file was left alone.`,
    failed: "Combining did not work.",
    empty: "No files chosen yet.",
  },
  errors: {
    detectTitle: "The answers could not be read",
    detectMessage: "Open the sheet with the answers (or select the table) and try again.",
    openTitle: "The file could not be opened",
    openMessage: "Check that it is an Excel workbook (.xlsx) that opens in Excel, and try again.",
    runTitle: "The analysis did not work",
    runMessage:
      "Nothing in your data has changed. Try again; if it still fails, change the options.",
    refreshTitle: "Refresh did not work",
    backToOptions: "Back to the options",
    backToStart: "Choose another file",
    openByCode: {
      EMPTY_FILE: {
        title: "This file is empty (0 bytes)",
        message:
          "The file holds nothing: perhaps it was not fully downloaded or saved. Open the workbook in Excel, save it as an Excel Workbook (.xlsx) and choose it again.",
      },
      NOT_XLSX: {
        title: "This is not an Excel workbook",
        message:
          "The name ends in .xlsx, but the content is something else (a renamed text file, for example). Open it in Excel, choose Save As > Excel Workbook (.xlsx) and choose that file.",
      },
      NO_DATA: {
        title: "This workbook is empty",
        message:
          "No sheet holds any data. Choose the workbook with the answers, or start with a new template.",
      },
      LEGACY_XLS: {
        title: "This is an old Excel workbook (.xls)",
        message:
          "Open it in Excel and choose Save As > Excel Workbook (.xlsx); then choose that file.",
      },
      ENCRYPTED: {
        title: "This workbook is protected with a password",
        message:
          "Netwerkmeter cannot read protected workbooks. Open it in Excel, remove the password (File > Info > Protect Workbook) and choose it again.",
      },
      CORRUPT: {
        title: "This workbook is damaged",
        message:
          "The file is incomplete or damaged. Download or copy it again, check that it opens in Excel, then choose it again.",
      },
      TOO_LARGE: {
        title: "This file is too large",
        message:
          "Netwerkmeter reads files up to 200 MB. Keep only the sheet with the answers in a new workbook and choose that.",
      },
      ZIP_BOMB: {
        title: "This file is not an ordinary workbook",
        message:
          "Its content would unpack to an impossibly large workbook. Choose the workbook with the answers.",
      },
    },
  },
  indicators: indicatorStrings.en,
  announce: {
    detecting: "Looking for answers.",
    ready: (respondents) => `Data found: ${plural(respondents, "respondent", "respondents")}.`,
    noData: "No answers found yet.",
    indicatorsFound: (facts) => `Indicator framework found: ${facts}.`,
    running: "Analysis started.",
    done: "Analysis finished. The summary is below.",
  },
  compare: {
    title: "Compare with previous wave",
    intro:
      "Choose the workbook of a previous wave (same codebook). The analysis then gets a Comparison sheet with, per statement, the share agreeing then and now, the change, a test and a chart.",
    chooseFile: "Choose the previous wave",
    inputLabel: "Workbook of the previous wave (.xlsx)",
    dropHint: "Drop the previous wave's .xlsx here",
    reading: "Reading the previous wave…",
    held: (file, respondents, items, sheet) =>
      `${file}: ${plural(respondents, "respondent", "respondents")}, ${plural(items, "statement", "statements")} recognised (sheet ${sheet}).`,
    needed: (file) =>
      `The previous analysis compared with ${file}. That file is not kept in the workbook: choose it again, or this analysis and Refresh will have no comparison.`,
    remove: "Do not compare",
    label: "Name of the previous wave",
    labelHint: "The column name on the Comparison sheet, e.g. 2016.",
    matchOn: "Match the same respondents on column (optional)",
    matchOnNone: "Do not match (two separate groups)",
    matchOnHint:
      "With a column that names each network the same in both waves (e.g. Netwerk) Netwerkmeter also compares per network (Wilcoxon, paired).",
    failed: "The previous wave could not be read.",
  },
  feedback: {
    title: "Feedback per network",
    intro:
      "Give every network its own picture: its answers beside the share of all networks and of its group, its governance style and participation index, with an explanation for the coordinator.",
    privacy: (minCell) =>
      `A feedback workbook names no other network and shows no other network's answers, only figures of groups with at least ${f.integer(minCell)} other networks.`,
    network: "Column with the network's name",
    networkNone: "Choose a column",
    groupBy: "Also compare with the network's group (optional)",
    groupByNone: "No group",
    minCell: "Smallest group shown",
    minCellInvalid: "Enter a whole number of 1 or more.",
    networks: (n) => `${plural(n, "network", "networks")} chosen`,
    all: "All",
    none: "None",
    choose: "For which networks?",
    startZip: "Make the feedback workbooks (.zip)",
    startWorkbooks: "Open a workbook per network",
    startSheets: "Insert a sheet per network",
    busy: "Making the feedback…",
    doneZip: (n, name) =>
      `${plural(n, "feedback workbook", "feedback workbooks")} made: ${name} was downloaded (one workbook per network).`,
    doneWorkbooks: (n) =>
      `${plural(n, "feedback workbook", "feedback workbooks")} opened, each in a new workbook of its own. Save them before sending.`,
    doneSheets: (n, sheets) =>
      `${plural(n, "feedback sheet", "feedback sheets")} inserted: ${sheets}. Copy each sheet to a workbook of its own before sending.`,
    failed: "The feedback could not be made.",
    needData: "Find the data under Analyse first.",
  },
  unitFeedback: {
    title: "Feedback per unit",
    intro:
      "Give every unit its own picture: per indicator its value, target and status beside those of its group and of all units, and where it stands between the lowest and the highest unit.",
    privacy: (minCell) =>
      `A feedback workbook names no other unit; figures of all units or of a group only when at least ${f.integer(minCell)} units reported.`,
    settingsNote: "With the period, the roll-up and the smallest group chosen above.",
    groupBy: "Also compare with the unit's group (optional)",
    groupByNone: "No group",
    networks: (n) => `${plural(n, "unit", "units")} chosen`,
    all: "All",
    none: "None",
    choose: "For which units?",
    startZip: "Make the feedback workbooks (.zip)",
    startWorkbooks: "Open a workbook per unit",
    startSheets: "Insert a sheet per unit",
    busy: "Making the feedback…",
    doneZip: (n, name) =>
      `${plural(n, "feedback workbook", "feedback workbooks")} made: ${name} was downloaded (one workbook per unit).`,
    doneWorkbooks: (n) =>
      `${plural(n, "feedback workbook", "feedback workbooks")} opened, each in a new workbook of its own. Save them before sending.`,
    doneSheets: (n, sheets) =>
      `${plural(n, "feedback sheet", "feedback sheets")} inserted: ${sheets}. Copy each sheet to a workbook of its own before sending.`,
    failed: "The feedback could not be made.",
  },
};
