/**
 * The task pane's words: Dutch by default, English when Office (or, in the browser preview, the
 * browser) is set to English. Components read them with `useStrings()` and format numbers with
 * `useFormat()`; both follow the language given to `LanguageProvider` (index.tsx picks it once).
 *
 * Strings that contain numbers are functions: each language formats its own numbers (decimal comma
 * in Dutch) and picks its own singular or plural.
 */
import { createContext, useContext, useMemo } from "react";
import type { Language } from "../analysis/language";
import type { DataOverview } from "../app/host";
import { createFormat, type NumberFormat } from "../analysis/numberFormat";
import { nl } from "./strings/nl";
import { en } from "./strings/en";
import type { IndicatorStrings } from "./strings/indicatorStrings";

export type { Language };
export { nl, en };

export interface Strings {
  app: {
    title: string;
    previewBadge: string;
    navLabel: string;
    tabAnalyse: string;
    tabTemplate: string;
    tabConsolidate: string;
    starting: string;
    startFailedTitle: string;
    startFailedMessage: string;
    reload: string;
    /** The language switch: its visible text (the other language's name) and its label. */
    switchLanguage: string;
    switchLanguageLabel: string;
  };
  common: {
    retry: string;
    technicalDetails: string;
    download: string;
    /** Preview: the download of the new workbook with the template. */
    downloadTemplate: string;
    /** Preview: the download of the new workbook with the consolidated answers. */
    downloadConsolidation: string;
    downloading: string;
    downloadFailed: string;
    cellRef: (sheet: string, cell: string) => string;
  };
  start: {
    title: string;
    intro: string;
    privacy: string;
    dropHint: string;
    chooseFile: string;
    inputLabel: string;
    or: string;
    example: string;
    exampleHint: string;
    notXlsx: (names: string) => string;
  };
  loading: {
    detecting: string;
    detectingHint: string;
    opening: (file: string) => string;
  };
  data: {
    title: string;
    source: (source: DataOverview["source"]) => string;
    respondents: string;
    items: string;
    itemsRecognised: (found: number, total: number) => string;
    codebook: string;
    problems: string;
    noProblems: string;
    errors: (n: number) => string;
    warnings: (n: number) => string;
    infos: (n: number) => string;
    file: string;
    redetect: string;
    redetectHint: string;
    otherFile: string;
    noItemsWarning: string;
  };
  empty: {
    noDataTitle: string;
    noDataMessage: string;
    noDataMessagePreview: string;
    searchAgain: string;
    newTemplate: string;
  };
  refresh: {
    title: string;
    message: string;
    button: string;
    /** The options in the form differ from the stored ones: Refresh would not use them. */
    changedMessage: string;
    buttonPrevious: string;
    /** The stored analysis read another sheet than the data found now: ask first. */
    otherSheetTitle: string;
    otherSheet: (stored: string, found: string) => string;
    runFound: (found: string) => string;
    refreshStored: (stored: string) => string;
    where: (sheet: string, table?: string) => string;
  };
  mapping: {
    title: (items: number, other: number) => string;
    intro: string;
    tableLabel: string;
    column: string;
    item: string;
    noItem: string;
    kindItem: string;
    kindBackground: string;
    automatic: string;
    chosen: string;
    changed: string;
    reset: string;
    selectLabel: (column: string, header: string) => string;
    duplicate: (columns: string) => string;
  };
  problems: {
    title: (n: number) => string;
    runTitle: (n: number) => string;
    none: string;
    error: (n: number) => string;
    warning: (n: number) => string;
    info: (n: number) => string;
    goToCell: (ref: string) => string;
    cellText: (ref: string) => string;
    inFile: (file: string) => string;
    showAll: (n: number) => string;
    errorsHint: string;
    /** Preview: nothing can be fixed in the browser, so the hint says where to fix it. */
    errorsHintPreview: string;
    /** A rejected answer in words: who, which statement, what was typed. */
    who: (respondent: string) => string;
    answerProblem: (code: string, value: string, column: string) => string | null;
    allowed: (allowed: string) => string;
    showRow: (row: number) => string;
    rowTitle: (row: number) => string;
    rowLabels: {
      network: string;
      column: string;
      statement: string;
      value: string;
      allowed: string;
    };
  };
  options: {
    title: string;
    groupBy: string;
    groupByHint: string;
    noGroupColumns: string;
    population: string;
    populationHint: string;
    populationInvalid: string;
    populationTooSmall: (respondents: number) => string;
    base: string;
    baseValid: string;
    baseValidHint: string;
    baseAll: string;
    baseAllHint: string;
    rounding: string;
    roundingExact: string;
    roundingExactHint: string;
    roundingLegacy: string;
    roundingLegacyHint: string;
    minCell: string;
    minCellHint: string;
    minCellInvalid: string;
    run: string;
    fixFirst: string;
    moreOptions: string;
    /** A numeric column offered for grouping in bands (tertiles). */
    bandedColumn: (column: string) => string;
  };
  progress: {
    runTitle: string;
    refreshTitle: string;
    starting: string;
    label: string;
    valueText: (percent: number, label: string) => string;
    keepOpen: string;
  };
  summary: {
    title: string;
    sheetsWritten: (n: number) => string;
    /** Preview: the sheets are in the result to download; the user's own file is unchanged. */
    sheetsReady: (n: number) => string;
    comments: (n: number) => string;
    /** A warning on the cards when there are too few networks to read percentages and alpha. */
    smallN: (n: number) => string;
    alphaTooFew: (n: number) => string;
    alphaNegative: string;
    showSheets: string;
    responseTitle: string;
    responseRate: (respondents: number, population: number, rate: number | null) => string;
    respondentsOnly: (respondents: number) => string;
    noPopulation: string;
    rolesTitle: string;
    rolesHint: string;
    noRoles: string;
    domain: (domain: string) => string;
    role: (role: string | null) => string;
    participationTitle: string;
    index: string;
    indexValue: (value: number | null) => string;
    indexHint: string;
    gap: string;
    gapValue: (value: number | null) => string;
    gapHint: string;
    representation: string;
    representationValue: (value: number | null) => string;
    minimumInvolvement: string;
    minimumInvolvementValue: (value: number | null) => string;
    noParticipation: string;
    alphaTitle: string;
    alphaHint: string;
    alphaLow: string;
    alphaMissing: string;
    alphaCases: (n: number) => string;
    alphaValue: (alpha: number | null) => string;
    noScales: string;
    backToOptions: string;
    refresh: string;
  };
  charts: {
    title: string;
    intro: string;
    insert: string;
    refresh: string;
    busy: string;
    inserted: (n: number) => string;
    none: string;
    failed: string;
    /** Heading of the charts drawn in the pane. */
    viewTitle: string;
    loading: string;
    /** Caption of a chart's data table (read by screen readers). */
    /** The legend of bars under a reference line: "Onder 0,70". */
    below: (value: string) => string;
    dataCaption: (title: string) => string;
  };
  preview: {
    downloadTitle: string;
    downloadText: string;
    tableTitle: string;
    tableCaption: string;
    metric: string;
    value: string;
    respondents: string;
    responseRate: string;
    dominantRole: (domain: string) => string;
    participationIndex: string;
    gap: string;
    alpha: (scale: string) => string;
  };
  template: {
    title: string;
    intro: string;
    insert: string;
    busy: string;
    /** Preview: the button, which makes a new workbook (nothing is inserted anywhere). */
    makeNew: string;
    busyNew: string;
    inserted: (sheets: string) => string;
    /**
     * Preview: the template went into a new workbook with its own download; `opened` is the file
     * open in the pane, which was left as it was (null: none was open).
     */
    insertedNew: (opened: string | null) => string;
    introNew: string;
    next: string;
    failed: string;
  };
  consolidate: {
    title: string;
    intro: string;
    dropHint: string;
    chooseFiles: string;
    inputLabel: string;
    selected: (n: number) => string;
    clear: string;
    remove: (name: string) => string;
    start: string;
    reading: string;
    busy: string;
    done: (consolidated: number, read: number, respondents: number, sheet: string) => string;
    analyse: string;
    /** Preview: the answers went into a new workbook with its own download. */
    doneNew: (consolidated: number, read: number, respondents: number, name: string) => string;
    failed: string;
    empty: string;
  };
  errors: {
    detectTitle: string;
    detectMessage: string;
    openTitle: string;
    openMessage: string;
    runTitle: string;
    runMessage: string;
    refreshTitle: string;
    backToOptions: string;
    backToStart: string;
    /** Open failures by InputError code: a title and advice that fits the .xlsx picker. */
    openByCode: Partial<Record<string, { title: string; message: string }>>;
  };
  /** The indicator run and the monitoring template (strings/indicatorStrings.ts). */
  indicators: IndicatorStrings;
  announce: {
    detecting: string;
    ready: (respondents: number) => string;
    /** Detect found no rows of answers (the pane shows "Nog geen antwoorden gevonden"). */
    noData: string;
    /** An indicator workbook (the pane shows the indicator card), with its facts. */
    indicatorsFound: (facts: string) => string;
    running: string;
    done: string;
  };
  /** "Vergelijk met vorige bevraging" (ComparePanel). */
  compare: {
    title: string;
    intro: string;
    chooseFile: string;
    inputLabel: string;
    dropHint: string;
    reading: string;
    held: (file: string, respondents: number, items: number, sheet: string) => string;
    /** The stored run compared with a file the pane no longer holds. */
    needed: (file: string) => string;
    remove: string;
    label: string;
    labelHint: string;
    matchOn: string;
    matchOnNone: string;
    matchOnHint: string;
    failed: string;
  };
  /** "Feedback per netwerk" (FeedbackPanel). */
  feedback: FeedbackChoiceStrings & {
    title: string;
    intro: string;
    privacy: (minCell: number) => string;
    network: string;
    networkNone: string;
    groupBy: string;
    groupByNone: string;
    minCell: string;
    minCellInvalid: string;
    needData: string;
  };
  /** "Feedback per eenheid" on an indicator framework (UnitFeedbackPanel). */
  unitFeedback: FeedbackChoiceStrings & {
    title: string;
    intro: string;
    privacy: (minCell: number) => string;
    /** Which of the indicator options above the feedback uses. */
    settingsNote: string;
    groupBy: string;
    groupByNone: string;
  };
}

/** The words of FeedbackChoice (which names, the output buttons, progress, result). */
export interface FeedbackChoiceStrings {
  /** "3 netwerken gekozen" (or units). */
  networks: (count: number) => string;
  all: string;
  none: string;
  choose: string;
  startZip: string;
  startWorkbooks: string;
  startSheets: string;
  busy: string;
  doneZip: (count: number, name: string) => string;
  doneWorkbooks: (count: number) => string;
  doneSheets: (count: number, sheets: string) => string;
  failed: string;
}

const LanguageContext = createContext<Language>("nl");

/** Wrap the app in `<LanguageProvider value="en">` to switch the task pane to English. */
export const LanguageProvider = LanguageContext.Provider;

const LanguageChangeContext = createContext<((language: Language) => void) | null>(null);

/** Provides the language switch (index.tsx: remembers the choice and re-renders). */
export const LanguageChangeProvider = LanguageChangeContext.Provider;

/** The language switch, or null where the pane cannot switch (e.g. a test without a provider). */
export function useLanguageChange(): ((language: Language) => void) | null {
  return useContext(LanguageChangeContext);
}

const STRINGS: Record<Language, Strings> = { nl, en };

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

export function useStrings(): Strings {
  return STRINGS[useLanguage()];
}

export function useFormat(): NumberFormat {
  const language = useLanguage();
  return useMemo(() => createFormat(language), [language]);
}

/**
 * The task pane's language for a BCP 47 tag (Office.context.displayLanguage, navigator.language):
 * English for "en", "en-US", "en-GB" …, Dutch for everything else.
 *
 * @example pickLanguage("en-US") // "en"
 * @example pickLanguage("fr-BE") // "nl"
 */
export function pickLanguage(tag: string | null | undefined): Language {
  return typeof tag === "string" && /^en\b/i.test(tag.trim()) ? "en" : "nl";
}
