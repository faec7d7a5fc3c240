/**
 * A fake NetwerkmeterHost for component tests: every verb is a jest.fn() with a canned answer
 * (the Dēmos-like example: 77 of 104 networks), so tests can check what the task pane asked.
 */
import type {
  ConsolidateSummary,
  DataOverview,
  EarlierWaveInfo,
  NetwerkmeterHost,
  RunOptions,
  RunSummary,
} from "../../src/app/host";

export const overview: DataOverview = {
  source: { kind: "table", sheet: "Antwoorden", address: "A1:K78", table: "tblAntwoorden" },
  codebookName: "Dēmos coördinatorenbevraging",
  respondents: 77,
  itemsRecognised: 7,
  itemsInCodebook: 9,
  mapping: [
    { column: "A", header: "Netwerk", kind: "background", automatic: true },
    { column: "B", header: "GROOTTE_KLASSE", kind: "background", automatic: true },
    { column: "C", header: "REGIO", kind: "background", automatic: true },
    { column: "D", header: "ROL_VIS_FAC", kind: "item", itemId: "ROL_VIS_FAC", automatic: true },
    { column: "E", header: "ROL_VIS_COP", kind: "item", itemId: "ROL_VIS_COP", automatic: true },
    { column: "F", header: "Rol visie opdr.", kind: "background", automatic: true },
    { column: "G", header: "INB_VIS", kind: "item", itemId: "INB_VIS", automatic: true },
    { column: "H", header: "EXP_VIS", kind: "item", itemId: "EXP_VIS", automatic: true },
    { column: "I", header: "RIC_VIS", kind: "item", itemId: "RIC_VIS", automatic: true },
    { column: "J", header: "VER_01", kind: "item", itemId: "VER_01", automatic: true },
    { column: "K", header: "A1", kind: "item", itemId: "A1", automatic: true },
  ],
  codebookItems: [
    { id: "ROL_VIS_FAC", label: "De coördinator faciliteert bij het opstellen van de visie" },
    { id: "ROL_VIS_COP", label: "De coördinator werkt mee aan de visie" },
    { id: "ROL_VIS_OPD", label: "De coördinator geeft opdracht voor de visie" },
    { id: "INB_VIS", label: "Mensen in armoede hebben inbreng in de visie" },
    { id: "EXP_VIS", label: "Hun expertise wordt gebruikt" },
    { id: "RIC_VIS", label: "Hun inbreng is richtinggevend" },
    { id: "VER_01", label: "De doelgroep is vertegenwoordigd" },
    { id: "A1", label: "Het netwerk werkt goed samen" },
    { id: "A2", label: "Het netwerk bereikt zijn doelen" },
  ],
  groupColumns: ["GROOTTE_KLASSE", "REGIO"],
  bandableColumns: ["INWONERS"],
  issues: [
    {
      severity: "error",
      code: "OUT_OF_RANGE",
      message: "Waarde 7 ligt buiten de schaal 1–5.",
      sheet: "Antwoorden",
      cell: "K17",
    },
    {
      severity: "warning",
      code: "UNKNOWN_LABEL",
      message: "Het antwoord 'misschien' is onbekend.",
      sheet: "Antwoorden",
      cell: "G9",
    },
    {
      severity: "info",
      code: "DEFAULT_CODEBOOK",
      message: "Geen codeboek in de werkmap: het Dēmos-codeboek is gebruikt.",
    },
  ],
};

export const summary: RunSummary = {
  respondents: 77,
  comments: 3,
  population: 104,
  responseRate: 74.03846,
  dominantRoles: [
    { domain: "visie", role: "facilitator" },
    { domain: "doelstellingen", role: "coproducent" },
    { domain: "acties", role: "gemengd" },
  ],
  participation: { representation: 62.34, index: 61.44, gap: 0.6712, minimumInvolvement: 64.94 },
  alphas: [
    { scale: "A", alpha: 0.7038, n: 70 },
    { scale: "B", alpha: 0.6123, n: 68 },
    { scale: "C", alpha: null, n: 2 },
  ],
  issueCounts: { error: 0, warning: 1, info: 0 },
  issues: [
    {
      severity: "warning",
      code: "SMALL_N",
      message: "Minder dan 5 antwoorden in groep 'klein'.",
      sheet: "Tabellen",
      cell: "B12",
    },
  ],
  sheets: ["Overzicht", "Tabellen", "Bestuursstijl"],
  charts: [],
};

export const storedOptions: RunOptions = {
  groupBy: ["REGIO"],
  population: 104,
  base: "all",
  rounding: "legacy",
  minCell: 3,
  language: "nl",
  columnMapping: {},
};

export const consolidateSummary: ConsolidateSummary = {
  filesRead: 2,
  filesConsolidated: 2,
  respondents: 2,
  sheet: "Antwoorden",
  issues: [
    {
      severity: "warning",
      code: "EMPTY_ROW",
      message: "Lege rij overgeslagen.",
      file: "netwerk-b.xlsx",
      sheet: "Antwoorden",
      cell: "A3",
    },
  ],
};

export const earlierWave: EarlierWaveInfo = {
  file: "bevraging-2016.xlsx",
  sheet: "Antwoorden",
  respondents: 70,
  itemsRecognised: 7,
  columns: ["Netwerk", "REGIO", "JAAR"],
};

type Verbs = Required<Omit<NetwerkmeterHost, "kind" | "indicators">>;

/** The host's kind and, when a test gives it, the indicator verbs (fakeIndicators.ts). */
export type FakeHost = {
  kind: NetwerkmeterHost["kind"];
  indicators?: NetwerkmeterHost["indicators"];
} & {
  [K in keyof Verbs]: jest.Mock<ReturnType<Verbs[K]>, Parameters<Verbs[K]>>;
};

function verb<K extends keyof Verbs>(
  impl: (...args: Parameters<Verbs[K]>) => ReturnType<Verbs[K]>
): jest.Mock<ReturnType<Verbs[K]>, Parameters<Verbs[K]>> {
  return jest.fn<ReturnType<Verbs[K]>, Parameters<Verbs[K]>>(impl);
}

/** A host whose verbs resolve with the canned data above; override any verb per test. */
export function createFakeHost(
  kind: "excel" | "preview" = "excel",
  overrides: Partial<FakeHost> = {}
): FakeHost {
  return {
    kind,
    detect: verb<"detect">(async () => overview),
    run: verb<"run">(async () => summary),
    refresh: verb<"refresh">(async () => summary),
    storedOptions: verb<"storedOptions">(async () => null),
    insertCharts: verb<"insertCharts">(async () => ["Grafiek rollen", "Grafiek participatie"]),
    selectCell: verb<"selectCell">(async () => undefined),
    insertTemplate: verb<"insertTemplate">(async () => ["Vragenlijst", "Antwoorden", "Codeboek"]),
    consolidate: verb<"consolidate">(async () => consolidateSummary),
    openWorkbook: verb<"openWorkbook">(async () => undefined),
    chooseEarlierWave: verb<"chooseEarlierWave">(async (file) => (file ? earlierWave : null)),
    feedbackOutputs: verb<"feedbackOutputs">(() =>
      kind === "preview" ? ["zip"] : ["workbooks", "sheets"]
    ),
    feedbackNetworks: verb<"feedbackNetworks">(async (column) =>
      column === "Netwerk" ? ["Netwerk Aalst", "Netwerk Brugge", "Netwerk Gent"] : []
    ),
    feedback: verb<"feedback">(async (request) => ({
      output: request.output,
      networks: request.networks ?? ["Netwerk Aalst", "Netwerk Brugge", "Netwerk Gent"],
      ...(request.output === "zip"
        ? { download: { name: "terugkoppeling-per-netwerk.zip", bytes: new Uint8Array([80, 75]) } }
        : {}),
      ...(request.output === "sheets" ? { sheets: request.networks ?? [] } : {}),
      issues: [],
    })),
    downloadWorkbook: verb<"downloadWorkbook">(async () => ({
      name: "netwerkmeter-resultaat.xlsx",
      bytes: new Uint8Array([80, 75, 3, 4]),
    })),
    setLanguage: verb<"setLanguage">(() => undefined),
    ...overrides,
  };
}

/** A promise with its resolve/reject outside, to hold a verb mid-way (loading, progress). */
export function deferred<T>(): {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
} {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
