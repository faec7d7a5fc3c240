/**
 * The layout of the coordinator template (the workbook Dēmos sends to every network coordinator):
 * sheet names, where the profile labels and answers live, and where the template id and version are
 * stored. The generator (templateSpec.ts → xlsx/writeTemplate.ts) and the reader (readTemplate.ts)
 * both follow this one description, so a template always reads back.
 */

/** Current version of the template layout; bump when the layout or item set changes. */
export const TEMPLATE_VERSION = "2026.1";

/** Versions this reader knows; older ones are read by item id with a warning. */
export const KNOWN_TEMPLATE_VERSIONS = ["2026.1"] as const;

export const TEMPLATE_SHEETS = {
  instructions: { nl: "Instructies", en: "Instructions" },
  network: { nl: "Netwerk", en: "Network" },
  survey: { nl: "Bevraging", en: "Survey" },
  codebook: { nl: "Codeboek", en: "Codebook" },
  /** Answer lists for the drop-downs (hidden). */
  lists: { nl: "Lijsten", en: "Lists" },
  /** Template id, version, preset, language (very hidden). */
  meta: { nl: "_Netwerkmeter", en: "_Netwerkmeter" },
} as const;

/**
 * The meta sheet: keys in column A, values in column B, from row 1. Read by key, so rows may be
 * added in later versions.
 */
export const META_KEYS = {
  marker: "netwerkmeter-template",
  templateId: "templateId",
  version: "version",
  preset: "preset",
  language: "language",
  generated: "generated",
} as const;

/** The value of the marker key (row 1: "netwerkmeter-template" | this value). */
export const META_MARKER_VALUE = "ja";

/**
 * The `Netwerk` sheet: labels in column A, values in column B. Each field maps to a background
 * variable of the codebook; read by label (tolerantly), so order may change between versions.
 */
export const NETWORK_FIELDS = [
  { key: "name", variable: "RESP_ID", label: { nl: "Naam netwerk", en: "Network name" } },
  {
    key: "municipalities",
    variable: "GEMEENTE",
    label: { nl: "Gemeente(n)", en: "Municipality(ies)" },
  },
  { key: "inhabitants", variable: "INWONERS", label: { nl: "Aantal inwoners", en: "Inhabitants" } },
  {
    key: "sizeClass",
    variable: "GROOTTE_KLASSE",
    label: { nl: "Grootteklasse", en: "Size class" },
  },
  { key: "region", variable: "REGIO", label: { nl: "Regio", en: "Region" } },
  { key: "year", variable: "JAAR", label: { nl: "Bevragingsjaar", en: "Survey year" } },
  {
    key: "filledInBy",
    variable: "INGEVULD_DOOR",
    label: { nl: "Ingevuld door", en: "Filled in by" },
  },
  { key: "date", variable: "DATUM", label: { nl: "Datum", en: "Date" } },
] as const;

/** Label of the row holding the inhabitants threshold for the size class (column B = number). */
export const SIZE_THRESHOLD_LABEL = {
  nl: "Drempel kleine gemeente (inwoners)",
  en: "Small municipality threshold (inhabitants)",
} as const;
/** Default threshold: fewer inhabitants than this is "klein" (seed 000: "< 15k inwoners"). */
export const DEFAULT_SIZE_THRESHOLD = 15000;
export const SIZE_CLASSES = {
  small: { nl: "klein", en: "small" },
  large: { nl: "groot", en: "large" },
} as const;

/**
 * The `Bevraging` sheet: one row per item under domain headings. Column A holds the item id (the
 * reader finds items by this id, whatever row they are on), B the statement, C the answer, D a
 * comment. The header row holds these names.
 */
export const SURVEY_COLUMNS = { item: "A", question: "B", answer: "C", comment: "D" } as const;
export const SURVEY_HEADERS = {
  item: { nl: "item", en: "item" },
  question: { nl: "vraag", en: "question" },
  answer: { nl: "antwoord", en: "answer" },
  comment: { nl: "opmerking", en: "comment" },
} as const;

/** The answer offered in every drop-down besides the scale labels (counted as don't know). */
export const DONT_KNOW_CHOICE = { nl: "Weet niet", en: "Don't know" } as const;

/** Top-level headings the survey groups items under (the part of `section` before " – "). */
export const SURVEY_DOMAINS = [
  "Beleidsthema",
  "Beleidsorganisatie",
  "Bestuursstijl",
  "Ondersteuningsnoden",
] as const;

/** Column names of the consolidated response table besides the item ids and background variables. */
export const PROVENANCE_COLUMNS = {
  source: "Bron",
  templateVersion: "Sjabloonversie",
  date: "Datum",
} as const;
