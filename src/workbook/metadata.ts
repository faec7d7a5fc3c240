/**
 * What Netwerkmeter remembers in a workbook, so that Vernieuwen (refresh) reruns the same analysis
 * and replaces exactly what it wrote before: one versioned JSON blob with the input (table, range
 * or sheet), the codebook source, the run options, the sheets, tables and charts it owns, and the
 * tool version.
 *
 * Where the blob lives is the adapter's business, behind MetadataStore: inside Excel in
 * `context.workbook.settings` (ExcelApi 1.4, per add-in and workbook); in an .xlsx written with
 * ExcelJS (browser preview, command line) in a very hidden sheet, so a downloaded file keeps it.
 */
import { TOOL_VERSION } from "../analysis/version";
import type { Language } from "../analysis/language";
import type { PercentBase, RoundingMode } from "../analysis/results";
import type { PlanChart } from "./port";
import type { IndicatorSettings } from "./indicatorSettings";
import { readIndicatorSettings } from "./indicatorSettings";

/** Key of the blob in the workbook settings. */
export const METADATA_KEY = "netwerkmeter.run";

/** Version of the blob's shape; bump on incompatible changes and read the old shape on purpose. */
export const METADATA_SCHEMA_VERSION = 1;

/** The options of one run, as the task pane chose them and Refresh reuses them. */
export interface RunOptions {
  groupBy: string[];
  population: number | null;
  base: PercentBase;
  rounding: RoundingMode;
  minCell: number;
  language: Language;
  /** Mapping overrides from the review: header → item id, or null for "not an item". */
  columnMapping: Record<string, string | null>;
  /** Numeric columns split into quantile bands and grouped by (e.g. INWONERS in 3 bands). */
  bands?: { column: string; quantiles: number }[];
  /**
   * Compare with an earlier wave (the task pane's "Vergelijk met vorige bevraging"): the file's
   * name, the label shown (default the name) and the column respondents are matched on. Only the
   * name is stored, not the file: a refresh compares again when the host still holds that file
   * (src/app/session.ts), and otherwise says the file is needed again (EARLIER_WAVE_NEEDED).
   */
  compare?: { file: string; label?: string; matchOn?: string };
}

/** Where the data was read, as stored for refresh. */
export type StoredInput =
  /** An Excel table: refresh reads the table as it is then (rows added to the table count). */
  | { kind: "table"; table: string; sheet: string }
  /** A fixed range (the selection at the time of the run). */
  | { kind: "range"; sheet: string; address: string }
  /** A sheet's used range, evaluated again at refresh. */
  | { kind: "sheet"; sheet: string };

/** Where the codebook came from. */
export type CodebookSource =
  | { kind: "sheet"; sheet: string }
  | { kind: "preset"; preset: string; reason: "default" | "chosen" }
  /** No codebook: an indicator run (its definitions are the `Indicatoren` sheet, the input). */
  | { kind: "none" };

/** A sheet Netwerkmeter created: the report sheet it holds (key), its name, and its id when the host has stable ids. */
export interface OwnedSheet {
  /** The ReportSheet name it was written for (stable across runs, e.g. "Overzicht"). */
  key: string;
  /** The worksheet's name. */
  name: string;
  /**
   * Worksheet id (Office.js `Worksheet.id`), when known: survives a rename by the user, but not
   * closing and opening the workbook (office-js-docs#297), so Excel's sheets also carry a marker
   * (src/excel/sheetMarker.ts) and ownership falls back to the name (resolveOwnership).
   */
  id?: string;
}

export interface NetwerkmeterMetadata {
  schemaVersion: number;
  toolVersion: string;
  /** ISO time of the run that wrote it. */
  savedAt: string;
  input: StoredInput;
  codebookSource: CodebookSource;
  options: RunOptions;
  ownedSheets: OwnedSheet[];
  /** Table names written (all on owned sheets). */
  ownedTables: string[];
  /** Charts drawn, with what is needed to draw them again (Grafieken invoegen). */
  charts: PlanChart[];
  /** Present for an indicator run: its options (Vernieuwen reruns the indicators, not a survey). */
  indicators?: IndicatorSettings;
}

/** The result of reading the blob: null when there is none; `problem` when it could not be used. */
export interface MetadataReading {
  metadata: NetwerkmeterMetadata | null;
  problem?: string;
}

/** Reads and writes the blob; one implementation per adapter, an in-memory one for tests. */
export interface MetadataStore {
  read(): Promise<MetadataReading>;
  write(metadata: NetwerkmeterMetadata): Promise<void>;
}

/** Default run options (the command line's defaults). */
export const DEFAULT_RUN_OPTIONS: RunOptions = {
  groupBy: [],
  population: null,
  base: "valid",
  rounding: "exact",
  minCell: 5,
  language: "nl",
  columnMapping: {},
};

/** The blob as stored (a JSON string). */
export function serializeMetadata(metadata: NetwerkmeterMetadata): string {
  return JSON.stringify(metadata);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === "string";

function readInput(value: unknown): StoredInput | null {
  if (!isRecord(value)) return null;
  if (value.kind === "table" && isString(value.table) && isString(value.sheet))
    return { kind: "table", table: value.table, sheet: value.sheet };
  if (value.kind === "range" && isString(value.sheet) && isString(value.address))
    return { kind: "range", sheet: value.sheet, address: value.address };
  if (value.kind === "sheet" && isString(value.sheet)) return { kind: "sheet", sheet: value.sheet };
  return null;
}

function readCodebookSource(value: unknown): CodebookSource | null {
  if (!isRecord(value)) return null;
  if (value.kind === "sheet" && isString(value.sheet)) return { kind: "sheet", sheet: value.sheet };
  if (value.kind === "preset" && isString(value.preset))
    return {
      kind: "preset",
      preset: value.preset,
      reason: value.reason === "chosen" ? "chosen" : "default",
    };
  if (value.kind === "none") return { kind: "none" };
  return null;
}

/** Run options from stored JSON: every missing or malformed field falls back to its default. */
export function readRunOptions(value: unknown): RunOptions {
  const stored = isRecord(value) ? value : {};
  const mapping: Record<string, string | null> = {};
  if (isRecord(stored.columnMapping)) {
    for (const [header, itemId] of Object.entries(stored.columnMapping))
      if (itemId === null || isString(itemId)) mapping[header] = itemId;
  }
  return {
    groupBy: Array.isArray(stored.groupBy) ? stored.groupBy.filter(isString) : [],
    population:
      typeof stored.population === "number" && Number.isFinite(stored.population)
        ? stored.population
        : null,
    base: stored.base === "all" ? "all" : "valid",
    rounding: stored.rounding === "legacy" ? "legacy" : "exact",
    minCell:
      typeof stored.minCell === "number" && Number.isInteger(stored.minCell) && stored.minCell >= 0
        ? stored.minCell
        : DEFAULT_RUN_OPTIONS.minCell,
    language: stored.language === "en" ? "en" : "nl",
    columnMapping: mapping,
    ...readBands(stored.bands),
    ...readCompare(stored.compare),
  };
}

/** A stored comparison (file name, label, match column); malformed: none. */
function readCompare(value: unknown): Pick<RunOptions, "compare"> {
  if (!isRecord(value) || !isString(value.file) || value.file === "") return {};
  return {
    compare: {
      file: value.file,
      ...(isString(value.label) ? { label: value.label } : {}),
      ...(isString(value.matchOn) ? { matchOn: value.matchOn } : {}),
    },
  };
}

/** Stored quantile bands (refresh repeats them); malformed entries are dropped. */
function readBands(value: unknown): { bands?: { column: string; quantiles: number }[] } {
  if (!Array.isArray(value)) return {};
  const bands = value.flatMap((entry) =>
    isRecord(entry) &&
    isString(entry.column) &&
    typeof entry.quantiles === "number" &&
    Number.isInteger(entry.quantiles) &&
    entry.quantiles >= 2 &&
    entry.quantiles <= 10
      ? [{ column: entry.column, quantiles: entry.quantiles }]
      : []
  );
  return bands.length > 0 ? { bands } : {};
}

function readOwnedSheets(value: unknown): OwnedSheet[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry): OwnedSheet[] =>
    isRecord(entry) && isString(entry.key) && isString(entry.name)
      ? [{ key: entry.key, name: entry.name, ...(isString(entry.id) ? { id: entry.id } : {}) }]
      : []
  );
}

function readCharts(value: unknown): PlanChart[] {
  if (!Array.isArray(value)) return [];
  // Charts are redrawn from this list; entries that lost fields are skipped, never guessed.
  return value.filter(
    (entry): entry is PlanChart =>
      isRecord(entry) &&
      isString(entry.name) &&
      isString(entry.sheet) &&
      isString(entry.kind) &&
      isString(entry.orientation) &&
      Array.isArray(entry.seriesDraw) &&
      isRecord(entry.source) &&
      isRecord(entry.placement)
  );
}

/**
 * Reads a stored blob (the JSON text or an already parsed value). Never throws: an unreadable
 * blob gives `{ metadata: null, problem }`, so the add-in can say why refresh is not possible.
 *
 * @example parseMetadata(serializeMetadata(metadata)).metadata // equal to metadata
 */
export function parseMetadata(stored: unknown, language: "nl" | "en" = "nl"): MetadataReading {
  const nl = language === "nl";
  if (stored === null || stored === undefined || stored === "") return { metadata: null };
  let value: unknown = stored;
  if (isString(stored)) {
    try {
      value = JSON.parse(stored);
    } catch {
      return {
        metadata: null,
        problem: nl
          ? "De opgeslagen instellingen van Netwerkmeter zijn onleesbaar (geen geldige JSON)."
          : "The stored Netwerkmeter settings are unreadable (not valid JSON).",
      };
    }
  }
  if (!isRecord(value) || typeof value.schemaVersion !== "number")
    return {
      metadata: null,
      problem: nl
        ? "De opgeslagen instellingen van Netwerkmeter hebben een onbekende vorm."
        : "The stored Netwerkmeter settings have an unknown shape.",
    };
  if (value.schemaVersion > METADATA_SCHEMA_VERSION)
    return {
      metadata: null,
      problem: nl
        ? `Deze werkmap is bijgewerkt door een nieuwere versie van Netwerkmeter (${String(value.toolVersion ?? "?")}); werk de invoegtoepassing bij om te vernieuwen.`
        : `This workbook was updated by a newer Netwerkmeter (${String(value.toolVersion ?? "?")}); update the add-in to refresh.`,
    };
  const input = readInput(value.input);
  const codebookSource = readCodebookSource(value.codebookSource);
  const indicators = readIndicatorSettings(value.indicators);
  if (!input || !codebookSource)
    return {
      metadata: null,
      problem: nl
        ? "De opgeslagen instellingen van Netwerkmeter missen de invoer of het codeboek."
        : "The stored Netwerkmeter settings lack the input or the codebook.",
    };
  return {
    metadata: {
      schemaVersion: value.schemaVersion,
      toolVersion: isString(value.toolVersion) ? value.toolVersion : "?",
      savedAt: isString(value.savedAt) ? value.savedAt : "",
      input,
      codebookSource,
      options: readRunOptions(value.options),
      ownedSheets: readOwnedSheets(value.ownedSheets),
      ownedTables: Array.isArray(value.ownedTables) ? value.ownedTables.filter(isString) : [],
      charts: readCharts(value.charts),
      ...(indicators ? { indicators } : {}),
    },
  };
}

/** A new blob for a run (the publish plan fills in the owned sheets, tables and charts). */
export function newMetadata(
  input: StoredInput,
  codebookSource: CodebookSource,
  options: RunOptions,
  now: Date = new Date()
): NetwerkmeterMetadata {
  return {
    schemaVersion: METADATA_SCHEMA_VERSION,
    toolVersion: TOOL_VERSION,
    savedAt: now.toISOString(),
    input,
    codebookSource,
    options,
    ownedSheets: [],
    ownedTables: [],
    charts: [],
  };
}

/** Keeps the blob in memory (tests, and hosts without a place to store it). */
export class MemoryMetadataStore implements MetadataStore {
  private stored: string | null = null;

  constructor(initial?: NetwerkmeterMetadata) {
    if (initial) this.stored = serializeMetadata(initial);
  }

  async read(): Promise<MetadataReading> {
    return parseMetadata(this.stored);
  }

  async write(metadata: NetwerkmeterMetadata): Promise<void> {
    this.stored = serializeMetadata(metadata);
  }
}
