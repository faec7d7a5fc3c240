/**
 * Guards the layering in ARCHITECTURE.md §1 by scanning the sources (no compilation needed):
 * (a) the pure engine (src/analysis, src/indicators, src/presets, and the template's layout/spec/texts in
 *     src/template) imports only its own relative modules (and the shared declarations in
 *     src/types) plus the statistics libraries `simple-statistics` and `jstat`;
 * (b) only the Office.js adapter (src/excel) uses the `Excel.` API namespace.
 * eslint.config.mjs has the matching `no-restricted-imports` rule, so editors flag (a) early.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const SRC = path.join(ROOT, "src");
const SOURCE_EXTENSIONS = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

/** Folders (relative to src/) that form the pure engine, and what they may import. */
const ENGINE_DIRS = ["analysis", "indicators", "presets"];
/**
 * Pure files elsewhere: the template's layout, description and texts (src/template); the ExcelJS
 * writer of the template lives in src/xlsx.
 */
const ENGINE_FILES = [
  "template/layout.ts",
  "template/surveyGroups.ts",
  "template/templateModel.ts",
  "template/templateSpec.ts",
  "template/templateTexts.ts",
  "template/monitoringTemplate.ts",
  "template/validationRuns.ts",
];
const ENGINE_RELATIVE_TARGETS = [
  "analysis",
  "indicators",
  "presets",
  "types",
  ...ENGINE_FILES.map((file) => file.replace(/\.ts$/, "")),
];
const ENGINE_PACKAGES = ["simple-statistics", "jstat"];

/** The only folder (relative to src/) allowed to touch the `Excel.` namespace. */
const EXCEL_ADAPTER_DIRS = ["excel"];

function listSourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listSourceFiles(full);
    return SOURCE_EXTENSIONS.test(entry.name) ? [full] : [];
  });
}

/** Path relative to src/ with forward slashes, e.g. "analysis/scale.ts". */
function srcRelative(file: string): string {
  return path.relative(SRC, file).split(path.sep).join("/");
}

function isUnder(file: string, dirs: readonly string[]): boolean {
  const rel = srcRelative(file);
  return dirs.some((dir) => rel === dir || rel.startsWith(`${dir}/`));
}

/**
 * Removes comments, keeping string and template literals intact (so "https://…" in a string is not
 * mistaken for a comment). Good enough for scanning; not a full tokenizer (regex literals that
 * contain quotes or slashes can confuse it, which would only hide code from the checks below).
 */
export function stripComments(source: string): string {
  let out = "";
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    const next = source[i + 1];
    if (ch === "/" && next === "/") {
      while (i < source.length && source[i] !== "\n") i++;
    } else if (ch === "/" && next === "*") {
      const end = source.indexOf("*/", i + 2);
      i = end === -1 ? source.length : end + 2;
      out += " ";
    } else if (ch === '"' || ch === "'" || ch === "`") {
      let j = i + 1;
      while (j < source.length && source[j] !== ch) j += source[j] === "\\" ? 2 : 1;
      out += source.slice(i, j + 1);
      i = j + 1;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** Every module specifier in import/export-from/side-effect import/dynamic import()/require(). */
export function moduleSpecifiers(source: string): string[] {
  const code = stripComments(source);
  const patterns = [
    /\b(?:import|export)\s[^;]*?\sfrom\s*["']([^"']+)["']/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\b(?:import|require)\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...code.matchAll(pattern)].map((match) => match[1]));
}

/** True when the code (comments removed) uses the Excel API namespace, e.g. `Excel.run(`. */
export function usesExcelNamespace(source: string): boolean {
  // A letter, `$` or `_` after the dot: `Excel.run`, `Excel.ChartType`, but not prose such as
  // "open het in Excel. Daarna" in a UI string.
  return /\bExcel\s*\.[A-Za-z_$]/.test(stripComments(source));
}

const allFiles = listSourceFiles(SRC);

describe("architecture: scanner helpers", () => {
  test("finds the source tree", () => {
    expect(allFiles.map(srcRelative)).toContain("taskpane/index.tsx");
  });

  test("moduleSpecifiers sees every import form and skips comments", () => {
    const source = [
      'import { a } from "./a";',
      "import type { B } from '../b';",
      'import * as fs from "fs";',
      'import "side-effect";',
      'export { c } from "./c";',
      "export * from './d';",
      'const e = await import("node:path");',
      'const f = require("child_process");',
      '// import { g } from "commented-out";',
      '/* import { h } from "also-commented"; */',
      'const url = "https://example.org"; import { i } from "./i";',
      "import {",
      "  j,",
      "  k,",
      '} from "./multi-line";',
    ].join("\n");
    expect(moduleSpecifiers(source).sort()).toEqual(
      [
        "./a",
        "../b",
        "fs",
        "side-effect",
        "./c",
        "./d",
        "node:path",
        "child_process",
        "./i",
        "./multi-line",
      ].sort()
    );
  });

  test("usesExcelNamespace sees API use, not comments or prose", () => {
    expect(usesExcelNamespace("await Excel.run(async (context) => {});")).toBe(true);
    expect(usesExcelNamespace("const t = Excel.ChartType.barStacked100;")).toBe(true);
    expect(usesExcelNamespace("// call Excel.run here later")).toBe(false);
    expect(usesExcelNamespace("/** Excel.run */ const x = 1;")).toBe(false);
    expect(usesExcelNamespace('const s = "Open dit in Excel. Daarna verder.";')).toBe(false);
    expect(usesExcelNamespace("if (host === Office.HostType.Excel) {}")).toBe(false);
  });
});

describe("architecture: the pure engine (src/analysis, src/presets, the template spec)", () => {
  const engineFiles = allFiles.filter(
    (file) => isUnder(file, ENGINE_DIRS) || ENGINE_FILES.includes(srcRelative(file))
  );

  test("the pure template files exist", () => {
    for (const file of ENGINE_FILES) expect(allFiles.map(srcRelative)).toContain(file);
  });

  test.each(engineFiles.map((file) => [srcRelative(file), file]))(
    "%s imports only engine modules, simple-statistics and jstat",
    (_name, file) => {
      const offending = moduleSpecifiers(fs.readFileSync(file, "utf8")).filter((specifier) => {
        if (specifier.startsWith("./") || specifier.startsWith("../")) {
          const target = path.resolve(path.dirname(file), specifier);
          return !isUnder(target, ENGINE_RELATIVE_TARGETS);
        }
        return !ENGINE_PACKAGES.some((pkg) => specifier === pkg || specifier.startsWith(`${pkg}/`));
      });
      expect(offending).toEqual([]);
    }
  );
});

describe("architecture: only src/excel touches the Excel API", () => {
  const otherFiles = allFiles.filter((file) => !isUnder(file, EXCEL_ADAPTER_DIRS));

  test("no file outside src/excel uses `Excel.`", () => {
    const offending = otherFiles
      .filter((file) => usesExcelNamespace(fs.readFileSync(file, "utf8")))
      .map(srcRelative);
    expect(offending).toEqual([]);
  });
});

/**
 * The layers of docs/architecture.md, lowest first. A file may import its own layer and the layers
 * below it, never one above: analysis ← presets ← report ← template ← workbook ← app ← (cli,
 * taskpane, commands). The adapters (src/excel, src/xlsx) stand beside: they implement ports of
 * src/workbook and src/template and are handed in by the UI layer, so only cli/ and taskpane/ may
 * import them, and they import nothing above src/workbook.
 */
const LAYER_RANK: Record<string, number> = {
  types: 0,
  analysis: 1,
  indicators: 1,
  presets: 2,
  report: 3,
  template: 4,
  workbook: 5,
  app: 6,
  cli: 7,
  taskpane: 7,
  commands: 7,
};
const ADAPTERS = ["excel", "xlsx"];
/** What an adapter may import: the layers up to and including the ports (src/workbook). */
const ADAPTER_MAX_RANK = LAYER_RANK.workbook;
/** UI layers that must not import each other. */
const UI_LAYERS = ["cli", "taskpane", "commands"];
/** Inside the task pane only the hosts (and the entry that creates them) may touch an adapter. */
const TASKPANE_ADAPTER_USERS = ["taskpane/hosts", "taskpane/index.tsx"];

/** The top folder of a path relative to src/, e.g. "analysis" for "analysis/scale.ts". */
function topFolder(rel: string): string {
  return rel.split("/")[0];
}

/**
 * Every back arrow of one file: imports of a layer above it, of an adapter from outside the UI,
 * of another UI layer, or (in the task pane) of an adapter from outside the hosts.
 */
export function backArrows(fromRel: string, targetRels: readonly string[]): string[] {
  const from = topFolder(fromRel);
  return targetRels.filter((targetRel) => {
    const to = topFolder(targetRel);
    if (to === from) return false;
    if (ADAPTERS.includes(to)) {
      if (from === "taskpane")
        return !TASKPANE_ADAPTER_USERS.some(
          (allowed) => fromRel === allowed || fromRel.startsWith(`${allowed}/`)
        );
      return !UI_LAYERS.includes(from);
    }
    const toRank = LAYER_RANK[to];
    if (toRank === undefined) return true; // an unknown folder: add it to LAYER_RANK first
    if (ADAPTERS.includes(from)) return toRank > ADAPTER_MAX_RANK;
    const fromRank = LAYER_RANK[from];
    if (fromRank === undefined) return true;
    if (UI_LAYERS.includes(from) && UI_LAYERS.includes(to)) return true;
    return toRank > fromRank;
  });
}

/** The src/-relative targets of a file's relative imports. */
function relativeTargets(file: string): string[] {
  return moduleSpecifiers(fs.readFileSync(file, "utf8"))
    .filter((specifier) => specifier.startsWith("./") || specifier.startsWith("../"))
    .map((specifier) => srcRelative(path.resolve(path.dirname(file), specifier)));
}

describe("architecture: imports run one way", () => {
  test("backArrows sees every kind of back arrow", () => {
    expect(backArrows("workbook/session.ts", ["taskpane/verbs"])).toEqual(["taskpane/verbs"]);
    expect(backArrows("workbook/publish.ts", ["app/host"])).toEqual(["app/host"]);
    expect(backArrows("template/consolidate.ts", ["xlsx/readXlsx"])).toEqual(["xlsx/readXlsx"]);
    expect(backArrows("analysis/ingest.ts", ["report/names"])).toEqual(["report/names"]);
    expect(backArrows("app/session.ts", ["cli/loadInput", "taskpane/flow"])).toEqual([
      "cli/loadInput",
      "taskpane/flow",
    ]);
    expect(backArrows("app/session.ts", ["excel/officeWorkbook"])).toEqual([
      "excel/officeWorkbook",
    ]);
    expect(backArrows("xlsx/exceljsPort.ts", ["app/session"])).toEqual(["app/session"]);
    expect(backArrows("cli/main.ts", ["taskpane/format"])).toEqual(["taskpane/format"]);
    expect(backArrows("taskpane/components/App.tsx", ["xlsx/readXlsx"])).toEqual(["xlsx/readXlsx"]);
    expect(backArrows("somewhere/new.ts", ["analysis/grid"])).toEqual(["analysis/grid"]);
    // Arrows that point the right way.
    expect(
      backArrows("app/session.ts", ["workbook/publish", "report/buildReport", "analysis/ingest"])
    ).toEqual([]);
    expect(backArrows("cli/analyzeCommand.ts", ["app/analyse", "xlsx/readXlsx"])).toEqual([]);
    expect(backArrows("taskpane/hosts/excelHost.ts", ["excel/officeWorkbook"])).toEqual([]);
    expect(backArrows("xlsx/exceljsPort.ts", ["workbook/port", "report/names"])).toEqual([]);
  });

  test.each(allFiles.map((file) => [srcRelative(file), file]))(
    "%s imports no layer above it",
    (name, file) => {
      expect(backArrows(name, relativeTargets(file))).toEqual([]);
    }
  );
});

describe("architecture: docs/architecture.md names every source file", () => {
  const doc = fs.readFileSync(path.join(ROOT, "docs", "architecture.md"), "utf8");

  test("no file of src/ is missing from the file tables", () => {
    const missing = allFiles
      .map(srcRelative)
      .filter((rel) => !rel.startsWith("types/"))
      .filter((rel) => !doc.includes(path.basename(rel).replace(SOURCE_EXTENSIONS, "")));
    expect(missing).toEqual([]);
  });
});

describe("architecture: files stay readable", () => {
  // Issue 7: one concept per file; the presets are data tables and may be longer.
  const MAX_LINES = 700;
  test(`no file of src/ outside presets/ is over ${MAX_LINES} lines`, () => {
    const long = allFiles
      .filter((file) => !isUnder(file, ["presets"]))
      .map((file) => ({
        file: srcRelative(file),
        lines: fs.readFileSync(file, "utf8").split("\n").length,
      }))
      .filter((entry) => entry.lines > MAX_LINES);
    expect(long).toEqual([]);
  });
});
