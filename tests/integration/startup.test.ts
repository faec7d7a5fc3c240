/**
 * Issue 12, item 6: a fast start. `netwerkmeter --help` (and `--version`, and wrong usage) must not
 * load the heavy modules (ExcelJS, the analysis engine, the readers): each command imports its own
 * code when it runs. Every heavy module is replaced by a factory that records being loaded; the
 * time itself is measured by `npm run bench` (section input, `help`).
 */
const loaded: string[] = [];

jest.mock("exceljs", () => {
  loaded.push("exceljs");
  return jest.requireActual("exceljs");
});
jest.mock("papaparse", () => {
  loaded.push("papaparse");
  return jest.requireActual("papaparse");
});
jest.mock("fflate", () => {
  loaded.push("fflate");
  return jest.requireActual("fflate");
});
jest.mock("../../src/analysis/analyze", () => {
  loaded.push("analysis/analyze");
  return jest.requireActual("../../src/analysis/analyze");
});
jest.mock("../../src/cli/loadInput", () => {
  loaded.push("cli/loadInput");
  return jest.requireActual("../../src/cli/loadInput");
});

import { runCli as run } from "./runCli";

describe("start-up", () => {
  it("--help, --version and wrong usage load no heavy module", async () => {
    const help = await run("--help");
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: netwerkmeter/);
    expect((await run("--version")).code).toBe(0);
    expect((await run("analyze", "--base", "foo", "x.csv")).code).toBe(2);
    expect(loaded).toEqual([]);
  });

  it("analyze loads the engine and the readers, but not ExcelJS without --out", async () => {
    const result = await run("analyze", "/bestaat/niet.csv");
    expect(result.code).toBe(1);
    expect(result.err).toBe("netwerkmeter: /bestaat/niet.csv: bestand niet gevonden.\n");
    expect(loaded).toEqual(expect.arrayContaining(["cli/loadInput", "analysis/analyze"]));
    expect(loaded).not.toContain("exceljs");
  });
});
