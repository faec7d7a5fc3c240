/**
 * The application layer's pipeline (src/app/analyse.ts): which codebook wins, which issues stop a
 * run, and the messages the command line and the task pane share.
 */
import type { CellValue } from "../../../src/analysis/grid";
import { gridFromRows } from "../../../src/analysis/grid";
import type { AnalyseSettings } from "../../../src/app/analyse";
import {
  AnalysisError,
  FATAL_CODES,
  analyseGrid,
  chooseCodebook,
  fatalIssue,
} from "../../../src/app/analyse";
import { appMessage } from "../../../src/app/messages";
import { assertTemplateFits, coordinatorTemplate } from "../../../src/app/template";
import { findPreset } from "../../../src/presets";

const settings: AnalyseSettings = {
  base: "valid",
  rounding: "exact",
  minCell: 5,
  groupBy: [],
  population: null,
  language: "nl",
};

const codebookSheet = (file?: string) =>
  gridFromRows(
    "Codeboek",
    [
      ["item", "tekst", "construct", "schaal"],
      ["A1", "Eerste", "a", "1-5"],
      ["A2", "Tweede", "a", "1-5"],
    ],
    file
  );

const data = (rows: CellValue[][]) => gridFromRows("Antwoorden", [["A1", "A2"], ...rows], "x.xlsx");

describe("chooseCodebook", () => {
  test("a given codebook wins over the workbook's sheet", () => {
    const preset = findPreset("demos-coordinatoren")!;
    const choice = chooseCodebook({
      given: { codebook: preset, issues: [] },
      sheet: codebookSheet(),
      language: "nl",
    });
    expect(choice.origin).toBe("option");
    expect(choice.codebook.items).toHaveLength(45);
  });

  test("the workbook's codebook sheet comes next, stored as its sheet", () => {
    const choice = chooseCodebook({ sheet: codebookSheet("x.xlsx"), language: "nl" });
    expect(choice.origin).toBe("workbook");
    expect(choice.codebook.name).toBe("Codeboek (x.xlsx)");
    expect(choice.codebook.items.map((item) => item.id)).toEqual(["A1", "A2"]);
    expect(choice.source).toEqual({ kind: "sheet", sheet: "Codeboek" });
  });

  test("else the default preset, with DEFAULT_CODEBOOK naming the file (CLI) or the workbook", () => {
    const cli = chooseCodebook({ file: "x.xlsx", language: "en" });
    expect(cli.origin).toBe("default-preset");
    expect(cli.issues).toEqual([
      {
        severity: "info",
        code: "DEFAULT_CODEBOOK",
        message: `No codebook given and no 'Codeboek' sheet in x.xlsx: the built-in preset ${cli.codebook.name} was used.`,
        file: "x.xlsx",
      },
    ]);
    const pane = chooseCodebook({ language: "nl" });
    expect(pane.issues[0].message).toBe(
      `Geen blad 'Codeboek' in deze werkmap: de ingebouwde preset ${pane.codebook.name} is gebruikt.`
    );
  });

  test("refresh: a vanished codebook sheet is a warning before the default", () => {
    const choice = chooseCodebook({ stored: { kind: "sheet", sheet: "Codeboek" }, language: "nl" });
    expect(choice.issues.map((issue) => issue.code)).toEqual([
      "CODEBOOK_SHEET_MISSING",
      "DEFAULT_CODEBOOK",
    ]);
  });

  test("a codebook without usable items stops with CODEBOOK_EMPTY's message", () => {
    const empty = gridFromRows("Codeboek", [["item", "tekst", "schaal"]]);
    expect(() => chooseCodebook({ sheet: empty, language: "en" })).toThrow(
      /^Codeboek: the codebook has no usable items\./
    );
  });
});

describe("analyseGrid", () => {
  const choice = chooseCodebook({ sheet: codebookSheet(), language: "nl" });

  test("analyses, with the codebook's and the extra issues first", () => {
    const extra = { severity: "info" as const, code: "IGNORED_FILE" as const, message: "x" };
    const { result } = analyseGrid(
      data([
        [1, 2],
        [3, 9],
      ]),
      choice,
      settings,
      [extra]
    );
    expect(result.source.respondents).toBe(2);
    expect(result.issues[0]).toBe(extra);
    expect(result.issues.map((issue) => issue.code)).toContain("OUT_OF_RANGE");
  });

  test("a missing group column is fatal: AnalysisError with the issue and its place", () => {
    let caught: unknown;
    try {
      analyseGrid(data([[1, 2]]), choice, { ...settings, groupBy: ["REGIO"] });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AnalysisError);
    const error = caught as AnalysisError;
    expect(error.fatal?.code).toBe("GROUP_COLUMN_MISSING");
    expect(error.code).toBe("INPUT_NOT_ANALYSABLE");
    expect(error.message.endsWith(error.reason)).toBe(true);
  });

  test("no respondent with answers is fatal without an issue", () => {
    expect(() => analyseGrid(data([[null, null]]), choice, settings)).toThrow(
      "Antwoorden: geen enkele respondent met antwoorden gevonden."
    );
  });

  test("fatalIssue takes errors of the fatal codes only", () => {
    expect(FATAL_CODES.has("EMPTY_INPUT")).toBe(true);
    expect(fatalIssue([{ severity: "warning", code: "EMPTY_INPUT", message: "" }])).toBeNull();
    const fatal = { severity: "error" as const, code: "NO_ITEMS_RECOGNISED" as const, message: "" };
    expect(fatalIssue([{ severity: "error", code: "OUT_OF_RANGE", message: "" }, fatal])).toBe(
      fatal
    );
  });
});

describe("app messages and the template flow", () => {
  test("no message gives command-line advice", () => {
    const texts = (["nl", "en"] as const).flatMap((language) => [
      appMessage(language, { code: "NO_RESPONDENTS" }),
      appMessage(language, { code: "NO_STORED_RUN" }),
      appMessage(language, { code: "DEFAULT_CODEBOOK", preset: "P" }),
    ]);
    for (const text of texts) expect(text).not.toMatch(/--[a-z]/);
  });

  test("the template refuses a workbook that has one of its sheets (any case)", () => {
    const spec = coordinatorTemplate("nl", new Date("2026-03-01T12:00:00Z"));
    expect(spec.items).toHaveLength(45);
    expect(() => assertTemplateFits(spec, ["Blad1"], "nl")).not.toThrow();
    const taken = spec.sheets[0].name.toUpperCase();
    expect(() => assertTemplateFits(spec, ["Blad1", taken], "en")).toThrow(
      `This workbook already has a sheet '${spec.sheets[0].name}': insert the template into a new, empty workbook.`
    );
  });
});
