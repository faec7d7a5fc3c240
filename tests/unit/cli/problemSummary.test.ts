/**
 * The stderr summary of problems (src/cli/analyzeCommand.ts problemSummary). Found when an analyst
 * used --compare: "error UNKNOWN_LABEL ×2 (Antwoorden!H31, Antwoorden!H31)" for cells of two
 * different files, while the README promises every bad cell with its file, sheet and cell.
 */
import type { Issue } from "../../../src/analysis/issue";
import { problemSummary } from "../../../src/cli/analyzeCommand";

const label = (file: string): Issue => ({
  severity: "error",
  code: "UNKNOWN_LABEL",
  message: "Antwoord 'ja hoor' …",
  file,
  sheet: "Antwoorden",
  cell: "H31",
});

test("cells of two files name their file", () => {
  expect(problemSummary([label("2024.xlsx"), label("2016.xlsx")], "nl")[1]).toBe(
    "  error UNKNOWN_LABEL ×2 (2024.xlsx Antwoorden!H31, 2016.xlsx Antwoorden!H31): Antwoord 'ja hoor' …"
  );
});

test("cells of one file stay short", () => {
  expect(
    problemSummary([label("2024.xlsx"), { ...label("2024.xlsx"), cell: "H32" }], "en")
  ).toEqual([
    "2 problems (full list in the JSON report and on the Problems sheet):",
    "  error UNKNOWN_LABEL ×2 (Antwoorden!H31, Antwoorden!H32): Antwoord 'ja hoor' …",
  ]);
});
